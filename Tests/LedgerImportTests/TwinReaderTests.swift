import Foundation
import Catalogue
import Testing
import Ledger
@testable import LedgerImport

/// The repository's root, found from this file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Reads a file under the repository through the library: its encoding, events and problems.
func readRows(_ relativePath: String, encoding: String? = nil) throws -> (encoding: String, events: [Event], problems: [RowProblem]) {
    let file = try InputFile.read(path: repositoryRoot.appendingPathComponent(relativePath).path, encoding: encoding)
    var events: [Event] = []
    var problems: [RowProblem] = []
    try file.rows { row in
        switch row {
        case .event(let e, _): events.append(e)
        case .problems(let p): problems += p
        }
    }
    return (file.encoding, events, problems)
}

/// `Fixtures/twins/`: every file carries the same events as `twins.jsonl`, whatever its
/// format, encoding, header language, column order, date and amount forms.
@Suite struct TwinReaderTests {
    static let twins: [(file: String, encoding: String)] = [
        ("twins-gb18030.csv", "GB18030"),
        ("twins-utf8-bom-crlf.csv", "UTF-8 with BOM"),
        ("twins-libreoffice-source.csv", "UTF-8"),
        ("twins-libreoffice.xlsx", "xlsx"),
    ]

    @Test func theJSONLTwinHasTwelveEventsAndNoProblems() throws {
        let jsonl = try readRows("Fixtures/twins/twins.jsonl")
        #expect(jsonl.problems.isEmpty)
        #expect(jsonl.events.count == 12)
        #expect(jsonl.encoding == "UTF-8")
        // The row without an id gets one from its natural key.
        #expect(jsonl.events.filter { $0.id.hasPrefix("N-") }.count == 1)
    }

    @Test(arguments: twins)
    func readsToTheSameEventsAsTheJSONL(file: String, encoding: String) throws {
        let jsonl = try readRows("Fixtures/twins/twins.jsonl")
        let twin = try readRows("Fixtures/twins/\(file)")
        #expect(twin.problems.isEmpty, "\(twin.problems.map { $0.message(.en) })")
        #expect(twin.encoding == encoding)
        #expect(twin.events.count == jsonl.events.count)
        for (a, b) in zip(twin.events, jsonl.events) { #expect(a == b) }
    }

    @Test func theFixturesAreReallyWhatTheirNamesSay() throws {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/twins")
        let gb = try Data(contentsOf: folder.appendingPathComponent("twins-gb18030.csv"))
        #expect(String(data: gb, encoding: .utf8) == nil, "the GB18030 twin must not be valid UTF-8")
        let bom = try Data(contentsOf: folder.appendingPathComponent("twins-utf8-bom-crlf.csv"))
        #expect(bom.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bom.firstRange(of: Data("\r\n".utf8)) != nil)
        let xlsx = try Data(contentsOf: folder.appendingPathComponent("twins-libreoffice.xlsx"))
        #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
