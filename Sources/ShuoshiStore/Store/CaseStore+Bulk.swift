import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Appends whole case histories and their projections in one transaction, with cached
  /// statements — for the demo and benchmark generators. Each event keeps its uuid, kind,
  /// time, operator and data; this laptop stamps sequence, clock and chain.
  public func bulkInsert(_ histories: [[Event]], indexSearch: Bool = true) throws(StoreError) {
    try write { db in
      // Restamped as this laptop's events (sequence, clock, parents, chain) in the given order.
      var writer = try LedgerWriter(device: info.deviceID, in: db)
      for events in histories {
        var written: [Event] = []
        for e in events {
          written.append(
            try writer.write(
              uuid: e.uuid, kind: e.kind, data: e.data, entity: e.caseUUID,
              parents: written.last.map { [$0.uuid] } ?? [], operator: e.operator, at: e.at, db))
        }
        guard let first = written.first else { continue }
        try CaseProjector.project(first.caseUUID, history: written, indexSearch: indexSearch, db)
      }
    }
  }

  /// Empties both search indexes (and the names' pinyin keys) and builds them again from the cases table in one pass,
  /// then merges each into one segment.
  public func rebuildSearchIndex() throws(StoreError) {
    try write { db in
      try db.execute(sql: "INSERT INTO cases_fts(cases_fts) VALUES('delete-all')")
      try db.execute(sql: "INSERT INTO cases_fts_short(cases_fts_short) VALUES('delete-all')")
      try db.execute(sql: "DELETE FROM case_name_keys")
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM cases ORDER BY num")
      while let row = try rows.next() {
        let num: Int64 = row["num"]
        try SearchIndex.update(num: num, old: nil, new: CaseRow.decode(row), in: db)
      }
      // One segment per table, as idle upkeep leaves a store that grew save by save; without
      // it the first hundreds of idle steps after a bulk build each took 10–130 ms of merging.
      try SearchIndex.optimize(db)
    }
  }

  /// True when no case has been stored yet.
  public func isEmpty() throws(StoreError) -> Bool {
    try read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM cases LIMIT 1)") == 0
    }
  }
}
