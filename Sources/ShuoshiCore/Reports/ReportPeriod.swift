import Foundation

/// The days a report covers: `[first, last]` as calendar days, i.e. the instants
/// `[start of first, start of the day after last)` in the calendar's time zone.
public struct ReportPeriod: Codable, Sendable, Equatable {
  /// What kind of period it is, for titles (本周 / 2026年11月 / 场次).
  public enum Kind: String, Codable, Sendable {
    case range, week, month, session
  }

  public var kind: Kind
  public var first: CivilDate
  public var last: CivilDate
  /// Local midnight at the start of `first`.
  public var start: Date
  /// Local midnight after `last` (exclusive).
  public var end: Date

  /// The days `first…last` (swapped if given backwards).
  public init(kind: Kind = .range, first: CivilDate, last: CivilDate, calendar: WorkingCalendar) {
    let (a, b) = first <= last ? (first, last) : (last, first)
    self.kind = kind
    self.first = a
    self.last = b
    self.start = calendar.startOfDay(a)
    self.end = calendar.startOfDay(b.adding(days: 1))
  }

  /// The week (Monday to Sunday) holding `day`.
  public static func week(of day: CivilDate, calendar: WorkingCalendar) -> ReportPeriod {
    let monday = day.adding(days: 1 - day.weekday)
    return ReportPeriod(
      kind: .week, first: monday, last: monday.adding(days: 6), calendar: calendar)
  }

  /// A calendar month.
  public static func month(year: Int, month: Int, calendar: WorkingCalendar) -> ReportPeriod {
    let first = CivilDate(year, month, 1)
    let next = month == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, month + 1, 1)
    return ReportPeriod(kind: .month, first: first, last: next.adding(days: -1), calendar: calendar)
  }

  /// Whether an instant falls in the period.
  public func contains(_ date: Date) -> Bool { date >= start && date < end }

  /// The Mondays of the weeks the period touches, in order.
  public var weekStarts: [CivilDate] {
    var monday = first.adding(days: 1 - first.weekday)
    var out: [CivilDate] = []
    while monday <= last {
      out.append(monday)
      monday = monday.adding(days: 7)
    }
    return out
  }

  /// The months (year, month) the period touches, in order.
  public var months: [(year: Int, month: Int)] {
    var out: [(Int, Int)] = []
    var (y, m) = (first.year, first.month)
    while (y, m) <= (last.year, last.month) {
      out.append((y, m))
      (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
    }
    return out
  }
}

/// Which cases a report is about. Every filter is optional; they combine with AND.
public struct ReportScope: Codable, Sendable, Equatable {
  /// Only residents of this grid (`grid_id`).
  public var gridID: String?
  /// Only this unit (community or village). Units come with the register; the store says
  /// when it cannot filter by unit yet.
  public var unitID: String?
  /// Only cases taken in these booth sessions.
  public var sessions: [UUID]

  public init(gridID: String? = nil, unitID: String? = nil, sessions: [UUID] = []) {
    self.gridID = gridID
    self.unitID = unitID
    self.sessions = sessions
  }

  /// The whole street.
  public var isWholeStreet: Bool { gridID == nil && unitID == nil && sessions.isEmpty }

  /// The unit a report without `--unit` covers: the data directory's own unit (`unit` in the
  /// settings file) when the register names no other unit — a community's laptop holds that
  /// community's cases; nil (the whole street) when there is no such setting or the register
  /// has several units (a street office's laptop).
  public static func siteUnit(configured: String?, registerUnits: [String]) -> String? {
    guard let name = configured?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
      return nil
    }
    return registerUnits.allSatisfy { $0 == name } ? name : nil
  }

  /// Whether a case's facts fall in the scope (grid and session; the unit is filtered by the
  /// store, which knows the register).
  public func contains(_ facts: CaseFacts) -> Bool {
    if let gridID, facts.gridID != gridID { return false }
    if !sessions.isEmpty {
      guard let s = facts.session, sessions.contains(s) else { return false }
    }
    return true
  }
}

/// Everything that decides a report's numbers.
public struct ReportRequest: Codable, Sendable, Equatable {
  public var period: ReportPeriod
  public var scope: ReportScope
  /// The instant at which states are read ("at period end"): events stamped before it count.
  /// Normally the period's end, or now when the period has not ended yet.
  public var asOf: Date
  /// Put residents' names and phone numbers in the report (the header says so).
  public var withNames: Bool
  /// The name of the unit the report covers, for its title and scope line: the unit of
  /// `scope.unitID`, or the data directory's own unit (see `ReportScope.siteUnit`); nil: the
  /// whole street.
  public var unitName: String?

  public init(
    period: ReportPeriod, scope: ReportScope = ReportScope(), asOf: Date, withNames: Bool = false,
    unitName: String? = nil
  ) {
    self.period = period
    self.scope = scope
    self.asOf = asOf
    self.withNames = withNames
    self.unitName = unitName
  }

  /// The usual cut-off: the period's end, or just after `now` if the period is still running
  /// (so events stamped at `now` count).
  public static func defaultAsOf(period: ReportPeriod, now: Date) -> Date {
    min(period.end, now.addingTimeInterval(0.001))
  }
}
