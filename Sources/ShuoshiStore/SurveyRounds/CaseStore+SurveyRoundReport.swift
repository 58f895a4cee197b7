import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// 排查 per grid over a report's period (report table `16-survey-rounds`): the rhythm's
  /// periods that ended by the report's cut-off within it, done or missed, and the rounds'
  /// households and found cases. nil when this store never recorded a round. A report for one
  /// unit or grid lists only its grids.
  func surveyRoundReport(_ request: ReportRequest, rules: RoutingRules, calendar: WorkingCalendar)
    throws -> [SurveyRoundReportRow]?
  {
    try read { db -> [SurveyRoundReportRow]? in
      guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM survey_rounds)") == true
      else { return nil }
      let rhythm = SurveyRhythm(rules: rules.surveyRounds, calendar: calendar)
      let first = request.period.first
      let last = request.period.last
      let today = calendar.civilDate(of: request.asOf)
      let since = try Self.gridsSince(calendar, db)
      let rounds = try SurveyRoundProjection.records(
        db, where: "WHERE r.day >= ? AND r.day <= ?", [first.description, last.description])
      let byGrid = Dictionary(grouping: rounds, by: \.round.gridID)
      return try Self.gridLoads(nil, db).filter { load in
        let scope = request.scope
        if let unit = scope.unitID, load.unit?.uuid.uuidString != unit, load.unit?.name != unit {
          return false
        }
        if let grid = scope.gridID, load.grid.uuid.uuidString != grid, load.grid.name != grid {
          return false
        }
        return true
      }.map { load in
        let mine = (byGrid[load.grid.uuid] ?? []).filter { $0.round.day <= today }
        let tally = rhythm.tally(
          kind: load.unit?.kind ?? .community, since: since[load.grid.uuid],
          marks: mine.map(\.mark), from: first, to: last, today: today)
        return SurveyRoundReportRow(
          grid: (load.unit?.name ?? "") + load.grid.name, tally: tally, rounds: mine.count,
          households: mine.reduce(0) { $0 + $1.round.households },
          mattersFound: mine.reduce(0) { $0 + $1.mattersFound })
      }
    }
  }
}
