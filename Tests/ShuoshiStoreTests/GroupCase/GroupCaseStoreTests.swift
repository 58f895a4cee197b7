import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Group cases (母案/子案): forming one from complaints, acting through the parent, undoing the
/// group step, the rules that refuse a link, and the sweep leaving children to the parent.
@Suite("Group cases")
struct GroupCaseStoreTests {
  let now = EngineFixture.at("2026-12-01 10:00")

  /// `n` households of one compound complaining about one property company this morning.
  func compound(_ f: StoreFixture, _ store: CaseStore, _ n: Int, from first: Int = 1) throws
    -> [Case]
  {
    try (first..<(first + n)).map { i in
      var intake = f.intake("中瑞物业长期不处理电梯故障，第\(i)户反映", name: "住户\(i)", at: "2026-12-01 09:00")
      intake.resident.phone = "1381234\(String(format: "%04d", i))"
      intake.resident.address = "中瑞·领航城\(i)号楼"
      return try store.add(intake, engine: f.engine, by: f.actor, now: now, route: false)
    }
  }

  func form(_ f: StoreFixture, _ store: CaseStore, _ children: [Case], tier: Tier? = nil) throws
    -> Case
  {
    try store.formGroup(
      GroupCaseRequest(children: children.map(\.id), tier: tier, summary: "中瑞物业电梯故障，多户联名反映"),
      engine: f.engine, by: f.actor, now: now)
  }

  @Test func aGroupOfTwelveGoesToTheDistrictAndLinksEveryChild() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 12)
    let parent = try form(f, store, children)
    #expect(parent.tier == .district)
    #expect(parent.text == "中瑞物业电梯故障，多户联名反映")
    #expect(parent.resident.name == "群体诉求（12户）")
    #expect(parent.category == children[0].category)
    #expect(try store.groupChildren(of: parent).map(\.id) == children.map(\.id))
    for child in children {
      #expect(try store.groupParent(of: child)?.id == parent.id)
      let last = try store.history(of: try store.find(child.id)).last
      #expect(last?.summary(rules: f.engine.rules, lang: .zh) == "并入母案 \(parent.id)")
    }
    // Three households stay at the 村居; a tier given wins.
    let small = try form(f, store, try compound(f, store, 3, from: 20))
    #expect(small.tier == .residence)
    let given = try form(f, store, try compound(f, store, 2, from: 30), tier: .street)
    #expect(given.tier == .street)
  }

  @Test func actingOnTheParentActsOnItsChildrenAndUndoTakesTheStepBack() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 3)
    let parent = try form(f, store, children)
    _ = try store.perform(
      .assign(to: "李片长", note: nil), on: parent.id, engine: f.engine, by: f.actor, now: now)
    for child in children { #expect(try store.find(child.id).assignee == "李片长") }
    let later = now.addingTimeInterval(600)
    _ = try store.perform(
      .resolve(summary: "约谈物业，电梯已修复", onSpot: false), on: parent.id, engine: f.engine,
      by: f.actor, now: later)
    for child in children {
      let c = try store.find(child.id)
      #expect(c.state == .resolved)
      #expect(c.resident.name == child.resident.name)
      #expect(try store.history(of: c).last?.data.summary == "约谈物业，电梯已修复")
    }
    // Undo on the parent takes back the whole resolution, and only it.
    _ = try store.perform(.undo, on: parent.id, engine: f.engine, by: f.actor, now: later)
    #expect(try store.find(parent.id).state == .assigned)
    for child in children {
      let c = try store.find(child.id)
      #expect(c.state == .assigned)
      #expect(c.assignee == "李片长")
    }
    // A note is the parent's alone.
    _ = try store.perform(
      .note("已联系物业经理"), on: parent.id, engine: f.engine, by: f.actor, now: later)
    for child in children {
      #expect(try store.history(of: try store.find(child.id)).last?.kind == .undone)
    }
  }

  @Test func aChildAlreadyResolvedIsLeftAsItIs() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 3)
    let parent = try form(f, store, children)
    _ = try store.perform(
      .resolve(summary: "这户自行解决", onSpot: false), on: children[0].id, engine: f.engine,
      by: f.actor, now: now)
    _ = try store.perform(
      .resolve(summary: "统一解决", onSpot: false), on: parent.id, engine: f.engine, by: f.actor,
      now: now.addingTimeInterval(60))
    #expect(try store.history(of: try store.find(children[0].id)).last?.data.summary == "这户自行解决")
    #expect(try store.history(of: try store.find(children[1].id)).last?.data.summary == "统一解决")
  }

  @Test func theRulesRefuseWhatCannotJoin() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 4)
    let parent = try form(f, store, Array(children[0..<2]))
    // One parent per child.
    #expect(throws: GroupCaseError.alreadyGrouped(id: children[0].id, parent: parent.id)) {
      _ = try form(f, store, [children[0], children[2]])
    }
    // A parent does not join; a child is no parent.
    #expect(throws: GroupCaseError.isParent(id: parent.id)) {
      _ = try form(f, store, [parent, children[2]])
    }
    #expect(throws: GroupCaseError.isChild(id: children[0].id, parent: parent.id)) {
      _ = try store.addToGroup(
        parent: children[0].id, children: [children[3].id], by: f.actor, now: now)
    }
    // A resolved case does not join; nor does a lone case form a group.
    _ = try store.perform(
      .resolve(summary: "已解决", onSpot: false), on: children[3].id, engine: f.engine, by: f.actor,
      now: now)
    #expect(throws: GroupCaseError.notOpen(id: children[3].id)) {
      _ = try store.addToGroup(parent: parent.id, children: [children[3].id], by: f.actor, now: now)
    }
    #expect(throws: GroupCaseError.tooFew(count: 1, min: 2)) {
      _ = try form(f, store, [children[2]])
    }
    // Nothing of a refused step is saved: the lone case is in no group, no parent was made.
    #expect(try store.groupParent(of: children[2]) == nil)
    #expect(try store.groupChildren(of: parent).count == 2)
  }

  @Test func addAndRemoveAreEventsAndTheLinkFollowsThem() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 3)
    let parent = try form(f, store, Array(children[0..<2]))
    _ = try store.addToGroup(
      parent: parent.id, children: [children[2].id], reason: "同一物业", by: f.actor, now: now)
    #expect(try store.groupChildren(of: parent).count == 3)
    _ = try store.removeFromGroup(children: [children[0].id], reason: "另有原因", by: f.actor, now: now)
    #expect(try store.groupParent(of: children[0]) == nil)
    #expect(try store.groupChildren(of: parent).map(\.id) == [children[1].id, children[2].id])
    let last = try store.history(of: try store.find(children[0].id)).last
    #expect(last?.summary(rules: f.engine.rules, lang: .en) == "left group case \(parent.id): 另有原因")
    #expect(throws: GroupCaseError.notGrouped(id: children[0].id)) {
      _ = try store.removeFromGroup(children: [children[0].id], by: f.actor, now: now)
    }
    // Undoing the removal on the child puts it back in the group.
    _ = try store.perform(.undo, on: children[0].id, engine: f.engine, by: f.actor, now: now)
    #expect(try store.groupParent(of: children[0])?.id == parent.id)
    #expect(try store.verify().ok)
  }

  @Test func theSweepLeavesChildrenToTheParentsClock() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 2)
    let loose = try compound(f, store, 1, from: 9)[0]
    let parent = try form(f, store, children)
    let later = now.addingTimeInterval(60 * 24 * 3600)
    let outcome = try store.sweep(engine: f.engine, by: f.actor, now: later)
    let escalated = Set(outcome.escalated.map(\.0))
    #expect(escalated.contains(parent.id))
    #expect(escalated.contains(loose.id))
    for child in children { #expect(!escalated.contains(child.id)) }
  }
}

extension GroupCaseStoreTests {
  /// `verify` replays each child's links against `case_groups`: a row altered behind the log's
  /// back is found.
  @Test func verifyFindsAGroupRowThatDisagreesWithTheLog() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 2)
    _ = try form(f, store, children)
    #expect(try store.verify().ok)
    try store.pool.write { db in
      try db.execute(
        sql: "DELETE FROM case_groups WHERE child_uuid = ?",
        arguments: [children[0].uuid.uuidString])
    }
    let report = try store.verify()
    #expect(!report.ok)
    #expect(
      report.problems.contains(.projectionDiffers(caseID: children[0].id, fields: ["case_groups"])))
  }
}

extension GroupCaseStoreTests {
  /// Undo on a fresh parent takes back its own intake step (the tier set for its size), not the
  /// children's links written in the same transaction.
  @Test func undoOnAFreshParentKeepsTheChildrenLinked() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try compound(f, store, 2)
    let parent = try form(f, store, children, tier: .street)
    _ = try store.perform(.undo, on: parent.id, engine: f.engine, by: f.actor, now: now)
    #expect(try store.find(parent.id).tier != .street)
    #expect(try store.groupChildren(of: parent).count == 2)
  }
}
