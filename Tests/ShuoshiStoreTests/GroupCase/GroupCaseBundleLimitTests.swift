import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A hand-made bundle may attach thousands of children to one group case; beyond
/// `CaseEngine.maxGroupChildren` (500) the bundle is refused whole, as a local 合并 is.
@Suite("Group case size across laptops")
struct GroupCaseBundleLimitTests {
  @Test func linksThatWouldGiveAGroupCaseMoreThan500ChildrenAreRefused() throws {
    let laptops = try Laptops(2)
    let now = Date()
    // Cases with no place or party: nothing to link, so the 501 saves stay quick.
    let cases = try (0..<501).map { i in
      try laptops[0].add(
        Intake(
          resident: Resident(name: "居民\(i)", phone: String(format: "139%08d", i)),
          text: "第\(i)号反映的事项", receivedAt: EngineFixture.at("2026-12-01 09:00")),
        engine: laptops.engine, by: laptops.actor(0), now: now, route: false)
    }
    func group(_ part: ArraySlice<Case>) throws -> Case {
      try laptops[0].formGroup(
        GroupCaseRequest(children: part.map(\.id), summary: "同类事项"), engine: laptops.engine,
        by: laptops.actor(0), now: now)
    }
    let first = try group(cases[0..<300])
    let second = try group(cases[300...])
    // The second group's 201 links are rewritten to name the first group case: 501 children.
    let problem = try GroupCaseBundleTests().refused(laptops) { f in
      for i in f.payload.events.indices where f.payload.events[i].kind == EventKind.grouped.rawValue
      {
        try f.editData(i) { d in
          if d.otherCase == second.uuid { d.otherCase = first.uuid }
        }
      }
    }
    #expect(problem == .groupTooLarge(count: 501, max: 500))
    #expect(
      BundleFieldProblem.groupTooLarge(count: 501, max: 500).message(.zh).contains("最多 500 件"))
  }
}
