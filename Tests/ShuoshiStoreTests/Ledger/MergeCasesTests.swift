import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Duplicate cases merged and unmerged: reversible, visible in both histories, and the same
/// on every laptop.
@Suite("Ledger: merge of duplicate cases")
struct MergeCasesTests {
  @Test func mergeHidesTheDuplicateAndUnmergeBringsItBack() throws {
    let laptops = try Laptops(2)
    let s = laptops[0]
    let a = try s.add(
      laptops.intake("楼上漏水", name: "王大妈", at: "2026-11-28 09:00"), engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    let b = try s.add(
      laptops.intake("楼上漏水把天花板泡了", name: "李大爷", at: "2026-11-28 09:20"), engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    let (kept, merged) = try s.mergeCases(
      keep: a.id, duplicate: b.id, by: laptops.actor(0), now: Date())
    #expect(kept.id == a.id && merged.id == b.id)
    #expect(try s.list(CaseQuery()).map(\.id) == [a.id])
    var all = CaseQuery()
    all.includeMerged = true
    #expect(Set(try s.list(all).map(\.id)) == [a.id, b.id])
    #expect(try s.find(b.id).uuid == b.uuid)  // still findable
    #expect(try s.history(of: a).last?.kind == .merged)
    #expect(try s.history(of: b).last?.kind == .mergedInto)
    #expect(try s.mergeLinks(of: a).absorbed == [b.id])
    #expect(try s.mergeLinks(of: b).mergedInto == a.id)
    #expect(throws: LedgerError.alreadyMerged(id: b.id, into: a.id)) {
      try s.mergeCases(keep: a.id, duplicate: b.id, by: laptops.actor(0), now: Date())
    }
    // A merged duplicate is not swept up a tier.
    _ = try s.sweep(
      engine: laptops.engine, by: Actor("系统"), now: EngineFixture.at("2026-12-20 10:00"))
    #expect(try s.find(b.id).escalations == 0)
    // The sweep ran at a fixture time ahead of the real clock: the import runs then too
    // (else the sweep's events are past the clock skew and refused).
    let later = EngineFixture.at("2026-12-20 10:05")
    try laptops.importBundle(try laptops.export(0), into: 1, now: later)
    #expect(try laptops[1].list(CaseQuery()).map(\.id) == [a.id])

    _ = try laptops[1].unmerge(b.id, by: laptops.actor(1), now: Date())
    #expect(Set(try laptops[1].list(CaseQuery()).map(\.id)) == [a.id, b.id])
    let kindsOfA = try laptops[1].history(of: a).map(\.kind)
    #expect(kindsOfA.contains(.merged) && kindsOfA.last == .unmerged)
    #expect(try laptops[1].history(of: b).map(\.kind).suffix(2) == [.mergedInto, .unmerged])
    try laptops.importBundle(try laptops.export(1), into: 0, now: later)
    #expect(try laptops.dump(0) == laptops.dump(1))
    #expect(throws: LedgerError.notMerged(id: b.id)) {
      try s.unmerge(b.id, by: laptops.actor(0), now: Date())
    }
    #expect(try s.verify().ok)
  }

  @Test func mergeIntoItselfIsRefused() throws {
    let laptops = try Laptops(1)
    let a = try laptops[0].add(
      laptops.intake("楼上漏水", at: "2026-11-28 09:00"), engine: laptops.engine, by: laptops.actor(0),
      now: Date())
    #expect(throws: LedgerError.sameCase(id: a.id)) {
      try laptops[0].mergeCases(keep: a.id, duplicate: a.id, by: laptops.actor(0), now: Date())
    }
  }
}
