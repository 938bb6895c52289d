internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("show", .showAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.showProject, value: .vProject)) var project: String
    @Flag(help: Help.text(.json)) var json = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let detail = try ledger.service.project(project)
            Console.out(json ? JSONText.render(ProjectDetailText.jsonObject(detail)) : ProjectDetailText.text(detail, l))
        }
    }
}
