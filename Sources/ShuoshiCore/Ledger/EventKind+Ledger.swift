/// What a concurrent change can disagree on.
public enum LedgerField: String, Codable, CaseIterable, Sendable {
  case assignee, state, tier, rating

  /// The field's name for people.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.assignee, .zh): return "承办人"
    case (.state, .zh): return "状态"
    case (.tier, .zh): return "层级"
    case (.rating, .zh): return "评价"
    case (_, .en): return rawValue
    }
  }
}

extension EventKind {
  /// Kinds an `undo` may compensate. Audit, merge and erasure events have their own reverse
  /// (or none): `unmerge`, never undoing an erasure or a reveal.
  public var isUndoable: Bool {
    switch self {
    case .created, .triaged, .undone, .revealed, .merged, .mergedInto, .unmerged, .erased: false
    default: true
    }
  }

  /// The case fields an event of this kind sets: two concurrent events setting one field
  /// differently are a conflict.
  public var touchedFields: Set<LedgerField> {
    switch self {
    case .assigned: [.assignee]
    case .escalated: [.tier, .state, .assignee]
    case .retiered: [.tier]
    case .resolved, .waiting, .resumed, .reopened: [.state]
    case .rated: [.state, .rating]
    // 退单 puts the case back to 待派单: owner, state and perhaps tier.
    case .returned: [.tier, .state, .assignee]
    default: []
    }
  }
}

extension Event {
  /// True when two events set `field` to the same value (concurrent agreement, no conflict).
  func agrees(with other: Event, on field: LedgerField) -> Bool {
    switch field {
    case .assignee:
      return assigneeAfter == other.assigneeAfter
    case .tier:
      return tierAfter == other.tierAfter
    case .state:
      return kind == other.kind
    case .rating:
      return ratingGiven == other.ratingGiven
    }
  }

  /// The assignee this event leaves (an escalation hands the case to the next tier).
  var assigneeAfter: String? {
    switch payload {
    case .assigned(let a): return a.assignee
    case .escalated(let e): return e.assignee
    default: return nil
    }
  }

  /// The tier this event sets, if it sets one.
  var tierAfter: Tier? {
    switch payload {
    case .created(let c): return c.tier
    case .triaged(let t): return t.tier
    case .retiered(let r): return r.tier
    case .escalated(let e): return e.tier
    case .returned(let r): return r.tier
    default: return nil
    }
  }

  /// The rating of a `rated` event.
  var ratingGiven: Rating? {
    guard case .rated(let r) = payload else { return nil }
    return r.rating
  }

  /// A concurrent repeat of `earlier` with the same effect: two sweeps escalating the same
  /// case to the same tier, two workers assigning the same person. Replay applies it once.
  func repeats(_ earlier: Event) -> Bool { repeatKey != nil && repeatKey == earlier.repeatKey }

  /// Equal for two events of which the later repeats the earlier (same kind and value); nil
  /// for kinds that never repeat. Lets `Ledger` find repeats by lookup instead of comparing
  /// every pair of events.
  var repeatKey: String? {
    switch kind {
    case .escalated: "escalated/\(tierAfter?.rawValue ?? "")"
    case .assigned: assigneeAfter.map { "assigned/\($0)" } ?? "assigned"
    case .reopened: "reopened"
    // Two laptops' sweeps ending the same wait, or extending at the same tier: once.
    case .resumed:
      if case .resumed(let r) = payload, r.expired == true {
        "resumed/expired/\(r.effectiveAt?.timeIntervalSince1970 ?? 0)"
      } else {
        nil
      }
    case .extended:
      if case .extended(let x) = payload { "extended/\(x.tier?.rawValue ?? "")" } else { nil }
    default: nil
    }
  }
}
