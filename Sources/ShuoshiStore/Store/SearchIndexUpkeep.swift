import GRDB

/// FTS5 merges its index segments off the save path. By default FTS5 merges during the commit
/// that fills a level ("automerge"), and at 1,000,000 cases such a commit took 20–35 ms instead
/// of ~2 ms — the p99 of a durable save. Migration `v5-search-merge-idle` turns automerge off
/// for both search tables; `merge` does the same work in small steps when the store's owner is
/// idle (`CaseStore.maintain`). FTS5's crisis merge (16 segments on one level) still bounds the
/// number of segments if a store is never idle.
enum SearchIndexUpkeep {
  static let identifier = "v5-search-merge-idle"
  static let tables = ["cases_fts", "cases_fts_short"]

  static func migrate(_ db: Database) throws {
    for table in tables {
      try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('automerge', 0)")
    }
  }

  /// One bounded step of merging: about `pages` leaf pages per table, only where a level holds
  /// at least FTS5's `usermerge` (4) segments, so an idle call on a merged index writes nothing.
  static func merge(pages: Int = 64, _ db: Database) throws {
    for table in tables {
      try db.execute(
        sql: "INSERT INTO \(table)(\(table), rank) VALUES('merge', ?)", arguments: [pages])
    }
  }
}
