import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Ends every wait whose expected day has passed at `now` (`CaseEngine.expiredWaitResume`),
  /// inside the sweep's transaction; returns their short ids. Reads only the waiting cases
  /// through their partial index.
  func resumeExpiredWaits(engine: CaseEngine, by actor: Actor, now: Date, _ db: Database)
    throws -> [String]
  {
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT * FROM cases INDEXED BY cases_waiting_until
          WHERE state = 'waiting' AND wait_until < ?
            AND uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)
          """), arguments: [Millis.from(now)])
    var ids: [String] = []
    for row in rows {
      let c = CaseRow.decode(row)
      guard let draft = engine.expiredWaitResume(for: c, now: now) else { continue }
      let updated = try append([draft], to: c.uuid, existing: c, by: actor, at: now, db)
      ids.append(updated.id)
    }
    return ids
  }
}
