import Foundation
import Testing

@testable import ShuoshiCore

/// `Causality` keeps a vector clock per event instead of a set of ancestors, and `Ledger` finds
/// repeats by key and concurrent versions by binary search (issue 12, finding 5: the sets were
/// quadratic). On random histories written by three honest laptops that sync now and then,
/// the answers must be those of the straightforward pairwise definitions, kept here.
@Suite("Ledger: linear causality agrees with the pairwise definition")
struct LedgerEquivalenceTests {
  /// The ancestors of each event through its parents (parents sort earlier), as sets.
  static func ancestors(_ events: [Event]) -> [Set<Int>] {
    var index: [UUID: Int] = [:]
    for (i, e) in events.enumerated() { index[e.uuid] = i }
    var out: [Set<Int>] = []
    for e in events {
      var set = Set<Int>()
      for p in e.parents {
        guard let j = index[p], j < out.count else { continue }
        set.insert(j)
        set.formUnion(out[j])
      }
      out.append(set)
    }
    return out
  }

  /// Skipped events and conflict groups (field → sets of version uuids), pairwise.
  static func reference(_ events: [Event]) -> (Set<UUID>, Set<String>) {
    let anc = ancestors(events)
    func concurrent(_ i: Int, _ j: Int) -> Bool {
      i != j && !anc[j].contains(i) && !anc[i].contains(j)
    }
    var skipped = Set(events.filter { $0.kind == .undone }.compactMap { $0.data.target })
    var effective: [Int] = []
    for (i, e) in events.enumerated() where e.kind != .undone && !skipped.contains(e.uuid) {
      if effective.contains(where: { e.repeats(events[$0]) && concurrent($0, i) }) {
        skipped.insert(e.uuid)
      } else {
        effective.append(i)
      }
    }
    var groups = Set<String>()
    for field in LedgerField.allCases {
      let touching = effective.filter { events[$0].kind.touchedFields.contains(field) }
      var linked: [Int: Set<Int>] = [:]
      for a in touching {
        for b in touching
        where a < b && events[a].device != events[b].device && concurrent(a, b)
          && !events[a].agrees(with: events[b], on: field)
        {
          linked[a, default: []].insert(b)
          linked[b, default: []].insert(a)
        }
      }
      var seen = Set<Int>()
      for start in linked.keys.sorted() where !seen.contains(start) {
        var stack = [start]
        var group = Set<Int>()
        while let x = stack.popLast() {
          guard group.insert(x).inserted else { continue }
          stack += linked[x] ?? []
        }
        seen.formUnion(group)
        let ids = group.map { events[$0].uuid.uuidString }.sorted().joined(separator: ",")
        groups.insert("\(field.rawValue):\(ids)")
      }
    }
    return (skipped, groups)
  }

  /// Three laptops write on one case and now and then learn what another one knows.
  static func history(seed: UInt64, length: Int) -> [Event] {
    var rng = Random(state: seed)
    let caseUUID = UUID()
    let devices = ["a", "b", "c"]
    var events: [Event] = []
    var known: [[Int]] = [[], [], []]
    var seq: [Int64] = [0, 0, 0]
    func write(_ d: Int, _ kind: EventKind, _ data: EventData) {
      let named = Set(known[d].flatMap { events[$0].parents })
      let heads = known[d].map { events[$0].uuid }.filter { !named.contains($0) }
      let hlc = (known[d].map { events[$0].hlc.physical }.max() ?? 0) + 1
      seq[d] += 1
      events.append(
        Event(
          caseUUID: caseUUID, kind: kind, at: Date(), operator: devices[d], device: devices[d],
          seq: seq[d], hlc: HLC(physical: hlc), parents: heads, data: data))
      known[d].append(events.count - 1)
    }
    write(0, .created, EventData())
    known[1] = known[0]
    known[2] = known[0]
    while events.count < length {
      let d = Int(rng.next() % 3)
      var data = EventData()
      switch rng.next() % 12 {
      case 0, 1:
        let other = Int(rng.next() % 3)
        known[d] = Array(Set(known[d]).union(known[other])).sorted()
        continue
      case 2, 3:
        data.assignee = ["张", "李"][Int(rng.next() % 2)]
        write(d, .assigned, data)
      case 4:
        data.tier = [Tier.residence, .district][Int(rng.next() % 2)]
        write(d, .escalated, data)
      case 5: write(d, .reopened, data)
      case 6: write(d, .resolved, data)
      case 7:
        data.rating = [Rating.satisfied, .unsatisfied][Int(rng.next() % 2)]
        write(d, .rated, data)
      case 8:
        let target = known[d][Int(rng.next() % UInt64(known[d].count))]
        data.target = events[target].uuid
        write(d, .undone, data)
      case 9 where rng.next() % 8 == 0:
        write(d, .erased, data)
      default: write(d, .noted, data)
      }
    }
    return events.sorted(by: Event.ledgerOrder)
  }

  /// SplitMix64.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test(arguments: 1...40)
  func skippedConflictsAndErasureAgree(seed: Int) {
    let events = Self.history(seed: UInt64(seed), length: 40 + seed * 5)
    let ledger = Ledger(events)
    let (skipped, groups) = Self.reference(events)
    #expect(ledger.skipped == skipped, "seed \(seed)")
    let found = Set(
      ledger.conflicts.map {
        "\($0.field.rawValue):\($0.versions.map(\.uuid.uuidString).sorted().joined(separator: ","))"
      })
    #expect(found == groups, "seed \(seed)")
    // Erasure: every event that is not a descendant of an erasure.
    let anc = Self.ancestors(events)
    let erasures = events.indices.filter { events[$0].kind == .erased }
    let wiped = Set(
      events.indices.filter { i in
        events[i].kind != .erased && erasures.contains { !anc[i].contains($0) }
      }.map { events[$0].uuid })
    #expect(Erasure.wiped(in: events) == wiped, "seed \(seed)")
  }
}
