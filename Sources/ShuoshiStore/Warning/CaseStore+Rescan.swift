import Foundation
import GRDB
import ShuoshiCore

/// What a re-scan did.
public struct WarningRescanReport: Sendable, Equatable {
  /// Cases read (received within the scan's days), matters found (two or more linked cases),
  /// and warnings raised or raised further.
  public var cases = 0
  public var matters = 0
  public var raised = 0
  /// Pairs of cases compared: only pairs sharing a key (compound, building, party), within
  /// the window and `WarningRules.maxCandidates` back (`MatterLinkClusters`).
  public var pairs = 0
}

/// Where a re-scan's time went, phase by phase (milliseconds), for the benchmark.
public struct WarningRescanPhases: Sendable {
  public var read = 0.0
  public var profiles = 0.0
  public var keys = 0.0
  public var compare = 0.0
  public var settle = 0.0
}

extension CaseStore {
  /// Rebuilds linking from the cases received in the `days` before `now`: their keys and
  /// profiles, their matters, and a warning for each matter at 黄 or above (raised again only
  /// where it grew or rose). Warnings already in the log stay as they are. In bulk: one read
  /// of the window's cases (the columns a profile needs), profiles derived on every core,
  /// matters clustered in memory, and the tables written in the same one transaction.
  public func rescanWarnings(
    rules: WarningRules, days: Int = 90, by actor: Actor, now: Date
  ) throws(StoreError) -> WarningRescanReport {
    try rescanWarningsTimed(rules: rules, days: days, by: actor, now: now).report
  }

  /// `rescanWarnings`, and where its time went (`shuoshi bench warnings`).
  public func rescanWarningsTimed(
    rules: WarningRules, days: Int = 90, by actor: Actor, now: Date
  ) throws(StoreError) -> (report: WarningRescanReport, phases: WarningRescanPhases) {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try write { db in
      // Every key of the window is rewritten in one transaction: a cache sized like a big
      // sweep's keeps SQLite from spilling dirty index pages to the WAL and reading them back.
      try SweepCache.enlarged(for: SweepCache.maxKiB / SweepCache.kibPerCase, db) {
        var phases = WarningRescanPhases()
        let report = try rescan(rules: rules, days: days, by: actor, now: now, &phases, db)
        return (report, phases)
      }
    }
  }

  private func rescan(
    rules: WarningRules, days: Int, by actor: Actor, now: Date,
    _ phases: inout WarningRescanPhases, _ db: Database
  ) throws -> WarningRescanReport {
    let since = Millis.from(now) - Int64(days) * 86_400_000
    let ((nums, cases), readMs) = try Stopwatch.ms {
      try db.execute(
        sql: "DELETE FROM matter_keys; DELETE FROM matter_clusters; DELETE FROM matter_profiles;")
      return try Self.linkableCases(since: since, db)
    }
    phases.read = readMs
    let (profiles, profileMs) = Stopwatch.ms { Self.profiles(of: cases) }
    phases.profiles = profileMs
    phases.keys = try Stopwatch.ms {
      for (num, p) in zip(nums, profiles) { try WarningUpkeep.insertKeys(p, num: num, db) }
    }.1
    // Everything in the window is linked now, the cases saves left marked included.
    try db.execute(
      sql:
        "DELETE FROM matter_pending WHERE num IN (SELECT num FROM cases WHERE received_at >= ?)",
      arguments: [since])
    var numOf: [UUID: Int64] = [:]
    numOf.reserveCapacity(nums.count)
    for (num, p) in zip(nums, profiles) { numOf[p.caseUUID] = num }
    let (found, compareMs) = Stopwatch.ms {
      MatterLinkClusters.find(profiles, linker: MatterLinker(rules: rules))
    }
    phases.compare = compareMs
    let upkeep = WarningUpkeep(rules: rules, device: info.deviceID, actor: actor, now: now)
    var report = WarningRescanReport(
      cases: cases.count, matters: found.clusters.count, pairs: found.compared)
    let settleStart = DispatchTime.now().uptimeNanoseconds
    defer {
      phases.settle = Double(DispatchTime.now().uptimeNanoseconds - settleStart) / 1_000_000
    }
    let window = Double(rules.windowDays) * 86_400
    // As at the saves, in time order: each case settles the matter up to it (the window
    // before it), so a long chain of links gives the warnings its bursts gave.
    for members in found.clusters {
      var raised = Set<UUID>()
      var first = 0
      for (i, c) in members.enumerated() where i > 0 {
        while c.receivedAt.timeIntervalSince(members[first].receivedAt) > window { first += 1 }
        // Only the largest window of each burst: the next case would leave its first behind.
        if i + 1 < members.count,
          members[i + 1].receivedAt.timeIntervalSince(members[first].receivedAt) <= window
        {
          continue
        }
        guard i > first else { continue }
        let upTo = Array(members[first...i])
        let outcome = try upkeep.settle(
          upTo, nums: Set(upTo.compactMap { numOf[$0.caseUUID] }), db)
        if outcome.raised, let w = outcome.warning { raised.insert(w) }
      }
      report.raised += raised.count
    }
    return report
  }

  /// The cases received since `since` that linking reads (not voided, not merged away), in
  /// row order, read once as the columns a profile is made from.
  static func linkableCases(since: Int64, _ db: Database) throws -> ([Int64], [Case]) {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT \(WarningCandidateRows.columns) FROM cases WHERE received_at >= ? AND voided = 0
          AND uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)
        ORDER BY num
        """, arguments: [since])
    let decoder = JSONDecoder()
    var nums: [Int64] = []
    var cases: [Case] = []
    while let row = try rows.next() {
      nums.append(row[0])
      cases.append(WarningCandidateRows.linkable(row, decoder: decoder))
    }
    return (nums, cases)
  }

  /// The profiles of `cases`, derived on every core (pure: each from its case alone).
  static func profiles(of cases: [Case]) -> [MatterLinkProfile] {
    guard !cases.isEmpty else { return [] }
    let parts = min(cases.count, 2 * max(1, ProcessInfo.processInfo.activeProcessorCount))
    var out = [MatterLinkProfile?](repeating: nil, count: cases.count)
    out.withUnsafeMutableBufferPointer { buffer in
      // Each part writes only its own slots.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        var i = part * cases.count / parts
        let end = (part + 1) * cases.count / parts
        while i < end {
          slots[i] = MatterLinkProfile(cases[i])
          i += 1
        }
      }
    }
    return out.map { $0! }
  }
}
