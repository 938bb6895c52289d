/// Every limit Taizhang enforces, in one place; each is checked with a clear error.
public enum Limits {
    /// The longest text field (name, note, …) in UTF-8 bytes.
    public static let fieldBytesMax = 4096
    /// The longest event or project id in UTF-8 bytes. Ids are LMDB keys (at most 511 bytes),
    /// a quarter's contribution key 4 bytes longer.
    public static let idBytesMax = 128
    /// The largest amount: 10,000亿元 (one trillion yuan), in fen.
    public static let amountFenMax: Int64 = 1_000_000_000_000 * 100
    /// The most events one import may land (one write transaction).
    public static let batchEventsMax = 10_000_000
    /// The most events one project may have. Chosen so that a project's money disbursed (at
    /// most this many disbursements of `amountFenMax`) cannot overflow `Int64` fen.
    public static let projectEventsMax = 50_000
    /// The most rows one input file may have; at most `batchEventsMax`, so a file within its
    /// limit always fits in one import.
    public static let fileRowsMax = 10_000_000
    /// The earliest and latest business dates accepted.
    public static let dateMin = BusinessDate(year: 1949, month: 10, day: 1)!
    public static let dateMax = BusinessDate(year: 2199, month: 12, day: 31)!
    /// How far ahead of the clock a recorded time given by hand may be (one day, for clocks and
    /// zones that disagree): every later batch inherits the head's recorded time, so a typo in
    /// the year would stamp them all. Further only when asked (`--allow-future`).
    public static let recordedTimeAheadMsMax: Int64 = 86_400_000
    /// The most problems one import collects before it stops looking (it keeps counting rows):
    /// enough for any clerk to fix a file, few enough that a wholly wrong file cannot fill memory.
    public static let importProblemsMax = 10_000
    /// The most events a dry run keeps to show what would land; at most `batchEventsMax`.
    public static let previewEventsMax = 1000
    /// The most of those a dry run prints as a table (the JSON report has all it kept).
    public static let previewRowsShownMax = 50
    /// The most problem lines a rejected replay of an export prints (an altered export breaks every hash after it).
    public static let replayProblemLinesMax = 50
    /// The largest part of an xlsx workbook (after inflating) the reader takes: a zip bomb stops here.
    public static let xlsxPartBytesMax = 1 << 30
    /// The most attributes one event may carry (a sheet's own columns, planned dates).
    public static let attributesMax = 64
    /// The most read transactions open at once on one ledger, over every process (LMDB's default).
    public static let readersMax = 126
}
