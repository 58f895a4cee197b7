import GRDB
import ShuoshiCore

/// Full-text search over resident name, phone, address and text.
///
/// SQLite 3.40's FTS5 `trigram` tokenizer matches only queries of three or more characters;
/// shorter ones silently return nothing. So a second contentless index holds the same text
/// with a space between characters (`unicode61` then makes each character a token) and a
/// 1–2 character query becomes the phrase `"漏 水"` there. Both indexes are contentless
/// (`content=''`): they keep no copy of personal text, and a row is removed by replaying its
/// old values through the 'delete' command — which is why upkeep lives here, next to the
/// projection write, and runs only when an indexed field changed.
enum SearchIndex {
  static func body(of c: Case) -> String {
    [
      c.resident.name, c.resident.phone, c.resident.address, c.otherParties.joined(separator: " "),
      c.text,
    ].joined(separator: "\n")
  }

  static func spaced(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count * 2)
    for ch in s where !ch.isWhitespace {
      if !out.isEmpty { out.append(" ") }
      out.append(ch)
    }
    return out
  }

  /// Keep both indexes and the name's pinyin keys in step with the case row `num`, given the case before and after.
  static func update(num: Int64, old: Case?, new: Case, in db: Database) throws {
    try updateNameKeys(num: num, old: old, new: new, in: db)
    try updateText(num: num, old: old, new: new, in: db)
  }

  /// The two full-text indexes alone (what stores before `v7-name-keys` kept).
  static func updateText(num: Int64, old: Case?, new: Case, in db: Database) throws {
    let newBody = body(of: new)
    if let old {
      let oldBody = body(of: old)
      guard oldBody != newBody else { return }
      try db.cachedStatement(
        sql: "INSERT INTO cases_fts(cases_fts, rowid, body) VALUES('delete', ?, ?)"
      ).execute(arguments: [num, oldBody])
      try db.cachedStatement(
        sql: "INSERT INTO cases_fts_short(cases_fts_short, rowid, body) VALUES('delete', ?, ?)"
      ).execute(arguments: [num, spaced(oldBody)])
    }
    try db.cachedStatement(sql: "INSERT INTO cases_fts(rowid, body) VALUES(?, ?)")
      .execute(arguments: [num, newBody])
    try db.cachedStatement(sql: "INSERT INTO cases_fts_short(rowid, body) VALUES(?, ?)")
      .execute(arguments: [num, spaced(newBody)])
  }

  /// The search terms of a query: whitespace-separated, quotes removed.
  static func terms(_ query: String) -> [String] {
    query.split(whereSeparator: \.isWhitespace).map { $0.replacingOccurrences(of: "\"", with: "") }
      .filter { !$0.isEmpty }
  }

  /// The index that can answer `query` and its MATCH expression, routed by term length:
  /// every term of 3+ characters → trigram; otherwise the per-character index with each term
  /// as a phrase. nil when the query is empty.
  static func match(_ query: String) -> (table: String, match: String)? {
    let terms = terms(query)
    guard !terms.isEmpty else { return nil }
    if terms.allSatisfy({ $0.count >= 3 }) {
      return ("cases_fts", terms.map { "\"\($0)\"" }.joined(separator: " AND "))
    }
    return ("cases_fts_short", terms.map { "\"\(spaced($0))\"" }.joined(separator: " AND "))
  }
}
