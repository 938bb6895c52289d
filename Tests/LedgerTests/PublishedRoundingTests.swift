import Testing

@testable import Ledger

@Suite("Published rounding (亿元 to two decimals, 万元 below 1亿元)")
struct PublishedRoundingTests {
    /// One fen in 亿元 terms: 1亿元 = 10^10 fen, so 0.005亿元 = 5 × 10^7 fen.
    static let halfYiStep: Int64 = 50_000_000
    static let halfWanStep: Int64 = 5_000

    @Test("Every .xx5 boundary of 亿元 rounds up at the half and down one fen below", arguments: 0..<100)
    func yiBoundaries(hundredths: Int) {
        // 26.xx5亿元 exactly, and one fen less.
        let base = Int64(26 * 100 + hundredths) * Money.yiRoundingFen
        let half = Money(fen: base + Self.halfYiStep)
        let below = Money(fen: base + Self.halfYiStep - 1)
        let up = Int64(26 * 100 + hundredths + 1), down = Int64(26 * 100 + hundredths)
        #expect(half.publishedHundredths == (up, true))
        #expect(below.publishedHundredths == (down, true))
        #expect(Money(fen: -half.fen).publishedHundredths == (-up, true))
        #expect(Money(fen: -below.fen).publishedHundredths == (-down, true))
    }

    @Test("Every .xx5 boundary of 万元 rounds up at the half and down one fen below", arguments: 0..<100)
    func wanBoundaries(hundredths: Int) {
        let base = Int64(8000 * 100 + hundredths) * Money.wanRoundingFen
        let up = Int64(8000 * 100 + hundredths + 1), down = Int64(8000 * 100 + hundredths)
        #expect(Money(fen: base + Self.halfWanStep).publishedHundredths == (up, false))
        #expect(Money(fen: base + Self.halfWanStep - 1).publishedHundredths == (down, false))
    }

    @Test("The newsletter's figures and the ledger's odd ones", arguments: [
        (Int64(2_075_000_000_000), "207.5亿元", "20.75 billion yuan"),
        (Int64(267_499_992_100), "26.75亿元", "2.675 billion yuan"),
        (Int64(54_999_992_100), "5.5亿元", "550 million yuan"),
        (Int64(3_161_999_999_999), "316.2亿元", "31.62 billion yuan"),
        (Int64(16_234_560_000), "1.62亿元", "162 million yuan"),
        (Int64(500_000_000_000), "50亿元", "5 billion yuan"),
        (Int64(8_000_000_000), "8000万元", "80 million yuan"),
        (Int64(8_000_350_000), "8000.35万元", "80.0035 million yuan"),
        (Int64(350_000), "0.35万元", "3,500 yuan"),
        (Int64(4_999), "0万元", "0 yuan"),
        (Int64(5_000), "0.01万元", "100 yuan"),
        (Int64(0), "0万元", "0 yuan"),
    ])
    func examples(fen: Int64, chinese: String, english: String) {
        #expect(Money(fen: fen).publishedChinese == chinese)
        #expect(Money(fen: fen).publishedEnglish == english)
    }

    @Test("An amount that rounds up to 1亿元 in 万元 is shown as 1亿元")
    func crossingIntoYi() {
        #expect(Money(fen: 9_999_999_500).publishedChinese == "1亿元")
        #expect(Money(fen: 9_999_995_000).publishedChinese == "1亿元")
        #expect(Money(fen: 9_999_994_999).publishedChinese == "9999.99万元")
        #expect(Money(fen: 10_000_000_000).publishedChinese == "1亿元")
    }

    @Test("A total is rounded after adding, not added from rounded parts")
    func totalsAfterAdding() {
        // Three signings of 1.334亿元: each shows 1.33亿元, but the total of 4.002亿元 shows 4亿元, not 3.99.
        let part = Money(fen: 13_340_000_000)
        #expect(part.publishedChinese == "1.33亿元")
        let total = Money(fen: [part, part, part].reduce(0) { $0 + $1.fen })
        #expect(total.publishedChinese == "4亿元")
    }

    @Test("The extremes of Int64 fen neither trap nor wrap")
    func extremes() {
        #expect(Money(fen: .max).publishedChinese.hasSuffix("亿元"))
        #expect(Money(fen: .min + 1).publishedChinese.hasPrefix("-"))
        #expect(Money.roundedHalfUp(.max, unit: Money.yiRoundingFen) == .max)
    }
}
