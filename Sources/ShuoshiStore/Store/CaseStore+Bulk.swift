import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Appends whole case histories (events already stamped) and their projections in one
  /// transaction, with cached statements — for the demo and benchmark generators.
  public func bulkInsert(_ histories: [[Event]]) throws(StoreError) {
    try write { db in
      for events in histories {
        for event in events { try EventRow.insert(event, into: db) }
        guard let c = Case.replay(events) else { continue }
        try db.cachedStatement(sql: CaseRow.upsertSQL).execute(arguments: CaseRow.arguments(c))
        try SearchIndex.update(num: db.lastInsertedRowID, old: nil, new: c, in: db)
      }
    }
  }

  /// True when no case has been stored yet.
  public func isEmpty() throws(StoreError) -> Bool {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM cases LIMIT 1)") == 0 }
  }
}
