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
  /// Counts for every queue, in one read, each the count of the tab's query (`count`: from
  /// indexes, voided and merged cases left out as the tabs leave them out).
  public func queueCounts(now: Date, startOfToday: Date? = nil) throws(StoreError) -> QueueCounts {
    try read { db in
      var c = QueueCounts()
      c.all = try count(CaseQuery(), db)
      c.open = try count(.open, db)
      var awaiting = CaseQuery()
      awaiting.awaitingFollowUp = true
      c.awaitingRating = try count(awaiting, db)
      var overdue = CaseQuery()
      overdue.overdueAt = now
      c.overdue = try count(overdue, db)
      for tier in Tier.allCases {
        var q = CaseQuery.open
        q.tiers = [tier]
        c.byTier[tier] = try count(q, db)
      }
      if let startOfToday {
        var q = CaseQuery()
        q.receivedFrom = startOfToday
        c.today = try count(q, db)
      }
      return c
    }
  }
}
