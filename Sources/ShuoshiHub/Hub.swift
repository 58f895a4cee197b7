import Crypto
import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// The street office hub: every enrolled laptop's events in PostgreSQL, checked as a bundle
/// is, served back to each laptop within its unit. One place for each rule; the HTTP routes
/// (`HubServer`) and the `shuoshi-hub` commands only call it.
public final class Hub: Sendable {
  public let db: HubDatabase
  /// The hub's own identity in the batches it sends (a device id and site code, as a laptop
  /// has; the hub writes no events of its own).
  public let device: String
  public static let site = "HUB"
  /// How far ahead of the hub's clock a pushed event's clock may read.
  public let clockSkew: TimeInterval

  /// Opens a hub on `db`, applying the migrations not yet applied.
  public static func open(
    _ db: HubDatabase, clockSkew: TimeInterval = BundleLimits.defaultClockSkew
  )
    async throws -> Hub
  {
    try await HubSchema.migrate(db)
    try await HubReportFactsTable.backfill(db)
    let fresh = UUID().uuidString.lowercased()
    try await db.client.query(
      "INSERT INTO hub_meta (key, value) VALUES ('device', \(fresh)) ON CONFLICT (key) DO NOTHING")
    var device = fresh
    for try await value in try await db.client.query(
      "SELECT value FROM hub_meta WHERE key = 'device'"
    ).decode(String.self) {
      device = value
    }
    return Hub(db: db, device: device, clockSkew: clockSkew)
  }

  init(db: HubDatabase, device: String, clockSkew: TimeInterval) {
    self.db = db
    self.device = device
    self.clockSkew = clockSkew
  }

  /// The migrations applied to this hub's database.
  public func migrations() async throws -> [String] { try await HubSchema.applied(db) }

  /// SHA-256 of a secret (token or enrolment code): only this is stored.
  static func digest(_ secret: String) -> Data { Data(SHA256.hash(data: Data(secret.utf8))) }

  /// A random secret of `bytes` bytes, as lowercase hex.
  static func secret(bytes: Int) -> String {
    var rng = SystemRandomNumberGenerator()
    return Hex.encode(Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &rng) }))
  }
}
