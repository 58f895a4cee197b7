import Foundation
import GRDB
import GRDBSQLite

/// What one sweep moved, counted by SQLite's page cache on the writer connection and by the
/// kernel for this process: pages that were not in the cache (read from the file or the WAL),
/// pages written (to the WAL, spills included) and spilled (written out before the commit
/// because the cache was full), and the bytes this process caused to be read from and written
/// to storage (`/proc/self/io`; page-cache hits are not counted). Page counts do not depend
/// on what else the machine runs, so before/after comparisons hold on a busy machine.
public struct SweepPages: Sendable, Equatable, Codable {
  public var missed = 0
  public var hits = 0
  public var written = 0
  public var spilled = 0
  public var storageReadBytes: Int64 = 0
  public var storageWrittenBytes: Int64 = 0

  public init() {}

  /// Counts what `body` does on `pool`'s writer connection.
  static func count<T>(on pool: DatabasePool, _ body: () throws -> T) throws -> (T, SweepPages) {
    _ = pool.writeWithoutTransaction { db in Self.read(db, reset: true) }
    let io = Self.processIO()
    let value = try body()
    var pages = pool.writeWithoutTransaction { db in Self.read(db, reset: false) }
    let after = Self.processIO()
    pages.storageReadBytes = after.read - io.read
    pages.storageWrittenBytes = after.written - io.written
    return (value, pages)
  }

  static func read(_ db: Database, reset: Bool) -> SweepPages {
    func status(_ op: Int32) -> Int {
      var current: Int32 = 0
      var highest: Int32 = 0
      _ = sqlite3_db_status(db.sqliteConnection, op, &current, &highest, reset ? 1 : 0)
      return Int(current)
    }
    var pages = SweepPages()
    pages.missed = status(SQLITE_DBSTATUS_CACHE_MISS)
    pages.hits = status(SQLITE_DBSTATUS_CACHE_HIT)
    pages.written = status(SQLITE_DBSTATUS_CACHE_WRITE)
    pages.spilled = status(SQLITE_DBSTATUS_CACHE_SPILL)
    return pages
  }

  /// `read_bytes` and `write_bytes` of `/proc/self/io`; zeros where there is none.
  private static func processIO() -> (read: Int64, written: Int64) {
    guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else {
      return (0, 0)
    }
    func field(_ name: String) -> Int64 {
      let line = text.split(separator: "\n").first { $0.hasPrefix(name + ":") }
      return line.flatMap { Int64($0.split(separator: " ").last ?? "") } ?? 0
    }
    return (field("read_bytes"), field("write_bytes"))
  }
}
