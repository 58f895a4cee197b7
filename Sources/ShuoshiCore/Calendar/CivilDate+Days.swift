extension CivilDate {
  /// Days since 1970-01-01 (negative before). Pure arithmetic on the proleptic Gregorian
  /// calendar (H. Hinnant's `days_from_civil`), so the hot paths need no `Calendar`.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int { CivilDate.weekday(ofDayNumber: dayNumber) }

  /// Saturday or Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// False for dates like 2026-02-30 that `init(iso:)` lets through.
  public var isValid: Bool {
    (1...12).contains(month) && day >= 1 && day <= CivilDate.daysIn(month: month, year: year)
  }

  /// The date `n` days later (earlier when negative).
  public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

  static func weekday(ofDayNumber n: Int) -> Int {
    // 1970-01-01 was a Thursday (4).
    ((n + 3) % 7 + 7) % 7 + 1
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
