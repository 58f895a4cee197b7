import Foundation
import GRDB
import ShuoshiCore

/// The full sweep alone, on a data directory the caller prepared (`shuoshi bench sweep`): no
/// saves before it and no copy made by the benchmark, so a profiler attached to the process
/// sees the sweep and little else. Each sample opens the store afresh (a cold SQLite cache
/// over the file as the kernel holds it, like `StoreBenchmark.fullSweep`), sweeps inside one
/// transaction timed on its own, then rolls it back — the directory is left as it was, so
/// samples repeat — or commits it (`commit`: once, on a copy), the commit timed apart.
public struct SweepTrial {
  public let directory: DataDirectory
  public let engine: CaseEngine
  /// When the sweep runs (the laptop back after its days off).
  public let now: Date
  public var encryption: StoreEncryption?

  public init(
    directory: DataDirectory, engine: CaseEngine, now: Date, encryption: StoreEncryption? = nil
  ) {
    self.directory = directory
    self.engine = engine
    self.now = now
    self.encryption = encryption
  }

  /// One sample: what the sweep did, its time inside the transaction, the time of the commit
  /// or rollback after it, and the pages the whole of it moved.
  public struct Sample: Sendable {
    public var outcome: SweepOutcome
    public var sweepMs: Double
    public var endMs: Double
    public var pages: SweepPages
  }

  public func sample(commit: Bool) throws -> Sample {
    let store = try CaseStore.open(directory, create: false, encryption: encryption)
    let now = Millis.truncate(now)
    var outcome = SweepOutcome()
    var sweepMs = 0.0
    let ((_, totalMs), pages) = try SweepPages.count(on: store.pool) {
      try Stopwatch.ms {
        try store.pool.writeWithoutTransaction { db in
          try db.inTransaction {
            (outcome, sweepMs) = try Stopwatch.ms {
              try store.sweep(engine: engine, by: Actor("bench"), now: now, db)
            }
            return commit ? .commit : .rollback
          }
        }
      }
    }
    return Sample(outcome: outcome, sweepMs: sweepMs, endMs: totalMs - sweepMs, pages: pages)
  }

  /// The samples as the benchmark table's rows: the sweep in its transaction (named with the
  /// cases moved and the tiers climbed), then the commit or rollback.
  public static func timings(_ samples: [Sample], days: Int, commit: Bool) -> [Timings] {
    let last = samples.last?.outcome ?? SweepOutcome()
    return [
      Timings(
        name:
          "sweep after \(days) days off, in its transaction (\(last.escalatedCases) cases, \(last.escalated.count) tiers)",
        samplesMs: samples.map(\.sweepMs)),
      Timings(name: commit ? "its commit" : "its rollback", samplesMs: samples.map(\.endMs)),
    ]
  }
}
