/// Words of the shared renderers (`LedgerReports`): table headers, labels and report lines of
/// imports, projects, replays, batches and audits, for the command line and the web alike.
public enum RenderText: String, Phrasebook {
    case asKnownAt
    case datesUpTo
    case basisSeparator

    public var phrase: Phrase {
        switch self {
        case .asKnownAt: Phrase(zh: "截至 {time} 台账所知", en: "as known at {time}")
        case .datesUpTo: Phrase(zh: "业务日期截至 {date}", en: "business dates up to {date}")
        case .basisSeparator: Phrase(zh: ";", en: "; ")
        }
    }
}
