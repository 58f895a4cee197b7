import Foundation

/// The 排查 rhythm of `data/routing.yaml` (`survey_rounds:`): a cadence for community grids and
/// one for village grids (the village's is the community's unless set).
public struct SurveyRhythmRules: Sendable, Equatable {
  public var community: SurveyCadence
  public var village: SurveyCadence

  public init(community: SurveyCadence = .halfMonthly, village: SurveyCadence? = nil) {
    self.community = community
    self.village = village ?? community
  }

  /// 村居 rounds every half month (the 1st–15th and the 16th–end).
  public static let standard = SurveyRhythmRules()

  public func cadence(for kind: UnitKind) -> SurveyCadence {
    kind == .village ? village : community
  }
}

/// Where a grid stands in one period.
public enum SurveyStatus: String, Sendable, Equatable {
  /// A round was recorded in the period that found something (or did not say 零报告).
  case done
  /// Every round of the period was a 零报告.
  case zeroReport = "zero_report"
  /// The period is still running and has no round yet (未排查).
  case due
  /// The period ended without a round (漏排查).
  case missed

  public var isDone: Bool { self == .done || self == .zeroReport }
}

/// One grid's standing: this period, and the last one that ended.
public struct GridSurveyStanding: Sendable, Equatable {
  public var gridID: UUID
  public var current: SurveyPeriod
  public var currentStatus: SurveyStatus
  /// The last working day of the current period.
  public var dueDay: CivilDate
  /// The period before: nil when the grid did not exist yet for the whole of it.
  public var previous: SurveyPeriod?
  public var previousStatus: SurveyStatus?
  /// The newest round's day, any period.
  public var lastRound: CivilDate?

  /// The grid missed the last period that ended (shown in the 漏排查 view).
  public var missedLast: Bool { previousStatus == .missed }
}

/// Periods done and missed over a span (a report's rows).
public struct SurveyTally: Sendable, Equatable {
  public var periods = 0
  public var done = 0
  public var missed = 0
  public var zeroReports = 0
  public init() {}
}

/// Pure: from the rules, the calendar and today, says which period of each grid is done, due or
/// missed. A period counts done once however many rounds it holds; a period is owed only from
/// the day the grid was first saved (a grid made on the 10th owes nothing for the 1st–15th,
/// but owes the 16th–end) — though a round walked in it still counts it done.
public struct SurveyRhythm: Sendable {
  public var rules: SurveyRhythmRules
  public var calendar: WorkingCalendar

  public init(rules: SurveyRhythmRules, calendar: WorkingCalendar) {
    self.rules = rules
    self.calendar = calendar
  }

  /// A round as the rhythm needs it: its day and whether it was a 零报告.
  public struct Mark: Sendable, Equatable {
    public var day: CivilDate
    public var zeroReport: Bool
    public init(day: CivilDate, zeroReport: Bool) {
      self.day = day
      self.zeroReport = zeroReport
    }
  }

  /// Whether `period` is owed (the grid existed from its start) or done anyway.
  static func counts(_ period: SurveyPeriod, since: CivilDate?, marks: [Mark]) -> Bool {
    (since.map { $0 <= period.start } ?? true) || marks.contains { period.contains($0.day) }
  }

  /// The status of `period` given the grid's rounds, with `today` telling a running period
  /// from an ended one.
  public static func status(
    of period: SurveyPeriod, marks: [Mark], today: CivilDate
  ) -> SurveyStatus {
    let inside = marks.filter { period.contains($0.day) }
    if inside.contains(where: { !$0.zeroReport }) { return .done }
    if !inside.isEmpty { return .zeroReport }
    return today > period.end ? .missed : .due
  }

  /// The standing of a grid of a `kind` unit, first saved on `since`, at `now`.
  public func standing(
    grid: UUID, kind: UnitKind, since: CivilDate?, marks: [Mark], now: Date
  ) -> GridSurveyStanding {
    let today = calendar.civilDate(of: now)
    let current = SurveyPeriod.containing(today, cadence: rules.cadence(for: kind))
    let previous = current.previous
    let owesPrevious = Self.counts(previous, since: since, marks: marks)
    return GridSurveyStanding(
      gridID: grid, current: current,
      currentStatus: Self.status(of: current, marks: marks, today: today),
      dueDay: current.dueDay(calendar), previous: owesPrevious ? previous : nil,
      previousStatus: owesPrevious ? Self.status(of: previous, marks: marks, today: today) : nil,
      lastRound: marks.map(\.day).max())
  }

  /// The periods of a grid wholly within `from...to` that had ended by `today` (and began on
  /// or after `since`), counted done (零报告 apart too) or missed.
  public func tally(
    kind: UnitKind, since: CivilDate?, marks: [Mark], from: CivilDate, to: CivilDate,
    today: CivilDate
  ) -> SurveyTally {
    var t = SurveyTally()
    var p = SurveyPeriod.containing(from, cadence: rules.cadence(for: kind))
    if p.start < from { p = p.next }
    while p.end <= to, p.end < today {
      if Self.counts(p, since: since, marks: marks) {
        t.periods += 1
        switch Self.status(of: p, marks: marks, today: today) {
        case .done: t.done += 1
        case .zeroReport:
          t.done += 1
          t.zeroReports += 1
        case .missed: t.missed += 1
        case .due: break
        }
      }
      p = p.next
    }
    return t
  }
}
