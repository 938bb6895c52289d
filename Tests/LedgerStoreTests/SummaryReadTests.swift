import Foundation
import Testing
import Ledger
@testable import LedgerStore

/// The pieces a summary's read is made of, held to the general code they replaced.
@Suite struct SummaryReadTests {
    /// Byte sequences at every edge of UTF-8's table 3-7, and the truncations a repair keeps the length of.
    static let crafted: [[UInt8]] = [
        [], [0x41], Array("直管区".utf8), Array("经开组团 A-1".utf8), [0xEF, 0xBF, 0xBD], Array("a\u{FFFD}b".utf8),
        [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x41], [0xE4, 0xB8], [0xE4, 0xB8, 0x41], [0xC3], [0xC3, 0x28],
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE, 0xFF], [0x80],
        [0xBF, 0x41], [0x41, 0x00, 0x42],
    ]

    @Test func textAnswersAsStringValidatingDoesOnCraftedAndRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        var inputs = SummaryReadTests.crafted
        // Random short sequences, biased to the bytes that lead and continue multi-byte forms.
        let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x8F, 0x90, 0xBD]
        for _ in 0..<20_000 {
            let n = Int.random(in: 0...7, using: &generator)
            inputs.append((0..<n).map { _ in alphabet.randomElement(using: &generator)! })
        }
        var invalid = 0
        for bytes in inputs {
            let expected = String(validating: bytes, as: UTF8.self)
            let got = bytes.withUnsafeBytes { ByteReader.text($0) }
            #expect(got == expected, "\(bytes.map { String($0, radix: 16) })")
            if expected == nil { invalid += 1 }
        }
        // The random inputs must have exercised the refusals, or this compared nothing that matters.
        #expect(invalid > 1000)
    }

    @Test func projectPositionsFindEachProjectAtItsFirstPositionAndNothingElse() {
        let projects = (0..<3000).map { "P\($0 * 7)" } + ["", "直管区-1", "P0"]
        let positions = ProjectPositions(projects)
        for (i, p) in projects.enumerated() {
            let found = Array(p.utf8).withUnsafeBytes { positions.position(of: $0) }
            #expect(found == projects.firstIndex(of: p), "\(p) at \(i)")
        }
        for absent in ["P1", "P20999", "直管区", "P00", " P0"] {
            #expect(Array(absent.utf8).withUnsafeBytes { positions.position(of: $0) } == nil, "\(absent)")
        }
        #expect(Array("x".utf8).withUnsafeBytes { ProjectPositions([String]()).position(of: $0) } == nil)
    }
}
