internal import Catalogue
internal import ArgumentParser
internal import Ledger
internal import LedgerService
internal import LedgerReports

struct VoidCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("void", .voidAbstract, .voidDiscussion) }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: Help.text(.voidEventId, value: .vEvent)) var eventId: String
    @Option(help: Help.text(.voidReason, value: .vReason)) var reason: String
    @Option(help: Help.text(.voidDate, value: .vDay)) var date: BusinessDate?
    @Option(help: Help.text(.voidRecordedAt, value: .vTime)) var recordedAt: RecordedTime?
    @Option(name: .customLong("operator"), help: Help.text(.voidOperator, value: .vName)) var operatorName: String?
    @Option(help: Help.text(.voidId, value: .vId)) var id: String?
    @Flag(help: Help.text(.json)) var json = false
    @Flag(help: Help.text(.allowFuture)) var allowFuture = false

    func run() throws {
        let l = output.language
        try Console.guarded(l) {
            let request = VoidRequest(eventId: eventId, reason: reason, date: date, recordedAtMs: recordedAt?.ms,
                                      operatorName: operatorName ?? LoginName.current(), id: id, allowFuture: allowFuture)
            try Console.rejecting(l, summary: .voidRejected) {
                let result = try ledger.service.void(request)
                Console.out(json ? JSONText.render(AuditText.voidJSON(result)) : AuditText.voided(result, l))
            }
        }
    }
}
