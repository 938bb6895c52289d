internal import Ledger

/// Every phrase a person reads, from every part of the product.
///
/// The catalogue imports `Ledger` and nothing else: the domain keeps codes and facts (a rule
/// violation's code, a date parse error), and its own code enums are the phrasebooks here, so a
/// code added without words fails to compile and `Ledger` itself stays free of words and imports.
///
/// A part of the product adds its words as a `Phrasebook` enum in a `Catalogue+Part.swift` file
/// and lists it in `books`; `CatalogueTests` then checks every entry has both languages, the
/// same arguments on both sides, and no English word in a Chinese line (nor the reverse).
public enum Catalogue {
    /// One entry, for the catalogue's own test and for documentation.
    public struct Entry: Sendable {
        public let book: String
        public let key: String
        public let phrase: Phrase
    }

    /// Every phrasebook of the product. Add a new one here.
    public static var entries: [Entry] {
        [
            entries(of: CommonText.self),
            entries(of: ReportText.self),
            entries(of: VerifyText.self),
            entries(of: PeriodText.self),
            entries(of: RuleViolation.Code.self),
            entries(of: DateParseError.self),
            entries(of: MoneyParseError.self),
            entries(of: FieldText.self),
            entries(of: ProblemText.self),
            entries(of: ReaderText.self),
            entries(of: SheetText.self),
            entries(of: SnapshotText.self),
            entries(of: AttributeWords.self),
            entries(of: BatchCheckText.self),
            entries(of: SummaryText.self),
            entries(of: ReliabilityText.self),
            entries(of: ProofText.self),
            entries(of: ServiceText.self),
            entries(of: StoreText.self),
            entries(of: CLIText.self),
            entries(of: ArgumentText.self),
            entries(of: RenderText.self),
            entries(of: HelpText.self),
            entries(of: HelpReportsText.self),
            entries(of: ProvinceText.self),
            entries(of: ProvinceErrorText.self),
            entries(of: HelpProvinceText.self),
            entries(of: TransparencyText.self),
            entries(of: SystemErrorText.self),
            entries(of: WebText.self),
            entries(of: HelpWebText.self),
            entries(of: WebImportText.self),
        ].flatMap { $0 }
    }

    static func entries<B: Phrasebook>(of book: B.Type) -> [Entry] {
        B.allCases.map { Entry(book: String(describing: B.self), key: $0.rawValue, phrase: $0.phrase) }
    }
}
