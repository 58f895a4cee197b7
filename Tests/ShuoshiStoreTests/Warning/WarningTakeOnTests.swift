import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// 转办: a warning taken on becomes one group case (母案/子案), in the same transaction as its
/// `warning_taken_on`, on a real SQLite file.
@Suite("Taking on a warning as a group case")
struct WarningTakeOnTests {
  /// Three households of one compound against one property company: a 黄 warning. One
  /// unrelated case of the street stays out of it.
  static func yellowMatter(_ store: CaseStore, _ f: StoreFixture) throws -> (
    Warning, [Case], other: Case
  ) {
    var matter: [Case] = []
    for i in 0..<3 {
      matter.append(
        try WarningStoreTests.save(
          store, f,
          WarningStoreTests.intake(
            WarningStoreTests.propertyTexts[i], address: "中瑞·领航城\(i + 1)栋1单元101",
            phone: "1390000000\(i)", day: 2 + i)))
    }
    let other = try WarningStoreTests.save(
      store, f,
      WarningStoreTests.intake(
        "锦绣家园物业不修路灯，晚上太黑", address: "锦绣家园2栋1单元101", phone: "13800000077", day: 3))
    let w = try #require(try store.warnings().first)
    return (w, matter, other)
  }

  @Test func aYellowWarningBecomesAGroupCaseOfExactlyItsCasesAtTheResidence() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let (w, matter, _) = try Self.yellowMatter(store, f)
    #expect(w.level == .yellow && Set(w.cases) == Set(matter.map(\.uuid)))
    let now = EngineFixture.at("2026-11-06 10:00")
    let taken = try store.takeOnWarning(w.shortID, engine: f.engine, by: f.actor, now: now)
    #expect(taken.warning.state == .takenOn)
    #expect(taken.warning.groupCase == taken.group.uuid)
    #expect(taken.group.tier == GroupCaseTier.forLevel(.yellow))
    #expect(taken.group.tier == .residence)
    #expect(taken.group.text.contains(w.shortID))
    let children = try store.groupChildren(of: taken.group)
    #expect(Set(children.map(\.uuid)) == Set(matter.map(\.uuid)))
    // Each child's `grouped` names the warning it came from.
    for child in children {
      let last = try #require(try store.history(of: try store.find(child.id)).last)
      #expect(last.kind == .grouped && last.data.fromWarning == w.uuid)
    }
    #expect(try store.warnings().isEmpty)
    // Taken on once: a second take-on is refused and forms nothing.
    let count = try store.count(CaseQuery())
    #expect(throws: WarningError.closed(.takenOn)) {
      _ = try store.takeOnWarning(w.shortID, engine: f.engine, by: f.actor, now: now)
    }
    #expect(try store.count(CaseQuery()) == count)
  }

  @Test func aGroupThatCannotFormLeavesTheWarningAndTheStoreAsTheyWere() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let (w, matter, other) = try Self.yellowMatter(store, f)
    // One of the households was already put in a group case with another complaint: the
    // group refuses it, inside the take-on, after nothing else was written.
    let now = EngineFixture.at("2026-11-06 10:00")
    let earlier = try store.formGroup(
      GroupCaseRequest(children: [matter[0].id, other.id], summary: "同一天反映的两件事"),
      engine: f.engine, by: f.actor, now: now)
    let count = try store.count(CaseQuery())
    #expect(throws: GroupCaseError.alreadyGrouped(id: matter[0].id, parent: earlier.id)) {
      _ = try store.takeOnWarning(w.shortID, engine: f.engine, by: f.actor, now: now)
    }
    let after = try store.warning(matching: w.shortID)
    #expect(after.state == .open && after.groupCase == nil)
    #expect(try store.count(CaseQuery()) == count)
    let events = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT kind, count(*) AS n FROM events
          WHERE kind IN ('warning_taken_on', 'grouped') GROUP BY kind
          """
      ).map { "\($0["kind"] as String)=\($0["n"] as Int)" }
    }
    #expect(events == ["grouped=2"])
  }
}
