import Foundation
import Testing
import TestSupport
@testable import LedgerImport

/// The in-place UTF-8 check says what `String(validating:)` says, on every input tried.
@Suite struct UTF8ValidationTests {
    static func reference(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test(arguments: [
        [], Array("ledger 台账 ２０２１ 😀".utf8), [0x41, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF],
        [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE4, 0xBA], [0xE4, 0xBA, 0xBF], Array("12345678".utf8) + [0xE4],
        Array("1234567".utf8) + [0xE4, 0xBA, 0xBF] + Array("abcdefgh".utf8),
    ] as [[UInt8]])
    func edgeCases(bytes: [UInt8]) {
        #expect(UTF8Validation.isValid(bytes) == Self.reference(bytes))
    }

    @Test func seededRandomBytesAgreeWithTheStandardLibrary() {
        var rng = SeededGenerator(seed: 0x7A1_2021)
        func next() -> UInt64 { rng.next() }
        // Bytes drawn mostly from lead and continuation ranges, so that near-valid input is common.
        let pool: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var disagreements = 0
        for _ in 0..<50_000 {
            let count = Int(next() % 24)
            let bytes = (0..<count).map { _ in pool[Int(next() % UInt64(pool.count))] }
            if UTF8Validation.isValid(bytes) != Self.reference(bytes) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test func everyFixtureAgrees() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        var checked = 0
        for file in files where !file.hasDirectoryPath {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(UTF8Validation.isValid(bytes) == Self.reference(bytes), "\(file.lastPathComponent)")
            checked += 1
        }
        #expect(checked > 100)
    }
}
