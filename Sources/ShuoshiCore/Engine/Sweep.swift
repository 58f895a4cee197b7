import Foundation

/// The escalation sweep: every unresolved, not-waiting case past its deadline moves up (reason
/// overdue), tier by tier: each move is effective at the deadline that passed and counts the
/// next deadline from it, until the case is no longer late or reaches `street` — so the result
/// is the same whenever the sweep runs. Cases already at `street` cannot go further; they are
/// counted, never dropped.
public struct SweepOutcome: Sendable, Equatable {
  /// Each escalation of this sweep (one per tier climbed): the case's short id and the tier
  /// it reached. A case that climbed two tiers appears twice, in order.
  public var escalated: [(id: String, to: Tier)]
  /// Short ids of overdue cases already handed up to the street office.
  public var overdueAtStreet: [String]
  /// Short ids of waits the sweep ended because their expected day passed (暂停超时).
  public var waitsExpired: [String] = []

  public init(escalated: [(id: String, to: Tier)] = [], overdueAtStreet: [String] = []) {
    self.escalated = escalated
    self.overdueAtStreet = overdueAtStreet
  }

  public var handedUp: Int { escalated.filter { $0.to == .street }.count }
  /// How many cases moved up (`escalated.count` counts the tiers climbed).
  public var escalatedCases: Int { Set(escalated.map(\.id)).count }

  public static func == (a: SweepOutcome, b: SweepOutcome) -> Bool {
    a.escalated.map(\.id) == b.escalated.map(\.id)
      && a.escalated.map(\.to) == b.escalated.map(\.to) && a.overdueAtStreet == b.overdueAtStreet
      && a.waitsExpired == b.waitsExpired
  }
}

extension CaseEngine {
  /// The escalations for one case found overdue at `now`, oldest first; empty if it is not due
  /// (not late, waiting, resolved, or at the top). Each climbs one tier, is effective at the
  /// deadline that passed (`effectiveAt`) and counts the new tier's deadline from it; they
  /// go on while that deadline has passed too, up to the street office. Depends on `now` only
  /// through "is it late", so sweeping daily or once after a long gap gives the same moves.
  public func sweepEscalations(for c: Case, now: Date) -> [EventDraft] {
    guard !c.voided, c.isOverdue(at: now) else { return [] }
    var c = c
    var drafts: [EventDraft] = []
    while let passed = c.deadline, passed < now, let next = c.tier.next {
      let due = deadline(category: c.category, tier: next, from: passed)
      let escalated = EventPayload.Escalated(
        tier: next, fromTier: c.tier, escalation: .overdue, deadline: due,
        effectiveAt: passed)
      drafts.append(EventDraft(.escalated(escalated)))
      c.tier = next
      c.deadline = due
    }
    return drafts
  }

  /// The first of `sweepEscalations(for:now:)`, or nil: one tier per sweep (the demo
  /// generator and hand-built stories, which date each move themselves).
  public func sweepEscalation(for c: Case, now: Date) -> EventDraft? {
    sweepEscalations(for: c, now: now).first
  }
}
