import Foundation
import Testing

/// Limits seen from the command line.
@Suite struct LimitsEndToEndTests {
    /// Regression: ten signings of the largest amount (1万亿元 each) in a quarter against 1亿元
    /// a year earlier made `summary` trap on an overflow computing the change in percent.
    @Test func aQuarterOfTheLargestSigningsIsSummarisedExactly() throws {
        let ledger = temporaryFolder()
        #expect(try taizhang(ledger, "import", "--quiet", "Fixtures/limits/ten-largest-signings.jsonl").status == 0)
        let text = try taizhang(ledger, "summary", "2021Q1", "--lang", "en")
        #expect(text.status == 0, "\(text.stderr.prefix(300))")
        #expect(text.stdout.contains("9999900%"), "\(text.stdout)")
        let json = try taizhang(ledger, "summary", "2021Q1", "--json")
        #expect(json.status == 0, "\(json.stderr.prefix(300))")
        #expect(json.stdout.contains("\"9999900%\""), "\(json.stdout.prefix(2000))")
    }
}
