import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// How many grids missed their round last period: the queue's status line (“漏排查 N 个网格”).
  /// Read after every change, so it touches only the register's grids and units and the
  /// rounds of the last two months — never the cases; 0 while this store has no round at all
  /// (排查 not kept here yet, so nothing nags).
  public func missedRoundCount(rhythm: SurveyRhythm, now: Date) throws(StoreError) -> Int {
    try read { db in
      guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM survey_rounds)") == true
      else { return 0 }
      let kinds = Dictionary(
        try RegisterRecords.units(db).map { ($0.uuid, $0.kind) }, uniquingKeysWith: { a, _ in a })
      let since = try Self.gridsSince(rhythm.calendar, db)
      let from = rhythm.calendar.civilDate(of: now).adding(days: -62)
      var marks: [UUID: [SurveyRhythm.Mark]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT grid_uuid, day, zero_report FROM survey_rounds WHERE day >= ?",
        arguments: [from.description])
      {
        guard let grid = UUID(uuidString: row["grid_uuid"] as String),
          let day = CivilDate(iso: row["day"] as String)
        else { continue }
        marks[grid, default: []].append(SurveyRhythm.Mark(day: day, zeroReport: row["zero_report"]))
      }
      return try RegisterRecords.grids(db).filter { g in
        rhythm.standing(
          grid: g.uuid, kind: kinds[g.unitID] ?? .community, since: since[g.uuid],
          marks: marks[g.uuid] ?? [], now: now
        ).missedLast
      }.count
    }
  }
}
