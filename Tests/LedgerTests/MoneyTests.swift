import Ledger
import Testing

let acceptedForms: [(String, Int64)] = [
        ("50亿元", Int64(5_000_000_000) * 100),
        ("50亿", Int64(5_000_000_000) * 100),
        ("5.8亿元", Int64(580_000_000) * 100),
        ("3000万元", Int64(30_000_000) * 100),
        ("3000万", Int64(30_000_000) * 100),
        ("1,234.56元", Int64(123_456)),
        ("580000000", Int64(580_000_000) * 100),
        ("207.5亿元", Int64(20_750_000_000) * 100),
        ("0.01元", Int64(1)),
        ("8765.4321万元", Int64(87_654_321) * 100),
        ("１２３４．５６元", Int64(123_456)),
        ("1，234，567元", Int64(123_456_700)),
        (" 2亿元 ", Int64(200_000_000) * 100),
        ("1.50元", Int64(150)),
        ("1万亿元", Int64(1_000_000_000_000) * 100),
]

let rejectedForms: [(String, MoneyParseError)] = [
        ("", MoneyParseError.empty),
        ("   ", .empty),
        ("-5亿元", .negative),
        ("−5亿元", .negative),
        ("1.234元", .tooManyDecimals),
        ("0.001元", .tooManyDecimals),
        ("1.23456789123亿元", .tooManyDecimals),
        ("99999999999999999999元", .overflow),
        ("100000000万亿元", .overflow),
        ("5亿亿元", .malformed),
        ("abc", .malformed),
        ("12亿亿亿", .malformed),
        ("1,23元", .malformed),
        ("12,34,567", .malformed),
        ("1.2.3元", .malformed),
        ("5.", .malformed),
        ("元", .malformed),
        ("5 亿 美元", .malformed),
]

@Suite struct MoneyTests {
    @Test(arguments: acceptedForms)
    func parsesEveryAcceptedForm(text: String, fen: Int64) throws {
        #expect(try Money.parse(text).fen == fen)
    }

    @Test(arguments: rejectedForms)
    func rejectsEveryBadForm(text: String, error: MoneyParseError) {
        #expect(throws: error) { try Money.parse(text) }
    }

    @Test func formatsInTheNewslettersUnits() {
        #expect(Money.yi(207).fen + Money(fen: 50_000_000 * 100).fen == Money(fen: 20_750_000_000 * 100).fen)
        #expect(Money(fen: 20_750_000_000 * 100).chinese == "207.5亿元")
        #expect(Money(fen: 20_750_000_000 * 100).english == "20.75 billion yuan")
        #expect(Money(fen: 580_000_000 * 100).chinese == "5.8亿元")
        #expect(Money(fen: 580_000_000 * 100).english == "580 million yuan")
        #expect(Money(fen: 5_000_000_000 * 100).english == "5 billion yuan")
        #expect(Money(fen: 80_000_000 * 100).chinese == "8000万元")
        #expect(Money(fen: 123_456).chinese == "1,234.56元")
        #expect(Money(fen: 123_456).english == "1,234.56 yuan")
        #expect(Money(fen: 87_654_321 * 100).chinese == "8765.4321万元")
        #expect(Money(fen: 20_760_000_000 * 100).yiRounded(digits: 1) == "207.6亿元")
    }

    @Test func formattingRoundTripsThroughParsing() throws {
        for fen: Int64 in [1, 99, 100, 123_456, 10_000_00, 87_654_321_00, 20_750_000_000_00, 1_000_000_000_000_00] {
            #expect(try Money.parse(Money(fen: fen).chinese).fen == fen)
        }
    }

    @Test func jsonIntegersAreWholeYuan() throws {
        #expect(try Money.fromYuan(580_000_000).fen == 58_000_000_000)
        #expect(throws: MoneyParseError.negative) { try Money.fromYuan(-1) }
        #expect(throws: MoneyParseError.overflow) { try Money.fromYuan(Int64.max / 10) }
    }
}
