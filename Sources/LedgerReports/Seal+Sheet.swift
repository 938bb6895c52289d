public import Catalogue

extension Seal {
    /// The label of the cell holding the seal's JSON in the 口径与校验 sheet; `check-report` looks for it.
    public static let sheetKey = "taizhang-seal"

    /// The 口径与校验 sheet: the seal item by item, the rule set, the seal as JSON.
    public func sheet(_ language: Language) -> Workbook.Sheet {
        func row(_ w: ReportText, _ v: Workbook.Cell) -> [Workbook.Cell] { [.text(w.text(language)), v] }
        let rows: [[Workbook.Cell]] = [
            [.text(ReportText.key.text(language)), .text(ReportText.value.text(language))],
            row(.sealTreeSize, .integer(Int64(treeSize))),
            row(.sealTreeHead, .text(treeHead)),
            row(.sealAsOf, .text(asOf)),
            row(.sealAsKnownAt, .text(asKnownAt ?? "—")),
            row(.sealRules, .text(rules.name)),
            row(.sealRulesSHA, .text(rules.sha256)),
            row(.sealCommand, .text(command)),
            row(.rulesJSON, .text(rules.canonicalJSON)),
            [.text(ReportText.roundingNote.text(language))],
            [.text(ReportText.sealNote.text(language))],
            [.text(Seal.sheetKey), .text(jsonText)],
        ]
        return Workbook.Sheet(name: ReportText.sheetRules.text(language), rows: rows)
    }
}
