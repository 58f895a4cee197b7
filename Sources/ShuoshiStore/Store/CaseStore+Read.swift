import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// The case with this short id (or UUID). A unique suffix such as `007` or `20261128-007`
  /// also finds it, since that is what a worker reads off a receipt. A row id opens exactly
  /// that row (the console's lists); a number a worker types goes through `lookup`.
  public func find(_ id: String) throws(StoreError) -> Case {
    try read { db in try resolve(id, in: db) }
  }

  /// A case's history, oldest first.
  public func history(of c: Case) throws(StoreError) -> [Event] {
    try read { db in try EventRow.history(of: c.uuid, in: db) }
  }

  /// One page of cases matching `query`, newest first, or in attention order when the query
  /// says so (`CaseQuery.attentionAt`, `AttentionSQL`).
  ///
  /// A search walks the full-text index newest row first (`ORDER BY rowid DESC` is native to
  /// FTS5) and probes each case by primary key, so the first page stops after `limit` hits
  /// instead of collecting every match; search results are therefore ordered by entry, which
  /// is received order for cases typed at the booth. A query with a term that may be pinyin
  /// (`SearchIndex.pinyinSet`) takes the matching rows as a set, newest entry first too.
  public func list(_ query: CaseQuery, offset: Int = 0, limit: Int = 50) throws(StoreError)
    -> [Case]
  {
    try read { db in
      let (clause, args) = query.filterClause()
      if let (set, setArgs) = query.pinyinSet {
        return try Row.fetchAll(
          db,
          sql: """
            SELECT c.* FROM cases c WHERE c.num IN (\(set)) AND \(clause)
            ORDER BY c.num DESC LIMIT ? OFFSET ?
            """, arguments: setArgs + args + [limit, offset]
        ).map(CaseRow.decode)
      }
      if let (table, match) = query.searchMatch {
        return try Row.fetchAll(
          db,
          sql: """
            SELECT c.* FROM \(table) f CROSS JOIN cases c ON c.num = f.rowid
            WHERE \(table) MATCH ? AND \(clause)
            ORDER BY f.rowid DESC LIMIT ? OFFSET ?
            """, arguments: [match] + args + [limit, offset]
        ).map(CaseRow.decode)
      }
      if let now = query.attentionAt {
        return try attentionPage(query, now: now, offset: offset, limit: limit, db)
      }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM cases c WHERE \(clause)
          ORDER BY received_at DESC, num DESC LIMIT ? OFFSET ?
          """, arguments: args + [limit, offset]
      ).map(CaseRow.decode)
    }
  }

  /// How many cases `query` matches (`CaseQuery.countStatements`: from indexes).
  public func count(_ query: CaseQuery) throws(StoreError) -> Int {
    try read { db in try count(query, db) }
  }

  func count(_ query: CaseQuery, _ db: Database) throws -> Int {
    try query.countStatements().reduce(0) { n, part in
      n + part.sign * (try Int.fetchOne(db, sql: part.sql, arguments: part.arguments) ?? 0)
    }
  }

  /// Total number of events in the log.
  public func eventCount() throws(StoreError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0 }
  }

  func resolve(_ id: String, in db: Database) throws -> Case {
    let key = id.trimmingCharacters(in: .whitespaces).uppercased()
    if let row = try Row.fetchOne(
      db, sql: "SELECT * FROM cases WHERE id = ? OR uuid = ?", arguments: [key, key])
    {
      return CaseRow.decode(row)
    }
    guard !key.isEmpty else { throw StoreError.notFound(id: id) }
    let matches = try Row.fetchAll(
      db, sql: "SELECT * FROM cases WHERE id LIKE ? ESCAPE '\\' LIMIT 6",
      arguments: ["%-" + key.replacingOccurrences(of: "%", with: "\\%")])
    if matches.count == 1 { return CaseRow.decode(matches[0]) }
    if matches.isEmpty { throw StoreError.notFound(id: id) }
    throw StoreError.ambiguous(id: id, matches: matches.map { $0["id"] })
  }
}
