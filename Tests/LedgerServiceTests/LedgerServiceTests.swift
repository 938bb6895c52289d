import Catalogue
import Foundation
import Ledger
import LedgerReports
import LedgerService
import Testing
import TestSupport

/// The use cases in process, as the command line and the web server call them: the same
/// figures the end-to-end tests read off the binary, without starting a process per call.
@Suite struct LedgerServiceTests {
    static let batches = [
        ("Fixtures/2020-projects.jsonl", "2021-01-05T09:00:00+08:00"),
        ("Fixtures/2021Q1.jsonl", "2021-04-10T17:00:00+08:00"),
        ("Fixtures/2021-07-restatement.jsonl", "2021-07-12T10:00:00+08:00"),
    ]

    /// A ledger holding the fixtures, imported through the service as Tools/quickstart does.
    static func fixtureLedger(_ folder: TemporaryFolder) throws -> LedgerService {
        let service = LedgerService(path: folder.path)
        #expect(try service.create(zone: "赣江新区") == .created)
        for (file, recordedAt) in batches {
            let request = ImportRequest(files: [Repository.root.appendingPathComponent(file).path],
                                        recordedAtMs: try #require(Timestamp.parse(recordedAt)), operatorName: "tester")
            _ = try service.importFiles(request)
        }
        return service
    }

    @Test func theFixturesGiveTheDigestAndTheNewslettersFigures() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        #expect(DigestText.line(try service.digest()).hasPrefix("108 f1fc3deb"))
        #expect(try service.verify().ok)
        let q1 = try service.summary(SummaryRequest(period: try Period.parse("2021年一季度")))
        #expect(q1.summary.current.signed.count == 44)
        #expect(q1.zone == "赣江新区")
        // As published on 15 April, before the restatement was recorded: 44 projects, 207.5亿元.
        let published = try service.summary(SummaryRequest(period: try Period.parse("2021Q1"), knownAtMs: Timestamp.parse("2021-04-15")))
        #expect(published.summary.current.signed.count == 44)
        #expect(published.summary.current.signedTotal == Money(fen: 20_750_000_000 * 100))
    }

    @Test func aDryRunReportsAndWritesNothing() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        let before = try service.digest()
        let file = Repository.root.appendingPathComponent("Fixtures/bad/started-twice.csv").path
        #expect(throws: Rejection.self) { try service.importFiles(ImportRequest(files: [file], operatorName: "tester", dryRun: true)) }
        #expect(try service.digest() == before)
    }

    @Test func showAndProjectsComeFromTheSameStates() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        let all = try service.projects()
        let detail = try service.project("GJ-2020-002")
        #expect(all.contains { $0 == detail.state })
        #expect(detail.events.allSatisfy { $0.record.event.project == "GJ-2020-002" && !$0.file.isEmpty })
        let big = try service.projects(ProjectQuery(minimum: .yi(20), sort: .amount, descending: true))
        #expect(big.map(\.totalInvestment) == big.map(\.totalInvestment).sorted(by: >))
        #expect(big.allSatisfy { $0.totalInvestment >= .yi(20) })
    }

    @Test func anUnknownProjectIsNotFoundInBothLanguages() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        do {
            _ = try service.project("Q-404")
            Issue.record("an unknown project was found")
        } catch {
            let failure = Failure(error)
            #expect(failure.kind == .notFound)
            #expect(failure.message(.en) == "no project Q-404 in the ledger")
            #expect(failure.message(.zh) == "台账中没有项目“Q-404”")
        }
    }

    @Test func aMissingLedgerNamesItsPathAndCause() throws {
        let service = LedgerService(path: TemporaryFolder().path)
        do {
            _ = try service.digest()
            Issue.record("a missing ledger opened")
        } catch {
            let failure = Failure(error)
            #expect(failure.kind == .error && failure.code == "ledger_missing")
            #expect(failure.message(.en).hasPrefix("no ledger at \(service.path)"))
            #expect(failure.message(.zh).hasPrefix("\(service.path) 没有台账"))
        }
    }

    @Test func replayWalksEveryEventAndSaysWhatChanged() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        var steps: [ReplayStep] = []
        let shown = try service.replay(ReplayQuery(verify: true)) { steps.append($0) }
        #expect(shown == 108 && steps.map(\.event.record.sequence) == Array(1...108))
        let firstSigning = try #require(steps.first { $0.event.record.event.kind == .signed })
        #expect(ReplayText.describe(firstSigning, .zh).hasPrefix("签约 "))
        #expect(ReplayText.describe(firstSigning, .en).hasPrefix("signed at "))
    }

    @Test func aVoidLandsOnceAndIsShownOnItsEvent() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        let detail = try service.project("GJ-2020-002")
        let target = try #require(detail.events.last { $0.record.event.kind == .disbursed && $0.voidedBy == nil })
        let request = VoidRequest(eventId: target.record.event.id, reason: "录入错误", recordedAtMs: Timestamp.parse("2022-01-01"), operatorName: "tester")
        let first = try service.void(request)
        #expect(first.landed && first.outcome.head.sequence == 109)
        #expect(try !service.void(request).landed)
        let after = try service.project("GJ-2020-002")
        #expect(after.events.first { $0.record.event.id == target.record.event.id }?.voidedBy == 109)
        #expect(after.state.disbursed.fen == detail.state.disbursed.fen - target.record.event.amount.fen)
        #expect(try service.verify().ok)
    }

    @Test func exportAndBackupKeepTheDigest() throws {
        let folder = TemporaryFolder()
        let service = try Self.fixtureLedger(folder)
        var lines: [UInt8] = []
        try service.export { EventExport.appendJSONLine($0.record, batch: $0.batch, recordedAt: $0.recordedAt, to: &lines) }
        let file = TemporaryFolder()
        try Data(lines).write(to: URL(fileURLWithPath: file.path))
        let copy = TemporaryFolder()
        let replayed = try LedgerService(path: copy.path).replayExport(file: file.path, zone: "赣江新区", operatorName: "tester")
        let digest = try service.digest()
        #expect(replayed.digest == digest)
        let backup = TemporaryFolder()
        let result = try service.backup(to: backup.path)
        #expect(result.report.ok && result.digest == digest)
        #expect(try service.rebuild().equal)
    }
}
