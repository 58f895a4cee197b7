import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Concurrent changes of one field on two laptops: a deterministic winner, the case marked,
/// both versions in its history, settled by an event.
@Suite("Ledger conflicts")
struct ConflictTests {
  /// A case taken in on laptop 0 and copied to laptop 1.
  func shared(_ laptops: Laptops) throws -> Case {
    let c = try laptops[0].add(
      laptops.intake("楼上卫生间漏水", at: "2026-11-28 09:00"), engine: laptops.engine,
      by: laptops.actor(0), now: laptops.now(0, "2026-11-28 09:00"))
    try laptops.sync(0, to: 1)
    return c
  }

  func act(_ laptops: Laptops, _ i: Int, _ action: Action, _ id: String, at t: String) throws {
    _ = try laptops[i].perform(
      action, on: id, engine: laptops.engine, by: laptops.actor(i), now: laptops.now(i, t))
  }

  @Test func twoAssignmentsConflictAndTheLaterWinsEverywhere() throws {
    let laptops = try Laptops(2)
    let c = try shared(laptops)
    try act(laptops, 0, .assign(to: "张德明", note: nil), c.id, at: "2026-11-28 10:00")
    try act(laptops, 1, .assign(to: "李秀英", note: nil), c.id, at: "2026-11-28 10:05")
    try laptops.sync(0, to: 1)
    try laptops.sync(1, to: 0)
    #expect(try laptops.dump(0) == laptops.dump(1))
    for i in 0..<2 {
      let merged = try laptops[i].find(c.id)
      #expect(merged.assignee == "李秀英")  // later in ledger order
      let conflicts = try laptops[i].conflicts()
      #expect(conflicts.count == 1)
      #expect(conflicts[0].conflict.field == .assignee)
      #expect(conflicts[0].conflict.versions.map(\.data.assignee) == ["张德明", "李秀英"])
      let history = try laptops[i].history(of: merged)
      #expect(history.filter { $0.kind == .assigned }.count == 2)
      var q = CaseQuery()
      q.conflictsOnly = true
      #expect(try laptops[i].list(q).map(\.id) == [c.id])
    }
    // Settling is an event; it travels like any other and ends the conflict everywhere.
    let settled = try laptops[0].settle(
      c.id, keep: "1", by: laptops.actor(0), now: laptops.now(0, "2026-11-28 11:00"))
    #expect(settled.assignee == "张德明")
    #expect(try laptops[0].conflicts().isEmpty)
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].conflicts().isEmpty)
    #expect(try laptops[1].find(c.id).assignee == "张德明")
    #expect(try laptops.dump(0) == laptops.dump(1))
    // Undo of the settlement brings the conflict back.
    try act(laptops, 1, .undo, c.id, at: "2026-11-28 11:30")
    #expect(try laptops[1].conflicts().count == 1)
    #expect(try laptops[1].verify().ok)
  }

  @Test func resolvedOnOneEscalatedOnTheOther() throws {
    let laptops = try Laptops(2, skew: [0, 120])
    let c = try shared(laptops)
    try act(laptops, 0, .resolve(summary: "当场调解", onSpot: true), c.id, at: "2026-11-28 10:00")
    try act(laptops, 1, .escalate(.risk, note: "有冲突风险"), c.id, at: "2026-11-28 10:00")
    // Opposite import orders on the two laptops.
    let a = try laptops.export(0)
    let b = try laptops.export(1)
    try laptops.importBundle(a, into: 1)
    try laptops.importBundle(b, into: 0)
    #expect(try laptops.dump(0) == laptops.dump(1))
    let merged = try laptops[0].find(c.id)
    // Laptop 1's clock is two minutes ahead: its escalation is later and in effect.
    #expect(merged.state == .new)
    #expect(merged.tier == .residence)
    let conflicts = try laptops[0].conflicts()
    #expect(conflicts.map(\.conflict.field) == [.state])
    #expect(conflicts[0].conflict.versions.map(\.kind) == [.resolved, .escalated])
    // Keep the resolution: the escalation is set aside, not deleted.
    let kept = try laptops[1].settle(
      c.id, keep: String(conflicts[0].conflict.versions[0].uuid.uuidString.prefix(8)),
      by: laptops.actor(1), now: laptops.now(1, "2026-11-28 12:00"))
    #expect(kept.state == .resolved)
    #expect(kept.tier == .household)
    #expect(try laptops[1].history(of: kept).contains { $0.kind == .escalated })
  }

  @Test func concurrentSweepsEscalateOnce() throws {
    let laptops = try Laptops(2)
    let c = try laptops[0].add(
      laptops.intake("楼上噪音", at: "2026-11-23 10:00"), engine: laptops.engine,
      by: laptops.actor(0), now: laptops.now(0, "2026-11-23 10:00"))
    try laptops.sync(0, to: 1)
    for i in 0..<2 {
      _ = try laptops[i].sweep(
        engine: laptops.engine, by: Actor("系统"), now: laptops.now(i, "2026-11-27 12:00"))
    }
    try laptops.syncAll()
    let merged = try laptops[1].find(c.id)
    #expect(merged.escalations == 1)
    #expect(merged.tier == .residence)
    #expect(try laptops[1].conflicts().isEmpty)
    #expect(try laptops.dump(0) == laptops.dump(1))
  }

  @Test func sequentialChangesAreNoConflict() throws {
    let laptops = try Laptops(2)
    let c = try shared(laptops)
    try act(laptops, 0, .assign(to: "张德明", note: nil), c.id, at: "2026-11-28 10:00")
    try laptops.sync(0, to: 1)
    try act(laptops, 1, .assign(to: "李秀英", note: nil), c.id, at: "2026-11-28 10:05")
    try laptops.sync(1, to: 0)
    #expect(try laptops[0].conflicts().isEmpty)
    #expect(try laptops[0].find(c.id).assignee == "李秀英")
  }
}
