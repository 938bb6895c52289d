internal import Catalogue
internal import ArgumentParser
internal import LedgerService
internal import LedgerReports

struct DigestCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("digest", .digestAbstract, .digestDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: Help.text(.digestJSON)) var json = false

    func run() throws {
        try Console.guarded(output.language, chainChecked: true) {
            let digest = try ledger.service.digest()
            Console.out(json ? JSONText.render(DigestText.json(digest)) : DigestText.line(digest))
        }
    }
}
