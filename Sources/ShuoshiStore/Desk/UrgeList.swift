import Foundation
import GRDB
import ShuoshiCore

/// One 催办 of the day's list: the `urged` event and the case as it stands now.
public struct UrgeEntry: Sendable {
  public var event: Event
  public var case_: Case
}

extension CaseStore {
  /// The 催办 recorded in `[from, before)` and still in effect (not undone), oldest first, each
  /// with its case. Reads the `urged` events through their partial index on time.
  public func urges(from: Date, before: Date) throws(StoreError) -> [UrgeEntry] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          \(EventRow.selectSQL)
          WHERE e.kind IN ('extended', 'returned', 'urged', 'supervised') AND e.kind = 'urged'
            AND e.at >= ? AND e.at < ?
          ORDER BY e.at, e.hlc, e.device, e.seq
          """, arguments: [Millis.from(from), Millis.from(before)])
      let events = try rows.map(EventRow.decode)
      var out: [UrgeEntry] = []
      var cases: [UUID: Case] = [:]
      for e in events {
        let undone =
          try Bool.fetchOne(
            db,
            sql: """
              SELECT EXISTS (SELECT 1 FROM events WHERE case_uuid = ? AND kind = 'undone'
                AND json_extract(data, '$.target') = ?)
              """, arguments: [e.caseUUID.uuidString, e.uuid.uuidString]) ?? false
        if undone { continue }
        if cases[e.caseUUID] == nil {
          cases[e.caseUUID] = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM cases WHERE uuid = ?"),
            arguments: [e.caseUUID.uuidString]
          ).map(CaseRow.decode)
        }
        if let c = cases[e.caseUUID] { out.append(UrgeEntry(event: e, case_: c)) }
      }
      return out
    }
  }
}
