import Foundation
import GRDB

/// What the benchmark's saves moved on the writer connection, summed over the saves and read
/// per save: pages written (WAL frames of the save's commit, each also sealed by the page
/// cipher on an encrypted store) and pages read into the cache. Counted by SQLite's page
/// cache (`SweepPages`), so the figures do not depend on what else the machine runs.
public struct SavePages: Sendable, Equatable, Codable {
  public var saves = 0
  public var written = 0
  public var missed = 0
  public var hits = 0

  public init() {}

  /// Pages written per save, on average.
  public var writtenPerSave: Double { saves == 0 ? 0 : Double(written) / Double(saves) }
  /// Pages read into the cache per save, on average.
  public var missedPerSave: Double { saves == 0 ? 0 : Double(missed) / Double(saves) }
  /// Cache hits per save, on average.
  public var hitsPerSave: Double { saves == 0 ? 0 : Double(hits) / Double(saves) }

  /// Starts counting the next save on `pool`'s writer (off the clock).
  static func reset(_ pool: DatabasePool) {
    _ = pool.writeWithoutTransaction { db in SweepPages.read(db, reset: true) }
  }

  /// Adds the save counted since `reset` (off the clock).
  mutating func addSave(_ pool: DatabasePool) {
    let pages = pool.writeWithoutTransaction { db in SweepPages.read(db, reset: true) }
    saves += 1
    written += pages.written
    missed += pages.missed
    hits += pages.hits
  }
}
