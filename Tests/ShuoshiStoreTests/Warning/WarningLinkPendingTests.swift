import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Linking runs after the save's commit, in its own transaction (`linkPending`): a laptop
/// that dies between the two loses nothing, and the next upkeep links what was saved.
@Suite("Linking after the save")
struct WarningLinkPendingTests {
  typealias W = WarningStoreTests

  static func property(_ i: Int) -> Intake {
    W.intake(
      W.propertyTexts[i], address: "中瑞·领航城\(i + 1)栋1单元\(100 * (i % 6 + 1) + 1)",
      phone: String(format: "139000000%02d", i), day: 1 + i * 9 / 12, hour: 9 + i % 8)
  }

  static func pending(_ store: CaseStore) throws -> [Int64] {
    try store.pool.read { db in
      try Int64.fetchAll(db, sql: "SELECT num FROM matter_pending ORDER BY num")
    }
  }

  @Test func aCaseSavedButNotLinkedWhenTheLaptopDiedIsLinkedAtTheNextUpkeep() throws {
    let f = StoreFixture()
    var store = try f.open()
    for i in 0..<9 { _ = try W.save(store, f, Self.property(i)) }
    let before = try #require(try store.warnings().first)
    #expect(before.households == 9 && before.level == .orange)
    #expect(try Self.pending(store).isEmpty)
    // The tenth household's save commits; the laptop dies before its linking runs.
    let last = Self.property(9)
    let saved = try store.takeIn(
      TakeInRequest(last, owner: .unrouted, linking: .deferred), engine: f.engine, by: f.actor,
      now: last.receivedAt)
    #expect(try Self.pending(store).count == 1)
    #expect(try store.warnings().first?.households == 9)
    // Opened again: the next upkeep links it, and the warning is what it would have been.
    store = try f.open()
    #expect(try store.hasPendingLinks())
    let report = try store.linkPending(
      rules: f.engine.rules.warning, by: f.actor, now: last.receivedAt)
    #expect(report == LinkingReport(linked: 1, raised: 1, remaining: false))
    let w = try #require(try store.warnings().first)
    #expect(w.uuid == before.uuid && w.level == .red && w.households == 10)
    #expect(w.cases.contains(saved.uuid))
    #expect(try Self.pending(store).isEmpty)
    // Linked once: a second upkeep finds nothing to do.
    #expect(
      try store.linkPending(rules: f.engine.rules.warning, by: f.actor, now: last.receivedAt)
        == LinkingReport())
  }

  @Test func theNextSaveLinksTheCasesEarlierSavesLeftInSaveOrder() throws {
    let f = StoreFixture()
    let store = try f.open()
    for i in 0..<3 {
      let intake = Self.property(i)
      _ = try store.takeIn(
        TakeInRequest(intake, owner: .unrouted, linking: .deferred), engine: f.engine,
        by: f.actor, now: intake.receivedAt)
    }
    #expect(try Self.pending(store).count == 3)
    #expect(try store.warnings().isEmpty)
    // An ordinary save's upkeep links the three left before it, then itself.
    _ = try W.save(store, f, Self.property(3))
    #expect(try Self.pending(store).isEmpty)
    let w = try #require(try store.warnings().first)
    #expect(w.households == 4)
    let clustered = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM matter_clusters") ?? -1
    }
    #expect(clustered == 4)
  }

  @Test func linkingStopsAtItsLimitAndSaysMoreWait() throws {
    let f = StoreFixture()
    let store = try f.open()
    for i in 0..<3 {
      let intake = Self.property(i)
      _ = try store.takeIn(
        TakeInRequest(intake, owner: .unrouted, linking: .deferred), engine: f.engine,
        by: f.actor, now: intake.receivedAt)
    }
    let first = try store.linkPending(
      rules: f.engine.rules.warning, by: f.actor, now: Self.property(2).receivedAt, limit: 1)
    #expect(first.linked == 1 && first.remaining)
    #expect(try Self.pending(store).count == 2)
  }
}
