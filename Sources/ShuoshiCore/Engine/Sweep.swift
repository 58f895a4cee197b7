import Foundation

/// The escalation sweep: every unresolved, not-waiting case past its deadline moves up one
/// tier (reason overdue) with a new deadline from now. Cases already at `street` cannot go
/// further; they are counted, never dropped.
public struct SweepOutcome: Sendable, Equatable {
  /// Short ids of cases escalated in this sweep, with the tier they reached.
  public var escalated: [(id: String, to: Tier)]
  /// Short ids of overdue cases already handed up to the street office.
  public var overdueAtStreet: [String]

  public init(escalated: [(id: String, to: Tier)] = [], overdueAtStreet: [String] = []) {
    self.escalated = escalated
    self.overdueAtStreet = overdueAtStreet
  }

  public var handedUp: Int { escalated.filter { $0.to == .street }.count }

  public static func == (a: SweepOutcome, b: SweepOutcome) -> Bool {
    a.escalated.map(\.id) == b.escalated.map(\.id)
      && a.escalated.map(\.to) == b.escalated.map(\.to) && a.overdueAtStreet == b.overdueAtStreet
  }
}

extension CaseEngine {
  /// The escalation for one case found overdue at `now`, or nil if it is not due (already
  /// escalated, waiting, resolved, or at the top).
  public func sweepEscalation(for c: Case, now: Date) -> EventDraft? {
    guard c.isOverdue(at: now), let next = c.tier.next else { return nil }
    return escalation(of: c, to: next, reason: .overdue, note: nil, now: now)
  }
}
