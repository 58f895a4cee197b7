import Foundation
import GRDB
import ShuoshiCore

/// How many cases each queue tab holds, for the console header.
public struct QueueCounts: Sendable, Equatable {
  public var open = 0
  public var overdue = 0
  public var byTier: [Tier: Int] = [:]
  public var today = 0
  /// 待回访 (`CaseQuery.awaitingFollowUp`).
  public var awaitingRating = 0
  public var all = 0
  public init() {}
}

extension CaseStore {
  /// Counts for every queue, in one read. Each count is answered from an index
  /// (state, tier+state, the running-deadline partial index, received_at).
  public func queueCounts(now: Date, startOfToday: Date? = nil) throws(StoreError) -> QueueCounts {
    try read { db in
      var c = QueueCounts()
      for row in try Row.fetchAll(
        db, sql: "SELECT state, COUNT(*) AS n FROM cases WHERE voided = 0 GROUP BY state")
      {
        let n: Int = row["n"]
        c.all += n
        let state = CaseState(rawValue: row["state"]) ?? .new
        if state.isOpen { c.open += n }
      }
      // 待回访: from the partial index on the due time (rows whose 回访 is not yet done).
      c.awaitingRating =
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(*) FROM cases
            WHERE \(CaseQuery.awaitingFollowUpSQL) AND +voided = 0
            """) ?? 0
      c.overdue =
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(*) FROM cases
            WHERE \(CaseState.sqlIn(CaseState.running)) AND deadline < ? AND voided = 0
            """, arguments: [Millis.from(now)]) ?? 0
      for tier in Tier.allCases {
        c.byTier[tier] =
          try Int.fetchOne(
            db,
            sql: """
              SELECT COUNT(*) FROM cases
              WHERE tier = ? AND \(CaseState.sqlIn(CaseState.open)) AND voided = 0
              """, arguments: [tier.rawValue]) ?? 0
      }
      if let startOfToday {
        c.today =
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM cases WHERE received_at >= ? AND voided = 0",
            arguments: [Millis.from(startOfToday)]) ?? 0
      }
      return c
    }
  }
}
