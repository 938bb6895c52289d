import Ledger
import Testing

/// The first and last business dates are business dates; the days either side are not
/// (a mutation that made 2199-12-31 out of range passed every other test).
@Suite struct DateEdgeTests {
    @Test(arguments: ["1949-10-01", "2199-12-31"]) func theEdgesAreInRange(_ text: String) throws {
        #expect(try BusinessDate.parse(text).description == text)
    }

    @Test(arguments: ["1949-09-30", "2200-01-01"]) func oneDayPastEitherEdgeIsOutOfRange(_ text: String) {
        #expect(throws: (any Error).self) { _ = try BusinessDate.parse(text) }
        #expect((try? BusinessDate.parse(text)) == nil)
    }
}
