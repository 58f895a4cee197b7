import Foundation

/// Two or more concurrent versions of one field of a case. The version last in ledger order
/// wins in the projection until someone settles the conflict (a `settled` event).
public struct CaseConflict: Sendable, Equatable, Identifiable {
  public var caseUUID: UUID
  public var field: LedgerField
  /// The competing events, in ledger order; the last one is in effect.
  public var versions: [Event]

  public var id: String { "\(caseUUID.uuidString)/\(field.rawValue)" }
  /// The version the merged case shows.
  public var winner: Event { versions[versions.count - 1] }
}

/// Reads one case's merged history the way every laptop does: which events replay skips
/// (undone, set aside by a settlement, or concurrent repeats) and which fields conflict.
public struct Ledger: Sendable {
  public let events: [Event]
  /// Events replay does not apply.
  public let skipped: Set<UUID>
  /// Open conflicts, by field.
  public let conflicts: [CaseConflict]

  /// `events` must be in ledger order (see `Event.ledgerOrder`).
  public init(_ events: [Event]) {
    self.events = events
    let undone = Set(events.lazy.filter { $0.kind == .undone }.compactMap(\.undoneTarget))
    var skipped = undone
    for e in events where e.kind == .settled && !undone.contains(e.uuid) {
      if case .settled(let settled) = e.payload { skipped.formUnion(settled.superseded ?? []) }
    }
    guard Causality.hasSeveralDevices(events) else {
      self.skipped = skipped
      self.conflicts = []
      return
    }
    let causality = Causality(events)
    var effective: [Event] = []
    for e in events where e.kind != .undone && !skipped.contains(e.uuid) {
      if effective.contains(where: { e.repeats($0) && causality.concurrent($0.uuid, e.uuid) }) {
        skipped.insert(e.uuid)
      } else {
        effective.append(e)
      }
    }
    self.skipped = skipped
    self.conflicts = Self.conflicts(in: effective, causality: causality)
  }

  /// Events skipped by replay; the cheap path when only one laptop wrote the history.
  public static func skipped(in events: [Event]) -> Set<UUID> { Ledger(events).skipped }

  static func conflicts(in effective: [Event], causality: Causality) -> [CaseConflict] {
    var result: [CaseConflict] = []
    for field in LedgerField.allCases {
      let touching = effective.filter { $0.kind.touchedFields.contains(field) }
      guard touching.count > 1 else { continue }
      // Connected groups of pairwise concurrent, disagreeing versions.
      var group = Array(0..<touching.count)
      func root(_ i: Int) -> Int { group[i] == i ? i : root(group[i]) }
      var inConflict = Set<Int>()
      for i in 0..<touching.count {
        for j in (i + 1)..<touching.count
        where touching[i].device != touching[j].device
          && causality.concurrent(touching[i].uuid, touching[j].uuid)
          && !touching[i].agrees(with: touching[j], on: field)
        {
          group[root(j)] = root(i)
          inConflict.formUnion([i, j])
        }
      }
      var byRoot: [Int: [Event]] = [:]
      for i in inConflict.sorted() { byRoot[root(i), default: []].append(touching[i]) }
      for (_, versions) in byRoot.sorted(by: { $0.key < $1.key }) {
        result.append(
          CaseConflict(caseUUID: versions[0].caseUUID, field: field, versions: versions))
      }
    }
    return result
  }
}

/// What the ledger adds to a case beyond its projection: duplicate merges, erasure and open
/// conflicts. A pure function of the case's merged history, like `Case.replay`.
public struct CaseLedgerState: Sendable, Equatable {
  /// This case was merged, as a duplicate, into that one: hidden from queues, still findable.
  public var mergedInto: UUID?
  /// Cases merged into this one.
  public var absorbed: [UUID] = []
  /// The resident asked to be forgotten: personal fields are gone.
  public var erased = false
  public var conflicts: [CaseConflict] = []

  public init() {}

  public var hasConflict: Bool { !conflicts.isEmpty }

  /// The state `events` (in ledger order) add up to.
  public static func replay(_ events: [Event]) -> CaseLedgerState {
    let ledger = Ledger(events)
    var s = CaseLedgerState()
    s.conflicts = ledger.conflicts
    for e in events where e.kind != .undone && !ledger.skipped.contains(e.uuid) {
      switch e.payload {
      case .merged(let link):
        if let other = link.otherCase, !s.absorbed.contains(other) { s.absorbed.append(other) }
      case .mergedInto(let link):
        s.mergedInto = link.otherCase
      case .unmerged(let link):
        let other = link.otherCase
        s.absorbed.removeAll { $0 == other }
        if s.mergedInto == other { s.mergedInto = nil }
      case .erased:
        s.erased = true
      default:
        break
      }
    }
    return s
  }
}
