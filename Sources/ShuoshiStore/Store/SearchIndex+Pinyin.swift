import Foundation
import GRDB
import ShuoshiCore

/// Residents found by pinyin: `wgl` and `wangguilan` find 王桂兰's cases, as the register's
/// person search finds staff (`NameMatcher`).
///
/// The full-text indexes match substrings of what was typed, so a Latin query there would only
/// find Latin text. A small table `case_name_keys(key, num)` holds each case's resident name as
/// pinyin keys (`PinyinTable.nameKeys`: initials and full pinyin, a few per heteronym), and a
/// query term of two or more ASCII letters also matches any key it is a prefix of (a B-tree
/// range, no scan). Rows are rewritten only when the resident's name changes, so a save that
/// keeps the name pays nothing; an erased resident's name is empty, which deletes the keys.
/// Existing stores get the table through migration `v7-name-keys`, which backfills it from
/// the cases table (its cost is in docs/PERFORMANCE.md).
extension SearchIndex {
  /// The pinyin table's text (`data/pinyin.txt`), read once per process; nil when it cannot be
  /// found, and then no name gets keys.
  static let pinyinSource: PinyinSource? = {
    let resources = Resources.locate(environment: ProcessInfo.processInfo.environment)
    guard let url = resources.file("data/pinyin.txt"), let data = try? Data(contentsOf: url)
    else { return nil }
    return PinyinSource(bytes: [0x0A] + Array(data), file: url.path)
  }()

  /// The whole table, parsed once (~80 ms): for the backfill and tests.
  static let pinyin: PinyinTable? = pinyinSource?.table()

  static let nameKeysMigration = "v7-name-keys"

  static func migrateNameKeys(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE case_name_keys (
          key TEXT NOT NULL,
          num INTEGER NOT NULL,
          PRIMARY KEY (key, num)
        ) WITHOUT ROWID;
        CREATE INDEX case_name_keys_by_num ON case_name_keys(num);
        """)
    try backfillNameKeys(db)
  }

  /// Keys for every case, names spelled once each (many cases share a resident).
  static func backfillNameKeys(_ db: Database) throws {
    guard let table = pinyin else { return }
    var spelled: [String: [String]] = [:]
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO case_name_keys(key, num) VALUES(?, ?)")
    let rows = try Row.fetchCursor(db, sql: "SELECT num, resident_name FROM cases ORDER BY num")
    while let row = try rows.next() {
      let num: Int64 = row[0]
      let name: String = row[1]
      let keys: [String]
      if let known = spelled[name] {
        keys = known
      } else {
        keys = table.nameKeys(name)
        spelled[name] = keys
      }
      for key in keys { try insert.execute(arguments: [key, num]) }
    }
  }

  /// Keeps the keys of case row `num` in step when the resident's name is new or changed.
  static func updateNameKeys(num: Int64, old: Case?, new: Case, in db: Database) throws {
    if let old {
      guard old.resident.name != new.resident.name else { return }
      try db.cachedStatement(sql: "DELETE FROM case_name_keys WHERE num = ?")
        .execute(arguments: [num])
    }
    // Only the name's own lines of the table: a save must not parse all 27,000 of them.
    guard !new.resident.name.isEmpty, let table = pinyinSource?.table(for: new.resident.name)
    else { return }
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO case_name_keys(key, num) VALUES(?, ?)")
    for key in table.nameKeys(new.resident.name) { try insert.execute(arguments: [key, num]) }
  }

  /// A term that may be pinyin: two or more ASCII letters (apostrophes dropped), lower case.
  static func pinyinTerm(_ term: String) -> String? {
    let plain = term.lowercased().filter { $0 != "'" && $0 != "’" }
    guard plain.count >= 2, plain.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return plain
  }

  /// The case rows matching `query` as one SQL set (`SELECT num …`) with its arguments, when
  /// some term may be pinyin; nil otherwise (the caller then uses `match` alone, as before).
  /// Each pinyin term matches a name key by prefix OR the text indexes as any term does;
  /// the terms combine with AND (INTERSECT).
  static func pinyinSet(_ query: String) -> (sql: String, arguments: StatementArguments)? {
    let terms = terms(query)
    guard terms.contains(where: { pinyinTerm($0) != nil }) else { return nil }
    var parts: [String] = []
    var args = StatementArguments()
    for term in terms {
      guard let (table, match) = match(term) else { continue }
      var part = "SELECT rowid AS num FROM \(table) WHERE \(table) MATCH ?"
      args += [match]
      if let key = pinyinTerm(term) {
        part += " UNION SELECT num FROM case_name_keys WHERE key >= ? AND key < ?"
        args += [key, key + "{"]
      }
      parts.append(part)
    }
    return (parts.map { "SELECT num FROM (\($0))" }.joined(separator: " INTERSECT "), args)
  }
}

/// The pinyin table's text, from which a save takes only the lines of the characters it needs
/// (a byte search per character) instead of parsing the whole table.
struct PinyinSource: Sendable {
  /// The file's bytes after a newline, so every line starts with one.
  let bytes: [UInt8]
  let file: String

  /// The table for the characters of `text` only; nil when the file is malformed there.
  func table(for text: String) -> PinyinTable? {
    var lines: [String] = []
    for ch in Set(text) where !ch.isASCII {
      let needle = Array("\n\(ch)\t".utf8)
      guard let start = find(needle) else { continue }
      var end = start + needle.count
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      lines.append(String(decoding: bytes[(start + 1)..<end], as: UTF8.self))
    }
    return try? PinyinTable.parse(text: lines.joined(separator: "\n"), file: file)
  }

  /// The whole table.
  func table() -> PinyinTable? {
    try? PinyinTable.parse(text: String(decoding: bytes.dropFirst(), as: UTF8.self), file: file)
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first {
        var k = 1
        while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
