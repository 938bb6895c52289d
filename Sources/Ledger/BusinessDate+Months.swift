extension BusinessDate {
    /// The same day `months` later (earlier when negative), clamped to the month's last day:
    /// 2021-01-31 plus one month is 2021-02-28, as a deadline "one month after" is read.
    public func adding(months: Int) -> BusinessDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        guard (1...9999).contains(y) else { return self }
        return BusinessDate(year: y, month: m, day: Swift.min(day, BusinessDate.daysIn(month: m, year: y)))!
    }
}

extension BusinessDate {
    /// The day `dayNumber` days after 1970-01-01 (days-from-civil inverted, Howard Hinnant's algorithm).
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
