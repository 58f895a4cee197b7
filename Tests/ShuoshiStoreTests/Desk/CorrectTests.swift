import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// 更正 and 作废/恢复 through the one use case the CLI and the console call: the event log keeps
/// the old value, the projection, the search index and the reports use the new one.
@Suite("Correcting, voiding and restoring a saved case")
struct CorrectTests {
  let saved = EngineFixture.at("2026-11-28 10:00")
  let later = EngineFixture.at("2026-11-28 15:00")

  func take(_ store: CaseStore, _ f: StoreFixture, _ text: String = "楼道灯坏了") throws -> Case {
    try store.add(f.intake(text), engine: f.engine, by: f.actor, now: saved)
  }

  func correct(
    _ store: CaseStore, _ f: StoreFixture, _ c: Case, _ field: CorrectableField, _ value: String,
    reason: String = "登记时写错"
  ) throws -> Case {
    try store.correct(
      c.id, Correction(field, to: value, reason: reason), engine: f.engine, by: f.actor,
      now: later)
  }

  @Test func eachResidentFieldIsCorrectedAndTheHistoryKeepsTheOldValue() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    var c = try take(store, f)
    c = try correct(store, f, c, .name, "王秀英")
    c = try correct(store, f, c, .phone, "13900001234")
    c = try correct(store, f, c, .address, "六堰社区4栋1单元301")
    c = try correct(store, f, c, .otherParty, "楼上住户、物业")
    c = try correct(store, f, c, .text, "四栋楼道灯坏了一个月")
    #expect(c.resident.name == "王秀英" && c.resident.phone == "13900001234")
    #expect(c.resident.address == "六堰社区4栋1单元301")
    #expect(c.otherParties == ["楼上住户", "物业"] && c.text == "四栋楼道灯坏了一个月")
    // The stored row is what the log replays to.
    #expect(try store.find(c.id) == c)
    let corrected = try store.history(of: c).filter { $0.kind == .corrected }
    #expect(corrected.count == 5)
    guard case .corrected(let phone) = corrected[1].payload else { return }
    #expect(phone.field == "phone" && phone.before == "13812345678")
    #expect(phone.after == "13900001234" && phone.reason == "登记时写错")
    let line = corrected[1].summary(rules: f.engine.rules, lang: .zh)
    #expect(PersonalMask.text(line) == "更正电话：138****5678 → 139****1234：登记时写错")
  }

  @Test func searchFindsTheCorrectedNameAndNotTheOld() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    _ = try correct(store, f, c, .name, "王桂兰")
    var q = CaseQuery()
    q.search = "王桂兰"
    #expect(try store.list(q).map(\.id) == [c.id])
    q.search = "wgl"
    #expect(try store.list(q).map(\.id) == [c.id])
    q.search = "王大妈"
    #expect(try store.list(q).isEmpty)
  }

  @Test func aPhoneThatIsNoNumberIsRefusedAndNothingIsWritten() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    let events = try store.eventCount()
    #expect(throws: StoreError.engine(.invalidField(.phone, .notAPhoneNumber))) {
      try correct(store, f, c, .phone, "1397280123")
    }
    #expect(try store.eventCount() == events)
    // 无电话 is a value a worker may record.
    #expect(try correct(store, f, c, .phone, "无电话").resident.phone == "无电话")
  }

  @Test func theSameValueAndAMissingReasonAreRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    #expect(throws: StoreError.engine(.unchanged(.name))) {
      try correct(store, f, c, .name, "王大妈")
    }
    #expect(throws: StoreError.engine(.invalidField(.reason, .empty))) {
      try correct(store, f, c, .name, "王秀英", reason: "  ")
    }
  }

  @Test func theReceivedTimeMovesOnlyWithinItsDay() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    let moved = try correct(store, f, c, .receivedAt, "08:30")
    #expect(moved.receivedAt == EngineFixture.at("2026-11-28 08:30"))
    #expect(
      try correct(store, f, moved, .receivedAt, "2026-11-28 09:15").receivedAt
        == EngineFixture.at("2026-11-28 09:15"))
    #expect(throws: StoreError.engine(.receivedOtherDay("2026-11-28"))) {
      try correct(store, f, moved, .receivedAt, "2026-11-27 09:15")
    }
    // Not after the correction is made.
    #expect(throws: StoreError.engine(.badCorrection(.receivedAt))) {
      try correct(store, f, moved, .receivedAt, "23:00")
    }
    #expect(throws: StoreError.engine(.badCorrection(.receivedAt))) {
      try correct(store, f, moved, .receivedAt, "8点半")
    }
  }

  @Test func aNewCategoryRerunsTriageForTheDeadline() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f, "楼上漏水，墙面发霉")
    let target = f.engine.rules.categories.first {
      $0.id != c.category && $0.deadlines != f.engine.rules.category(id: c.category)?.deadlines
        && !$0.refer
    }!
    let after = try correct(store, f, c, .category, target.zh)
    #expect(after.category == target.id && after.tier == target.tier)
    #expect(
      after.deadline
        == f.engine.deadline(
          category: target.id, tier: target.tier, urgent: after.urgent, from: c.receivedAt))
    #expect(throws: StoreError.engine(.unknownCategory("外星人"))) {
      try correct(store, f, after, .category, "外星人")
    }
  }

  @Test func urgencyShortensTheDeadlineFromTheReceivedTime() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    #expect(!c.urgent)
    let after = try correct(store, f, c, .urgent, "是")
    #expect(after.urgent)
    #expect(
      after.deadline
        == f.engine.deadline(category: c.category, tier: c.tier, urgent: true, from: c.receivedAt))
    #expect(throws: StoreError.engine(.badCorrection(.urgent))) {
      try correct(store, f, after, .urgent, "也许")
    }
  }

  @Test func aCorrectedAddressIsRoutedToItsBuildingsOwner() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    try importBase(store)
    let c = try store.add(
      Intake(
        resident: Resident(name: "王大妈", phone: "13812345678", address: "六堰社区3栋2单元502"),
        text: "楼上漏水，和邻居说不通", receivedAt: saved), engine: f.engine, by: f.actor, now: saved)
    #expect(c.tier == .household && c.assignee == "张德明")
    let after = try correct(store, f, c, .address, "六堰社区4栋1单元301")
    #expect(after.assignee == "黄志强")
    #expect(try store.history(of: after).suffix(2).map(\.kind) == [.corrected, .assigned])
    // The same building again: nobody is moved.
    let again = try correct(store, f, after, .address, "六堰社区4栋1单元302")
    #expect(again.assignee == "黄志强")
    #expect(try store.history(of: again).last?.kind == .corrected)
  }

  @Test func aVoidedCaseLeavesQueuesCountsAndReportsAndComesBack() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let kept = try take(store, f)
    let junk = try take(store, f, "测试，请忽略")
    let november = ReportRequest(
      period: .month(year: 2026, month: 11, calendar: f.engine.calendar),
      asOf: EngineFixture.at("2026-11-30 12:00"))
    func report() throws -> Report {
      try store.report(
        november, rules: f.engine.rules, calendar: f.engine.calendar, generatedAt: later)
    }
    let before = try report()
    #expect(before.received == 2 && before.voided == nil)
    #expect(try store.queueCounts(now: later).open == 2)

    let voided = try store.void(
      junk.id, reason: "培训时录入的测试件", engine: f.engine, by: f.actor, now: later)
    #expect(voided.voided)
    #expect(try store.list(CaseQuery()).map(\.id) == [kept.id])
    #expect(try store.list(CaseQuery.open).map(\.id) == [kept.id])
    var voidedOnly = CaseQuery()
    voidedOnly.voidedOnly = true
    #expect(try store.list(voidedOnly).map(\.id) == [junk.id])
    #expect(try store.queueCounts(now: later).open == 1)
    #expect(try store.queueCounts(now: later).all == 1)
    let during = try report()
    #expect(during.received == 1 && during.voided == 1)
    #expect(try store.find(junk.id).voided)
    // Nothing but 恢复 on a voided case.
    #expect(throws: StoreError.engine(.voided(.resolve))) {
      try store.perform(
        .resolve(summary: "办好了", onSpot: false), on: junk.id, engine: f.engine, by: f.actor,
        now: later)
    }
    #expect(throws: StoreError.engine(.notVoided)) {
      try store.restore(kept.id, reason: "误操作", engine: f.engine, by: f.actor, now: later)
    }

    let restored = try store.restore(
      junk.id, reason: "不是测试件", engine: f.engine, by: f.actor, now: later)
    #expect(!restored.voided)
    #expect(try report() == before)
    #expect(try store.queueCounts(now: later).open == 2)
    #expect(try store.history(of: restored).suffix(2).map(\.kind) == [.voided, .restored])
  }

  @Test func theSweepNeverEscalatesAVoidedCase() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    _ = try store.void(c.id, reason: "重复录入", engine: f.engine, by: f.actor, now: later)
    let farLater = EngineFixture.at("2027-03-01 10:00")
    let outcome = try store.sweep(engine: f.engine, by: f.actor, now: farLater)
    #expect(outcome.escalated.isEmpty && outcome.overdueAtStreet.isEmpty)
    #expect(try store.find(c.id).escalations == 0)
    #expect(f.engine.sweepEscalations(for: try store.find(c.id), now: farLater).isEmpty)
  }

  @Test func erasureRemovesTheCorrectedPersonalValues() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    _ = try correct(store, f, c, .phone, "13900001234")
    _ = try correct(store, f, c, .name, "王秀英")
    let values = ["13900001234", "王秀英", "13812345678", "王大妈"]
    #expect(try !CompleteErasureTests.traces(under: f.data.url, of: values).isEmpty)
    let report = try store.eraseResident(.caseID(c.id), by: f.actor, now: later)
    #expect(report.caseIDs == [c.id] && report.unfinished.isEmpty)
    #expect(try CompleteErasureTests.traces(under: f.data.url, of: values) == [])
    let corrected = try store.history(of: try store.find(c.id)).filter { $0.kind == .corrected }
    #expect(corrected.count == 2)
    #expect(corrected.allSatisfy { $0.data.before == nil && $0.data.after == nil })
  }

  /// A correction and a void travel in bundles: the other laptop shows the corrected phone
  /// and leaves the voided case out of its queues, and both chains verify.
  @Test func correctionsAndVoidingSyncToAnotherLaptop() throws {
    let laptops = try Laptops(2)
    let engine = laptops.engine
    let c = try laptops[0].add(
      laptops.intake("楼道灯坏了", at: "2026-11-28 10:00"), engine: engine, by: laptops.actor(0),
      now: saved)
    _ = try laptops[0].correct(
      c.id, Correction(.phone, to: "13900001234", reason: "写错"), engine: engine,
      by: laptops.actor(0), now: later)
    _ = try laptops[0].void(c.id, reason: "测试件", engine: engine, by: laptops.actor(0), now: later)
    try laptops.sync(0, to: 1)
    let there = try laptops[1].find(c.id)
    #expect(there.resident.phone == "13900001234" && there.voided)
    #expect(try laptops[1].list(CaseQuery()).isEmpty)
    #expect(try laptops[1].queueCounts(now: later).all == 0)
    _ = try laptops[1].restore(
      c.id, reason: "不是测试件", engine: engine, by: laptops.actor(1), now: later)
    try laptops.sync(1, to: 0)
    #expect(try !laptops[0].find(c.id).voided)
    #expect(try laptops[0].verify().ok && laptops[1].verify().ok)
  }

  /// Reports use the corrected values, also a report whose cut-off came before the correction:
  /// a correction puts right what was always meant. The fast reading and the replay agree.
  @Test func aReportBeforeTheCorrectionCountsTheCorrectedCategory() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f, "楼上漏水，墙面发霉")
    let target = try #require(
      f.engine.rules.categories.first { $0.id != c.category && !$0.refer })
    _ = try store.correct(
      c.id, Correction(.category, to: target.id, reason: "选错类别"), engine: f.engine, by: f.actor,
      now: EngineFixture.at("2026-12-05 09:00"))
    let november = ReportRequest(
      period: .month(year: 2026, month: 11, calendar: f.engine.calendar),
      asOf: EngineFixture.at("2026-11-30 12:00"))
    let report = try store.report(
      november, rules: f.engine.rules, calendar: f.engine.calendar, generatedAt: later)
    #expect(report.categories.map(\.id) == [target.id])
    let builder = ReportBuilder(rules: f.engine.rules, calendar: f.engine.calendar)
    let replayed = builder.build(
      facts: try store.reportFactsByReplay(november, calendar: f.engine.calendar),
      request: november, sessions: [], generatedAt: later)
    #expect(replayed == report)
  }

  /// The tab counts leave voided cases out and still read indexes alone: every match is
  /// counted on an index, the voided ones are taken away through their own partial index
  /// (no index leads with the flag any more, `v9-save-cost`).
  @Test func theTabCountsStayIndexOnly() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    func plan(_ part: CountStatement) throws -> String {
      try store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + part.sql, arguments: part.arguments)
          .map { $0["detail"] as String }.joined(separator: "\n")
      }
    }
    var tier = CaseQuery.open
    tier.tiers = [.street]
    var awaiting = CaseQuery()
    awaiting.awaitingFollowUp = true
    var today = CaseQuery()
    today.receivedFrom = later
    var overdue = CaseQuery()
    overdue.overdueAt = later
    var expired = CaseQuery()
    expired.waitExpiredOnly = true
    var supervised = CaseQuery()
    supervised.supervisedOnly = true
    // Whole-index counts: no row read.
    for query in [CaseQuery(), .open, tier, awaiting, today] {
      let parts = query.countStatements()
      let whole = try plan(parts[0])
      #expect(whole.contains("COVERING INDEX"), "\(whole)")
      #expect(parts[1].sign == -1 && parts[1].sql.contains(SchemaV9SaveCost.voided))
    }
    for query in [CaseQuery(), .open, tier, awaiting, today, overdue, expired, supervised] {
      for part in query.countStatements() {
        let p = try plan(part)
        #expect(p.contains("INDEX"), "\(p)")
        #expect(
          !p.split(separator: "\n").contains { $0.contains("SCAN c") && !$0.contains("INDEX") })
      }
    }
  }

  /// Undo takes a correction or a void back like any action: the old value (and its search
  /// entry) returns, the voided case comes back.
  @Test func undoTakesACorrectionOrAVoidBack() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try take(store, f)
    _ = try correct(store, f, c, .name, "王桂兰")
    var undone = try store.perform(.undo, on: c.id, engine: f.engine, by: f.actor, now: later)
    #expect(undone.resident.name == "王大妈")
    var q = CaseQuery()
    q.search = "wgl"
    #expect(try store.list(q).isEmpty)
    q.search = "王大妈"
    #expect(try store.list(q).map(\.id) == [c.id])
    _ = try store.void(c.id, reason: "测试", engine: f.engine, by: f.actor, now: later)
    undone = try store.perform(.undo, on: c.id, engine: f.engine, by: f.actor, now: later)
    #expect(!undone.voided)
    #expect(try store.list(CaseQuery()).map(\.id) == [c.id])
  }

  /// A tier the worker chose at intake stays when the category is corrected; the deadline
  /// follows the new category at that tier.
  @Test func aTierChosenAtIntakeStaysWhenTheCategoryIsCorrected() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    var intake = f.intake("楼上漏水，墙面发霉")
    intake.tier = .district
    intake.overrideReason = "涉及公共管道"
    let c = try store.add(intake, engine: f.engine, by: f.actor, now: saved)
    #expect(c.tier == .district)
    let target = try #require(
      f.engine.rules.categories.first { $0.id != c.category && $0.tier != .district && !$0.refer })
    let after = try correct(store, f, c, .category, target.id)
    #expect(after.category == target.id && after.tier == .district)
    #expect(
      after.deadline
        == f.engine.deadline(
          category: target.id, tier: .district, urgent: after.urgent, from: c.receivedAt))
  }
}
