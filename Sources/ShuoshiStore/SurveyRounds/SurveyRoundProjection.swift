import Foundation
import GRDB
import ShuoshiCore

/// Keeps `survey_rounds` equal to what the `round_recorded` events say: an upsert by the
/// round's UUID (the last event in ledger order wins). Called in the transaction that appends
/// the event; `rebuild` replays every round event (after an import).
enum SurveyRoundProjection {
  static func apply(_ event: Event, in db: Database) throws {
    guard case .roundRecorded(let d) = event.payload, let r = d.round else { return }
    try db.cachedStatement(
      sql: """
        INSERT INTO survey_rounds (uuid, grid_uuid, day, households, zero_report, recorder,
          recorded_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(uuid) DO UPDATE SET grid_uuid=excluded.grid_uuid, day=excluded.day,
          households=excluded.households, zero_report=excluded.zero_report,
          recorder=excluded.recorder, recorded_at=excluded.recorded_at, data=excluded.data
        """
    ).execute(arguments: [
      r.uuid.uuidString, r.gridID.uuidString, r.day.description, r.households, r.zeroReport,
      event.operator, Millis.from(event.at), RegisterJSON.encode(r),
    ])
  }

  static func rebuild(in db: Database) throws {
    try db.execute(sql: "DELETE FROM survey_rounds")
    let rows = try Row.fetchCursor(
      db, sql: "\(EventRow.selectSQL) WHERE e.kind = 'round_recorded' \(EventRow.ledgerOrder)")
    while let row = try rows.next() { try apply(try EventRow.decode(row), in: db) }
  }

  /// Rounds, with their matters found counted, matching `clause` (SQL over `r`).
  static func records(
    _ db: Database, where clause: String = "", _ args: StatementArguments = []
  ) throws -> [SurveyRoundRecord] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT r.data, r.recorder, r.recorded_at,
          (SELECT COUNT(*) FROM events e JOIN cases c ON c.uuid = e.case_uuid
            LEFT JOIN case_ledger l ON l.case_uuid = c.uuid
            WHERE e.kind = 'created' AND json_extract(e.data, '$.surveyRound') = r.uuid
              AND c.voided = 0 AND l.merged_into IS NULL) AS matters
        FROM survey_rounds r \(clause) ORDER BY r.day DESC, r.recorded_at DESC
        """, arguments: args)
    return try rows.map { row in
      SurveyRoundRecord(
        round: try RegisterJSON.decode(SurveyRound.self, row["data"] as String),
        recorder: row["recorder"], recordedAt: Millis.date(row["recorded_at"] as Int64),
        mattersFound: row["matters"])
    }
  }
}
