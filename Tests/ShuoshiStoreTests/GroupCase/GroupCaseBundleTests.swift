import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Group links travel between laptops as events: a group formed on one laptop shows on the
/// other, a removal there comes back; a bundle whose link names a case nobody has, or makes a
/// case its own parent, is refused whole.
@Suite("Group cases across laptops")
struct GroupCaseBundleTests {
  func formGroup(_ laptops: Laptops) throws -> (parent: Case, children: [Case]) {
    let now = Date()
    let children = try (1...3).map { i in
      try laptops[0].add(
        laptops.intake(
          "工地拖欠工资，第\(i)位工人反映", name: "工人\(i)", phone: "1391234000\(i)", at: "2026-12-01 09:00"),
        engine: laptops.engine, by: laptops.actor(0), now: now, route: false)
    }
    let parent = try laptops[0].formGroup(
      GroupCaseRequest(children: children.map(\.id), summary: "同一工地拖欠农民工工资"),
      engine: laptops.engine, by: laptops.actor(0), now: now)
    return (parent, children)
  }

  @Test func aGroupFormedOnOneLaptopShowsOnTheOtherAndARemovalComesBack() throws {
    let laptops = try Laptops(2)
    let (parent, children) = try formGroup(laptops)
    try laptops.sync(0, to: 1)
    let there = try laptops[1].find(parent.id)
    #expect(try laptops[1].groupChildren(of: there).map(\.id) == children.map(\.id))
    _ = try laptops[1].removeFromGroup(
      children: [children[2].id], reason: "不是同一工地", by: laptops.actor(1), now: Date())
    try laptops.sync(1, to: 0)
    #expect(try laptops[0].groupChildren(of: parent).map(\.id) == Array(children[0..<2]).map(\.id))
    #expect(try laptops[0].verify().ok)
    #expect(try laptops[1].verify().ok)
  }

  func refused(_ laptops: Laptops, _ edit: (inout BundleForge) throws -> Void) throws
    -> BundleFieldProblem?
  {
    var forge = try BundleForge(try laptops.export(0))
    try edit(&forge)
    let url = laptops.root.url.appendingPathComponent("forged-\(UUID().uuidString).ssb")
    try forge.write(to: url)
    let before = try laptops.dump(1)
    defer { #expect((try? laptops.dump(1)) == before) }
    do {
      try laptops.importBundle(url, into: 1)
    } catch let LedgerError.invalidEvent(_, _, _, field, problem) {
      #expect(field == "data.otherCase")
      return problem
    }
    return nil
  }

  @Test func aLinkToACaseNobodyHasIsRefused() throws {
    let laptops = try Laptops(2)
    _ = try formGroup(laptops)
    let problem = try refused(laptops) { f in
      try f.editData(f.first(.grouped)) { $0.otherCase = UUID() }
    }
    #expect(problem == .unknownGroupCase)
    #expect(BundleFieldProblem.unknownGroupCase.message(.zh).contains("母案"))
  }

  @Test func aCaseMadeItsOwnParentIsRefused() throws {
    let laptops = try Laptops(2)
    _ = try formGroup(laptops)
    let problem = try refused(laptops) { f in
      let i = f.first(.grouped)
      let own = UUID(uuidString: f.payload.events[i].entity)
      try f.editData(i) { $0.otherCase = own }
    }
    #expect(problem == .groupCycle)
  }
}
