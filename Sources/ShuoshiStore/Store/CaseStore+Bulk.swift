import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Appends whole case histories (events already stamped) and their projections in one
  /// transaction, with cached statements — for the demo and benchmark generators.
  public func bulkInsert(_ histories: [[Event]], indexSearch: Bool = true) throws(StoreError) {
    try write { db in
      for events in histories {
        for event in events { try EventRow.insert(event, into: db) }
        guard let c = Case.replay(events) else { continue }
        try db.cachedStatement(sql: CaseRow.upsertSQL).execute(arguments: CaseRow.arguments(c))
        if indexSearch { try SearchIndex.update(num: db.lastInsertedRowID, old: nil, new: c, in: db) }
      }
    }
  }

  /// Empties both search indexes and builds them again from the cases table in one pass.
  public func rebuildSearchIndex() throws(StoreError) {
    try write { db in
      try db.execute(sql: "INSERT INTO cases_fts(cases_fts) VALUES('delete-all')")
      try db.execute(sql: "INSERT INTO cases_fts_short(cases_fts_short) VALUES('delete-all')")
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM cases ORDER BY num")
      while let row = try rows.next() {
        let num: Int64 = row["num"]
        try SearchIndex.update(num: num, old: nil, new: CaseRow.decode(row), in: db)
      }
    }
  }

  /// True when no case has been stored yet.
  public func isEmpty() throws(StoreError) -> Bool {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM cases LIMIT 1)") == 0 }
  }
}
