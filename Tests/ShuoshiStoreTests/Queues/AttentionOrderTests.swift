import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The attention order and the views on a hand-built street: the store's index-ordered
/// passes must give exactly what the engine's rules say, in order, page by page.
@Suite("Attention order and views")
struct AttentionOrderTests {
  let f = StoreFixture()
  let now = EngineFixture.at("2026-12-01 10:00")

  /// Twenty-four cases over two weeks: ordinary, urgent (risk word), some visited, some
  /// waiting, resolved, closed, and late ones the sweep moved up without an owner.
  func street() throws -> CaseStore {
    let store = try f.open()
    let texts = [
      "楼上噪音半夜不停", "小区门口路灯坏了", "楼道里有人堆放电动车电池充电，有起火危险", "物业费纠纷，物业不开发票",
      "邻居装修把墙打穿了", "下水道堵了返臭味", "儿子不给生活费，老人没人管", "十几个工人被欠工资几十万，年前要回家",
    ]
    for i in 0..<24 {
      let day = 18 + i / 2
      let time = String(format: "2026-11-%02d %02d:00", day, 9 + i % 8)
      let c = try store.add(
        f.intake(texts[i % texts.count], name: "居民\(i)", at: time), engine: f.engine,
        by: f.actor, now: EngineFixture.at(time))
      let later = EngineFixture.at(time) + 3600
      switch i % 6 {
      case 1:
        _ = try store.perform(
          .visit(note: "上门看了", minutes: 20), on: c.id, engine: f.engine, by: f.actor, now: later)
      case 2:
        _ = try store.perform(
          .wait(reason: "等居民回来"), on: c.id, engine: f.engine, by: f.actor, now: later)
      case 3 where i % 12 == 3:
        _ = try store.perform(
          .resolve(summary: "已修好", onSpot: true), on: c.id, engine: f.engine, by: f.actor,
          now: later)
      case 4:
        _ = try store.perform(
          .assign(to: "张主任", note: nil), on: c.id, engine: f.engine, by: f.actor, now: later)
      default: break
      }
    }
    // Typed in this morning: urgent, not late yet.
    _ = try store.add(
      f.intake("楼道里有人堆放电动车电池充电，有起火危险", name: "居民急", at: "2026-12-01 09:00"),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-12-01 09:00"))
    // The sweep on 11-27 moves the late ones up; nobody is named at the new tier.
    _ = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2026-11-27 08:00"))
    return store
  }

  /// Every case, read by id from the store.
  func everything(_ store: CaseStore) throws -> [Case] {
    var all = CaseQuery()
    all.includeMerged = true
    return try store.list(all, limit: 1000)
  }

  /// The order the rules define, in Swift: running cases with a deadline first — late,
  /// urgent or first contact missed before the others, each by deadline then newest —
  /// then running ones without a deadline, then the rest, newest first.
  func modelOrder(_ cases: [Case]) -> [String] {
    func rank(_ c: Case) -> Int {
      guard c.state.clockRuns else { return 3 }
      guard c.deadline != nil else { return 2 }
      return c.isLate(at: now) || c.urgent ? 0 : 1
    }
    return cases.sorted { a, b in
      if rank(a) != rank(b) { return rank(a) < rank(b) }
      if rank(a) < 2, a.deadline != b.deadline { return a.deadline! < b.deadline! }
      return a.receivedAt > b.receivedAt
    }.map(\.id)
  }

  /// The query read page by page (3 at a time), so the passes' skipping is tested too.
  func paged(_ store: CaseStore, _ query: CaseQuery) throws -> [String] {
    var q = query
    q.attentionAt = now
    var ids: [String] = []
    while true {
      let page = try store.list(q, offset: ids.count, limit: 3).map(\.id)
      ids += page
      if page.count < 3 { return ids }
    }
  }

  @Test func everyViewIsTheRulesSetInTheRulesOrderOnEveryPage() throws {
    defer { f.dir.remove() }
    let store = try street()
    let cases = try everything(store)
    let calendar = f.engine.calendar
    var late = CaseQuery()
    late.lateAt = now
    var soon = CaseQuery()
    soon.dueFrom = now
    soon.dueBefore = calendar.dueSoonBound(at: now)
    var escalated = CaseQuery()
    escalated.escalatedUnassigned = true
    var district = CaseQuery.open
    district.tiers = [.district]
    var resolved = CaseQuery()
    resolved.states = [.resolved]
    let views: [(String, CaseQuery, (Case) -> Bool)] = [
      ("待办", .open, { $0.state.isOpen }),
      ("全部", CaseQuery(), { _ in true }),
      ("超期", late, { $0.isLate(at: now) }),
      (
        "临期", soon,
        {
          $0.state.clockRuns && $0.deadline.map { $0 >= now } == true
            && $0.deadline! < soon.dueBefore!
        }
      ),
      ("已升级待派单", escalated, { $0.state == .new && $0.escalations > 0 && $0.assignee == nil }),
      ("片区", district, { $0.state.isOpen && $0.tier == .district }),
      ("待回访", resolved, { $0.state == .resolved }),
    ]
    for (name, query, rule) in views {
      let expected = modelOrder(cases.filter(rule))
      #expect(try paged(store, query) == expected, "\(name)")
      #expect(try store.count(query) == expected.count, "\(name)")
    }
    // The street is not trivial: each view the console shows holds something.
    #expect(cases.filter { $0.isOverdue(at: now) }.count > 0)
    #expect(cases.filter { $0.missedFirstContact(at: now) && !$0.isOverdue(at: now) }.count > 0)
    #expect(cases.filter { $0.state == .new && $0.escalations > 0 && $0.assignee == nil }.count > 0)
    #expect(cases.filter { $0.urgent && !$0.isLate(at: now) && $0.state.clockRuns }.count > 0)
  }

  @Test func aNarrowQuerySortsTheSameWay() throws {
    defer { f.dir.remove() }
    let store = try street()
    let cases = try everything(store)
    var day = CaseQuery()
    day.receivedFrom = EngineFixture.at("2026-11-20 00:00")
    day.receivedBefore = EngineFixture.at("2026-11-24 00:00")
    let expected = modelOrder(
      cases.filter { $0.receivedAt >= day.receivedFrom! && $0.receivedAt < day.receivedBefore! })
    #expect(expected.count > 4)
    #expect(try paged(store, day) == expected)
  }

  /// The first page of each broad view walks an index in order: no sort of the whole set.
  @Test func theFirstPageOfEveryViewReadsAnIndexInOrder() throws {
    defer { f.dir.remove() }
    let store = try f.open()
    var late = CaseQuery()
    late.lateAt = now
    var escalated = CaseQuery()
    escalated.escalatedUnassigned = true
    var soon = CaseQuery()
    soon.dueFrom = now
    soon.dueBefore = now + 86_400
    var tier = CaseQuery.open
    tier.tiers = [.district]
    for query in [CaseQuery.open, CaseQuery(), late, escalated, soon, tier] {
      let (clause, args) = query.filterClause()
      for pass in AttentionSQL.passes(query, now: now) {
        let plan = try store.pool.read { db in
          try Row.fetchAll(
            db,
            sql: "EXPLAIN QUERY PLAN SELECT * \(pass.from(clause)) ORDER BY \(pass.order) LIMIT 50",
            arguments: args + pass.arguments
          ).map { $0["detail"] as String }.joined(separator: "\n")
        }
        if pass.order == AttentionSQL.byDeadline {
          #expect(plan.contains("USING INDEX"), "\(plan)")
          #expect(!plan.contains("TEMP B-TREE FOR ORDER BY"), "\(plan)")
          #expect(!plan.contains("RIGHT PART OF ORDER BY"), "\(plan)")
        }
        // The resting cases of 待办 and 全部: waiting ones by state, all by received.
        if query == CaseQuery() || query == .open {
          #expect(!plan.contains("TEMP B-TREE FOR ORDER BY"), "\(plan)")
        }
      }
      if let parts = AttentionSQL.countParts(query) {
        for part in parts {
          let plan = try store.pool.read { db in
            try Row.fetchAll(
              db, sql: "EXPLAIN QUERY PLAN SELECT COUNT(*) \(part.from(clause))",
              arguments: args + part.arguments
            ).map { $0["detail"] as String }.joined(separator: "\n")
          }
          // Walks one of our indexes (a partial index may be read whole), never the table.
          #expect(plan.contains("INDEX cases_"), "\(plan)")
          let tableScan = plan.split(separator: "\n").contains {
            $0.contains("SCAN c") && !$0.contains("INDEX")
          }
          #expect(!tableScan, "\(plan)")
        }
      }
    }
  }
}
