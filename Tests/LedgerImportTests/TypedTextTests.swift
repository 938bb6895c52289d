import Testing
import Ledger
@testable import LedgerImport

/// Names and free text are stored as the clerk typed them; only codes, dates and amounts are read normalised.
@Suite struct TypedTextTests {
    static func cell(_ text: String, _ column: String) -> RowMapper.Cell { RowMapper.Cell(text: text, column: column) }

    @Test func fullWidthBracketsInNamesAndNotesStayAsTyped() throws {
        let row = RowMapper(fileName: "a.csv").map([
            .kind: Self.cell("签约", "事件"), .project: Self.cell("ＧＪ-001", "项目编号"), .date: Self.cell("２０２１－０３－２８", "日期"),
            .amount: Self.cell("２亿元", "金额"), .name: Self.cell("　攀藤传感器生产基地（二期）项目 ", "项目名称"),
            .group: Self.cell("经开组团", "组团"), .note: Self.cell("备注：首期", "备注"),
        ], line: 2)
        guard case .event(let e, _) = row else { Issue.record("\(row)"); return }
        #expect(e.name == "攀藤传感器生产基地（二期）项目")
        #expect(e.note == "备注：首期")
        // Codes, dates and amounts are still read normalised.
        #expect(e.project == "GJ-001" && e.date.description == "2021-03-28" && e.amount == .yi(2))
    }

    @Test func trimmingLeavesTheInsideAlone() {
        #expect(Text.trimmed(" \u{3000}Ａ（二期）\t\n") == "Ａ（二期）")
        #expect(Text.trimmed("ok") == "ok")
        #expect(Text.trimmed("   ") == "")
    }
}
