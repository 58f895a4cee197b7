/// How often a grid must walk a 排查 round (`survey_rounds:` in `data/routing.yaml`).
public enum SurveyCadence: String, Sendable, CaseIterable, Codable {
  /// Monday to Sunday.
  case weekly
  /// The 1st to the 15th, and the 16th to the month's last day.
  case halfMonthly = "half_monthly"
  /// The 1st to the month's last day.
  case monthly
}

/// One period of a cadence: the days a round must fall in, first and last included.
public struct SurveyPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var start: CivilDate
  public var end: CivilDate
  public var cadence: SurveyCadence

  public init(start: CivilDate, end: CivilDate, cadence: SurveyCadence) {
    self.start = start
    self.end = end
    self.cadence = cadence
  }

  /// The period of `cadence` that holds `day`.
  public static func containing(_ day: CivilDate, cadence: SurveyCadence) -> SurveyPeriod {
    let last = CivilDate.daysIn(month: day.month, year: day.year)
    switch cadence {
    case .weekly:
      let monday = day.adding(days: 1 - day.weekday)
      return SurveyPeriod(start: monday, end: monday.adding(days: 6), cadence: cadence)
    case .halfMonthly:
      return day.day <= 15
        ? SurveyPeriod(
          start: CivilDate(day.year, day.month, 1), end: CivilDate(day.year, day.month, 15),
          cadence: cadence)
        : SurveyPeriod(
          start: CivilDate(day.year, day.month, 16), end: CivilDate(day.year, day.month, last),
          cadence: cadence)
    case .monthly:
      return SurveyPeriod(
        start: CivilDate(day.year, day.month, 1), end: CivilDate(day.year, day.month, last),
        cadence: cadence)
    }
  }

  public var previous: SurveyPeriod { .containing(start.adding(days: -1), cadence: cadence) }
  public var next: SurveyPeriod { .containing(end.adding(days: 1), cadence: cadence) }

  public func contains(_ day: CivilDate) -> Bool { start <= day && day <= end }

  /// The last working day of the period: the day a round is expected by (a period of only
  /// rest days — a long holiday week — gives its last day).
  public func dueDay(_ calendar: WorkingCalendar) -> CivilDate {
    var d = end
    while d > start, !calendar.isWorkingDay(d) { d = d.adding(days: -1) }
    return d
  }

  /// `2026-12-01–2026-12-15`.
  public var description: String { "\(start)–\(end)" }

  public static func < (a: SurveyPeriod, b: SurveyPeriod) -> Bool { a.start < b.start }
}
