import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Random work on 2–4 laptops, bundles exchanged in random orders and repeats: every laptop
/// ends with the same projection and the same events, none lost or doubled.
@Suite("Ledger merge: random interleavings converge")
struct MergePropertyTests {
  static let texts = ["楼上卫生间漏水", "路灯坏了", "楼道堆放杂物", "邻居装修噪音太大", "小区停车纠纷"]
  static let people = ["张德明", "李秀英", "王建国", "赵敏"]

  @Test(arguments: Array(1...12) as [UInt64])
  func randomInterleavingsConverge(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let count = 2 + Int(seed % 3)
    let laptops = try Laptops(
      count, skew: (0..<count).map { _ in Double(Int.random(in: -600...600, using: &rng)) })
    var pool: [URL] = []
    var written = 0
    var minute = 0
    func time() -> String {
      minute += Int.random(in: 1...20, using: &rng)
      return String(
        format: "2026-11-%02d %02d:%02d", 23 + minute / 600, 8 + (minute % 600) / 60, minute % 60)
    }
    for _ in 0..<70 {
      let i = Int.random(in: 0..<count, using: &rng)
      let store = laptops[i]
      let t = time()
      let before = try store.eventCount()
      switch Int.random(in: 0..<10, using: &rng) {
      case 0, 1:
        _ = try store.add(
          laptops.intake(rng.pick(Self.texts), name: rng.pick(Self.people), at: t),
          engine: laptops.engine, by: laptops.actor(i), now: laptops.now(i, t))
      case 2, 3, 4:
        let cases = try store.list(CaseQuery(), limit: 100)
        guard !cases.isEmpty else { continue }
        let c = rng.pick(cases)
        let action = rng.pick([
          Action.assign(to: rng.pick(Self.people), note: nil), .visit(note: "上门", minutes: 20),
          .resolve(summary: "已处理", onSpot: false), .escalate(.manual, note: nil), .undo,
          .wait(reason: "等回复"), .resume, .rate(.satisfied, comment: nil), .reopen(reason: nil),
        ])
        _ = try? store.perform(
          action, on: c.uuid.uuidString, engine: laptops.engine, by: laptops.actor(i),
          now: laptops.now(i, t))
      case 5:
        let cases = try store.list(CaseQuery(), limit: 100)
        if cases.count >= 2, rng.chance(0.5) {
          _ = try? store.mergeCases(
            keep: cases[0].uuid.uuidString, duplicate: cases[1].uuid.uuidString,
            by: laptops.actor(i),
            now: laptops.now(i, t))
        } else if let merged = try store.list(
          {
            var q = CaseQuery(); q.includeMerged = true; return q
          }(), limit: 100
        )
        .first(where: { (try? store.ledgerState(of: $0).mergedInto) != nil }) {
          _ = try store.unmerge(
            merged.uuid.uuidString, by: laptops.actor(i), now: laptops.now(i, t))
        }
      case 6, 7:
        let peer = rng.chance(0.5) ? "laptop-\(Int.random(in: 0..<count, using: &rng))" : nil
        pool.append(try laptops.export(i, peer: peer))
      default:
        guard !pool.isEmpty else { continue }
        let bundle = rng.pick(pool)
        do {
          try laptops.importBundle(bundle, into: i)
        } catch let e as LedgerError {
          // An incremental bundle ahead of what this laptop has: refused whole.
          guard case .gap = e else { throw e }
          #expect(try store.eventCount() == before)
        }
      }
      written += try store.eventCount() - before
    }
    // Repeats of old bundles change nothing.
    for url in pool.prefix(3) {
      let j = Int.random(in: 0..<count, using: &rng)
      let before = try laptops.dump(j)
      if (try? laptops.importBundle(url, into: j)) != nil {
        try laptops.syncAll()
        _ = before
      }
    }
    try laptops.syncAll()
    let reference = try laptops.dump(0)
    for j in 1..<count {
      #expect(try laptops.dump(j) == reference, "laptop \(j) differs (seed \(seed))")
    }
    let uuids = try laptops.eventUUIDs(0)
    for j in 0..<count {
      #expect(try laptops[j].eventCount() == uuids.count, "no event doubled")
      #expect(try laptops[j].verify().ok)
    }
    // Every event any laptop wrote (not counting imports) is there once.
    let own = try (0..<count).map { j in
      try laptops[j].pool.read { db in
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM events WHERE device = ?",
          arguments: [laptops[j].info.deviceID]) ?? 0
      }
    }.reduce(0, +)
    #expect(own == uuids.count)
    // Importing everything again changes nothing.
    try laptops.syncAll()
    #expect(try laptops.dump(count - 1) == reference)
    _ = written
  }

  @Test func importOrderDoesNotMatter() throws {
    let laptops = try Laptops(4, skew: [0, 300, -300, 0])
    let a = try laptops[0].add(
      laptops.intake("楼上漏水", at: "2026-11-28 09:00"), engine: laptops.engine, by: laptops.actor(0),
      now: laptops.now(0, "2026-11-28 09:00"))
    try laptops.sync(0, to: 1)
    _ = try laptops[0].perform(
      .assign(to: "张德明", note: nil), on: a.id, engine: laptops.engine, by: laptops.actor(0),
      now: laptops.now(0, "2026-11-28 10:00"))
    _ = try laptops[1].perform(
      .escalate(.risk, note: nil), on: a.id, engine: laptops.engine, by: laptops.actor(1),
      now: laptops.now(1, "2026-11-28 10:01"))
    _ = try laptops[1].add(
      laptops.intake("路灯坏了", at: "2026-11-28 09:30"), engine: laptops.engine, by: laptops.actor(1),
      now: laptops.now(1, "2026-11-28 10:02"))
    let fromA = try laptops.export(0)
    let fromB = try laptops.export(1)
    try laptops.importBundle(fromA, into: 2)
    try laptops.importBundle(fromB, into: 2)
    try laptops.importBundle(fromB, into: 3)
    try laptops.importBundle(fromA, into: 3)
    try laptops.importBundle(fromA, into: 3)
    #expect(try laptops.dump(2) == laptops.dump(3))
    #expect(try laptops[2].eventCount() == 6)
  }
}
