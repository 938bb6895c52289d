import Ledger
import Testing

/// The first and last business dates are business dates, in every form a date is written;
/// the days either side are not (a mutation that made 2199-12-31 out of range on the slower
/// path of `parse`, the one for forms other than YYYY-MM-DD, passed every other test).
@Suite struct DateEdgeTests {
    @Test(arguments: ["1949-10-01", "1949/10/1", "1949年10月1日", "19491001", "2199-12-31", "2199/12/31", "2199年12月31日", "21991231"])
    func theEdgesAreInRangeInEveryForm(_ text: String) throws {
        let date = try BusinessDate.parse(text)
        #expect(date == Limits.dateMin || date == Limits.dateMax, "\(text) → \(date)")
    }

    @Test(arguments: ["1949-09-30", "1949/9/30", "2200-01-01", "2200/1/1", "2200年1月1日", "22000101"])
    func oneDayPastEitherEdgeIsOutOfRange(_ text: String) {
        #expect((try? BusinessDate.parse(text)) == nil, "\(text) parsed")
    }
}
