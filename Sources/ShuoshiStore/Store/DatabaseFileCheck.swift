import Foundation
import GRDB

/// Refuses files that are not ours before SQLite (or a migration) could touch them.
enum DatabaseFileCheck {
  static let sqliteHeader = Array("SQLite format 3\0".utf8)

  static func verifyHeader(atPath path: String) throws(StoreError) {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw .readOnly(path: path) }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { throw .emptyFile(path: path) }
    if Array(head) != sqliteHeader { throw .notADatabase(path: path) }
  }

  /// A non-empty SQLite file must carry our marker in `meta`. Checked through a read-only
  /// connection, before the pool would switch the file to WAL mode (a write).
  static func verifyOurs(path: String) throws {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(15)
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    let ours = try queue.read { db -> Bool in
      let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type='table'")
      if tables.isEmpty { return true }
      guard tables.contains("meta") else { return false }
      let app = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'app'")
      if app == nil, tables.contains("grdb_migrations") {
        // A creation cut short (a full disk) after our first migrations, before the marker:
        // ours, to be finished, not refused as another program's.
        return try Bool.fetchOne(
          db,
          sql: "SELECT EXISTS(SELECT 1 FROM grdb_migrations WHERE identifier = 'v1-events-cases')"
        ) ?? false
      }
      return app == Schema.appMarker
    }
    if !ours { throw StoreError.foreignDatabase(path: path) }
  }
}
