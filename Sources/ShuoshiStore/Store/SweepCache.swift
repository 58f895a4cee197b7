import GRDB

/// A page cache sized to a big sweep for the length of its transaction. With SQLite's default
/// (2,000 KiB, 500 pages) a catch-up over thousands of cases dirties more pages than the cache
/// holds: SQLite spills them to the WAL before the commit, reads them back when the next case
/// touches the same index page, and writes them again. Sized to the work and capped; the
/// connection's own size comes back after.
enum SweepCache {
  /// KiB of cache per due case: about the pages one escalated case reads and dirties (its row,
  /// its history's end, some eight index entries of `cases` and three of `events` per tier).
  static let kibPerCase = 64
  /// At most this much (KiB) for one sweep, however many cases are due.
  static let maxKiB = 256 * 1024

  static func enlarged<T>(for cases: Int, _ db: Database, _ body: () throws -> T) throws -> T {
    let wanted = min(maxKiB, cases * kibPerCase)
    let before = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    // A negative size is KiB, a positive one pages.
    let pageKiB = (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096) / 1024
    let current = before < 0 ? -before : before * pageKiB
    guard wanted > current else { return try body() }
    try db.execute(sql: "PRAGMA cache_size = -\(wanted)")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(before)") }
    return try body()
  }
}
