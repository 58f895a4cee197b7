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
    // A repeat is skipped when an earlier effective event with its key is concurrent, i.e.
    // beyond what its writer had seen of that event's device: kept per key as the highest
    // sequence number per device, so each event costs one lookup, not a scan.
    var effective: [Int] = []
    var highest: [String: [Int: Int64]] = [:]
    for (i, e) in events.enumerated() where e.kind != .undone && !skipped.contains(e.uuid) {
      if let key = e.repeatKey {
        let seen = highest[key, default: [:]]
        if seen.contains(where: { d, seq in seq > causality.clock(i, device: d) }) {
          skipped.insert(e.uuid)
          continue
        }
        highest[key, default: [:]][causality.deviceIndex[i]] = max(
          seen[causality.deviceIndex[i]] ?? 0, e.seq)
      }
      effective.append(i)
    }
    self.skipped = skipped
    self.conflicts = Self.conflicts(in: effective, causality: causality)
  }

  /// Events skipped by replay; the cheap path when only one laptop wrote the history.
  public static func skipped(in events: [Event]) -> Set<UUID> { Ledger(events).skipped }

  /// Connected groups of pairwise concurrent, disagreeing versions of each field. The events
  /// of another device concurrent with one event are those past what its writer had seen of
  /// that device: a run at the end of that device's list, found by binary search. The run is
  /// short (what was written between two syncs); only laptops that each wrote thousands of
  /// versions of one field without syncing make this quadratic again, in those versions.
  static func conflicts(in effective: [Int], causality: Causality) -> [CaseConflict] {
    let events = causality.events
    var result: [CaseConflict] = []
    for field in LedgerField.allCases {
      let touching = effective.filter { events[$0].kind.touchedFields.contains(field) }
      guard touching.count > 1 else { continue }
      var group = Array(0..<touching.count)
      func root(_ i: Int) -> Int {
        var r = i
        while group[r] != r { r = group[r] }
        var k = i
        while group[k] != r {
          let next = group[k]
          group[k] = r
          k = next
        }
        return r
      }
      var inConflict = Set<Int>()
      var byDevice: [Int: [Int]] = [:]  // device → positions in `touching`, in order
      for (pos, j) in touching.enumerated() {
        let e = events[j]
        for (d, positions) in byDevice where d != causality.deviceIndex[j] {
          let seen = causality.clock(j, device: d)
          var lo = 0
          var hi = positions.count
          while lo < hi {
            let mid = (lo + hi) / 2
            if events[touching[positions[mid]]].seq > seen { hi = mid } else { lo = mid + 1 }
          }
          for p in positions[lo...] where !events[touching[p]].agrees(with: e, on: field) {
            group[root(pos)] = root(p)
            inConflict.formUnion([p, pos])
          }
        }
        byDevice[causality.deviceIndex[j], default: []].append(pos)
      }
      var byRoot: [Int: [Int]] = [:]
      for p in inConflict.sorted() { byRoot[root(p), default: []].append(p) }
      // Groups in the order of their first version.
      for positions in byRoot.values.sorted(by: { $0[0] < $1[0] }) {
        let versions = positions.map { events[touching[$0]] }
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
