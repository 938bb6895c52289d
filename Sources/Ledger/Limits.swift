/// Every limit Taizhang enforces, in one place; each is checked with a clear error.
public enum Limits {
    /// The longest text field (name, note, …) in UTF-8 bytes.
    public static let fieldBytesMax = 4096
    /// The longest event or project id in UTF-8 bytes.
    public static let idBytesMax = 128
    /// The largest amount: 10,000亿元 (one trillion yuan), in fen.
    public static let amountFenMax: Int64 = 1_000_000_000_000 * 100
    /// The most events one import may land (one write transaction).
    public static let batchEventsMax = 10_000_000
    /// The most events one project may have.
    public static let projectEventsMax = 100_000
    /// The most rows one input file may have.
    public static let fileRowsMax = 10_000_000
    /// The earliest and latest business dates accepted.
    public static let dateMin = BusinessDate(year: 1949, month: 10, day: 1)!
    public static let dateMax = BusinessDate(year: 2199, month: 12, day: 31)!
}
