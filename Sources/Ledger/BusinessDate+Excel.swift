extension BusinessDate {
    /// Excel's serial of 1970-01-01 (day 0 of `dayNumber`) in its 1900 date system, whose day 0 is
    /// 1899-12-30 (after Excel's 1900 leap-year quirk).
    static let excelSerialOfDayZero = 25_569

    /// The day as Excel's serial number (1900 date system): what a workbook cell holds for a date.
    public var excelSerial: Int { dayNumber + BusinessDate.excelSerialOfDayZero }

    /// The day of an Excel serial number (1900 date system), through the one day-number path.
    public init?(excelSerial: Int) {
        self.init(dayNumber: excelSerial - BusinessDate.excelSerialOfDayZero)
    }
}
