internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct ProjectsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("projects", .projectsAbstract) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: Help.text(.projectsGroup)) var group: String?
    @Option(help: Help.text(.projectsIndustry)) var industry: String?
    @Option(help: Help.text(.projectsStatus)) var status: ProjectStatus?
    @Option(help: Help.text(.projectsMin)) var min: Money?
    @Option(help: Help.text(.projectsSignedIn)) var signedIn: Period?
    @Option(help: Help.text(.projectsSort)) var sort: ProjectSort = .id
    @Flag(help: Help.text(.projectsDescending)) var descending = false
    @Flag(help: Help.text(.json)) var json = false
    @Flag(help: Help.text(.csv)) var csv = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let query = ProjectQuery(group: group, industry: industry, status: status, minimum: min, signedIn: signedIn,
                                     sort: sort, descending: descending)
            let list = try ledger.service.projects(query)
            if json {
                Console.out(JSONText.render(list.map(ProjectText.jsonObject)))
            } else if csv {
                Console.out(ProjectText.csv(list))
            } else {
                Console.out(ProjectText.table(list, l))
            }
        }
    }
}
