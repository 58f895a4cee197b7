import Foundation
import ShuoshiCore

/// What the report screen is showing: a period preset (this session, week, month, last month)
/// stepped back some periods, the scope, and whether names are shown. A value, so the screen
/// recomputes the report only when it changes.
struct ReportChoice: Equatable {
  enum Preset: Int, CaseIterable {
    case session, week, month, lastMonth
  }

  var preset: Preset
  /// Periods back from the preset's own (0: this one). Never in the future.
  var back = 0
  /// A unit's name; nil: the whole street.
  var unit: String?
  var withNames = false

  /// The next preset, back at its own period.
  mutating func nextPreset() {
    preset = Preset(rawValue: (preset.rawValue + 1) % Preset.allCases.count)!
    back = 0
  }

  /// One period earlier (sessions: the previous booth day held, up to `sessionDays`).
  mutating func stepBack(sessionDays: Int) {
    if preset == .session && back + 1 >= sessionDays { return }
    back += 1
  }

  mutating func stepForward() {
    back = max(0, back - 1)
  }

  /// The report request on `today`, or nil for the session preset when no session was held.
  /// `sessionDays` are the booth days held, newest first, each with its sessions (on any
  /// laptop).
  func request(
    today: CivilDate, now: Date, calendar: WorkingCalendar,
    sessionDays: [(day: CivilDate, sessions: [BoothSession])]
  ) -> ReportRequest? {
    var scope = ReportScope(unitID: unit)
    let period: ReportPeriod
    switch preset {
    case .session:
      guard back < sessionDays.count else { return nil }
      let held = sessionDays[back]
      scope.sessions = held.sessions.map(\.uuid)
      period = ReportPeriod(kind: .session, first: held.day, last: held.day, calendar: calendar)
    case .week:
      period = .week(of: today.adding(days: -7 * back), calendar: calendar)
    case .month, .lastMonth:
      let months = today.year * 12 + (today.month - 1) - back - (preset == .lastMonth ? 1 : 0)
      period = .month(year: months / 12, month: months % 12 + 1, calendar: calendar)
    }
    return ReportRequest(
      period: period, scope: scope, asOf: ReportRequest.defaultAsOf(period: period, now: now),
      withNames: withNames)
  }

  /// Booth days held, newest first, each with its sessions.
  static func sessionDays(_ sessions: [BoothSession]) -> [(
    day: CivilDate, sessions: [BoothSession]
  )] {
    let byDay = Dictionary(grouping: sessions, by: \.day)
    return byDay.keys.sorted(by: >).map { ($0, byDay[$0]!) }
  }
}
