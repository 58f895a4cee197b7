import Foundation
import GRDB
import ShuoshiCore

/// The `meta` table: what this data directory is and which laptop writes it.
enum Meta {
  /// This laptop's letter within its site (`A` in `HJ-A-20261207-001`); absent in a data
  /// directory made before 0.2 until `shuoshi init --laptop` gives it one.
  static let laptopKey = "laptop_letter"

  static func get(_ db: Database, _ key: String) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
  }

  static func set(_ db: Database, _ key: String, _ value: String) throws {
    try db.execute(
      sql: "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
      arguments: [key, value, value])
  }

  /// Fills in identity on first open; returns what is recorded.
  static func ensure(_ db: Database, siteCode: String, laptop: String? = nil) throws -> StoreInfo {
    if try get(db, "app") == nil {
      try set(db, "app", Schema.appMarker)
      try set(db, "device_id", UUID().uuidString.lowercased())
      try set(db, "site_code", siteCode.uppercased())
      try set(db, "created_at", ISO8601DateFormatter().string(from: Date()))
      if let laptop { try set(db, laptopKey, laptop) }
    }
    return StoreInfo(
      deviceID: try get(db, "device_id") ?? "",
      siteCode: try get(db, "site_code") ?? siteCode,
      laptop: try get(db, laptopKey).flatMap { IDFormat.isLaptopLetter($0) ? $0 : nil },
      schemaVersion: Schema.latestVersion)
  }
}
