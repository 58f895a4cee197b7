import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

@Suite("回访: due time, attempts, 重办, closing")
struct FollowUpEngineTests {
  /// A household case taken Monday 2026-11-23, assigned, resolved at `resolvedAt`.
  func resolved(at resolvedAt: String = "2026-11-24 10:00") throws -> Played {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    try p.act(.assign(to: "楼栋长", note: nil), at: "2026-11-23 10:30")
    try p.act(.resolve(summary: "已沟通", onSpot: false), at: resolvedAt)
    return p
  }

  func phone(_ solved: Solved, _ satisfaction: Rating, words: String? = nil) -> Action {
    .followUp(
      FollowUp(
        method: .phone, reached: true, solved: solved, satisfaction: satisfaction, words: words))
  }

  let unreached = Action.followUp(FollowUp(method: .phone, reached: false))

  @Test func dueTheNextWorkingDayAcrossAWeekendAndAHoliday() throws {
    // Friday → Monday.
    let friday = try resolved(at: "2026-11-27 16:00").current
    #expect(friday.state == .resolved)
    #expect(EngineFixture.day(friday.followUpDue) == "2026-11-30")
    #expect(friday.awaitsFollowUp)
    // Thursday before 中秋 (Fri 09-25 to Sun 09-27 off) → Monday 09-28.
    var p = try Played("楼上噪音太大", at: "2026-09-22 10:00")
    let beforeHoliday = try p.act(
      .resolve(summary: "已沟通", onSpot: true), at: "2026-09-24 11:00")
    #expect(EngineFixture.day(beforeHoliday.followUpDue) == "2026-09-28")
    // The due time is in the event: a replay never asks today's calendar.
    guard case .resolved(let r) = p.events.last?.payload else {
      Issue.record("no resolved event")
      return
    }
    #expect(r.followUpDue == beforeHoliday.followUpDue)
  }

  @Test func dueDaysComeFromTheRules() throws {
    var engine = EngineFixture.engine
    var rules = engine.rules
    rules.followUp = FollowUpRules(dueWorkingDays: 3, maxAttempts: 2)
    engine = CaseEngine(rules: rules, calendar: engine.calendar)
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    p.engine = engine
    let c = try p.act(.resolve(summary: "已沟通", onSpot: false), at: "2026-11-27 16:00")
    #expect(EngineFixture.day(c.followUpDue) == "2026-12-02")
    try p.act(unreached, at: "2026-11-30 10:00")
    let gaveUp = try p.act(unreached, at: "2026-12-01 10:00")
    #expect(gaveUp.followUpResult == .unreached)
  }

  @Test func threeFailedAttemptsCloseTheFollowUpAsUnreached() throws {
    var p = try resolved()
    let once = try p.act(unreached, at: "2026-11-25 09:00")
    #expect(once.followUpAttempts == 1)
    #expect(once.followUpResult == nil)
    #expect(once.awaitsFollowUp)
    let twice = try p.act(unreached, at: "2026-11-25 15:00")
    #expect(twice.followUpAttempts == 2)
    #expect(p.events.last?.data.unreached == nil)
    let third = try p.act(unreached, at: "2026-11-26 09:00")
    #expect(third.followUpAttempts == 3)
    #expect(third.followUpResult == .unreached)
    #expect(p.events.last?.data.unreached == true)
    #expect(!third.awaitsFollowUp)
    // The case stays resolved (not closed, not reopened); a later 回访 may still reach them.
    #expect(third.state == .resolved)
    let reached = try p.act(phone(.solved, .satisfied), at: "2026-11-30 10:00")
    #expect(reached.state == .closed)
    #expect(reached.followUpResult == .solved)
  }

  @Test func unsolvedReopensOneTierUpAsAnUnsatisfiedRatingDoes() throws {
    var p = try resolved()
    let c = try p.act(phone(.unsolved, .basic, words: "晚上还是吵"), at: "2026-11-25 10:00")
    #expect(p.events.suffix(3).map(\.kind) == [.followedUp, .reopened, .escalated])
    #expect(p.events.last?.data.escalation == .unsatisfied)
    #expect(p.events.last?.data.reason == "晚上还是吵")
    #expect(c.tier == .residence)
    #expect(c.state == .new)
    #expect(c.escalations == 1)
    #expect(c.reopenCount == 1)
    #expect(c.followUpResult == .unsolved)
    #expect(c.followUpDue == nil)
    // The same drafts as the booth rating's, after the answer itself.
    var rated = try resolved()
    try rated.act(.rate(.unsatisfied, comment: "晚上还是吵"), at: "2026-11-25 10:00")
    #expect(rated.events.suffix(2).map(\.data) == p.events.suffix(2).map(\.data))
  }

  @Test func unsatisfiedReopensOneTierUp() throws {
    var p = try resolved()
    let c = try p.act(phone(.solved, .unsatisfied), at: "2026-11-25 10:00")
    #expect(p.events.suffix(3).map(\.kind) == [.followedUp, .reopened, .escalated])
    #expect(c.tier == .residence)
    #expect(c.state.isOpen)
    #expect(c.rating == .unsatisfied)
  }

  @Test func solvedAndSatisfiedClosesTheCase() throws {
    var p = try resolved()
    let c = try p.act(phone(.solved, .basic), at: "2026-11-25 10:00")
    #expect(p.events.last?.kind == .followedUp)
    #expect(c.state == .closed)
    #expect(c.closedAt == EngineFixture.at("2026-11-25 10:00"))
    #expect(c.rating == .basic)
    #expect(c.followUpResult == .solved)
    #expect(!c.awaitsFollowUp)
  }

  @Test func partlySolvedStaysDue() throws {
    var p = try resolved()
    let c = try p.act(phone(.partly, .basic), at: "2026-11-25 10:00")
    #expect(c.state == .resolved)
    #expect(c.followUpResult == .partly)
    #expect(c.awaitsFollowUp)
  }

  @Test func followUpOnAClosedCaseIsAllowedAndCanReopenIt() throws {
    var p = try resolved()
    let closed = try p.act(.rate(.satisfied, comment: nil), at: "2026-11-24 11:00")
    #expect(closed.state == .closed)
    #expect(closed.followUpResult == .solved)  // the booth rating counts as a 回访
    #expect(
      EngineFixture.engine.refusal(
        for: .followUp, on: closed, history: p.events, now: EngineFixture.at("2026-11-26 10:00"))
        == nil)
    // A visit on a closed case stays refused; 回访 is the verb.
    #expect(throws: EngineError.notAllowed(action: .visit, state: .closed)) {
      try p.act(.visit(note: nil, minutes: nil), at: "2026-11-26 10:00")
    }
    let still = try p.act(phone(.solved, .satisfied), at: "2026-11-26 10:00")
    #expect(still.state == .closed)
    let reopened = try p.act(phone(.unsolved, .unsatisfied), at: "2026-11-27 10:00")
    #expect(reopened.state.isOpen)
    #expect(reopened.tier == .residence)
  }

  @Test func refusedOnAnOpenCaseAndWithoutTheAnswers() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    #expect(throws: EngineError.notAllowed(action: .followUp, state: .new)) {
      try p.act(.followUp(FollowUp(method: .phone, reached: false)), at: "2026-11-23 11:00")
    }
    var r = try resolved()
    #expect(throws: EngineError.followUpAnswers(reached: true)) {
      try r.act(
        .followUp(FollowUp(method: .visit, reached: true, solved: .solved)), at: "2026-11-25 10:00")
    }
    #expect(throws: EngineError.followUpAnswers(reached: false)) {
      try r.act(
        .followUp(FollowUp(method: .visit, reached: false, satisfaction: .satisfied)),
        at: "2026-11-25 10:00")
    }
    #expect(throws: EngineError.invalidField(.words, .tooLong(max: 20_000, found: 20_001))) {
      try r.act(
        phone(.solved, .satisfied, words: String(repeating: "吵", count: 20_001)),
        at: "2026-11-25 10:00")
    }
  }

  @Test func theWordsArePersonalAndTheRestIsNot() throws {
    var p = try resolved()
    try p.act(phone(.partly, .basic, words: "电话 13812345678 再联系"), at: "2026-11-25 10:00")
    let data = try #require(p.events.last?.data)
    #expect(data.personalPart.reason == "电话 13812345678 再联系")
    #expect(data.withoutPersonal.reason == nil)
    #expect(data.withoutPersonal.solved == .partly)
    // Erasure leaves the answers for the reports.
    let event = try #require(p.events.last)
    var erased = event
    erased.data = data.withoutPersonal
    #expect(
      erased.payload
        == .followedUp(.init(method: .phone, reached: true, solved: .partly, rating: .basic)))
  }

  @Test func theJSONOfOlderEventsIsUnchanged() throws {
    // A resolution without a due time (written before 回访) writes exactly what it did.
    let old = EventPayload.resolved(.init(summary: "已沟通", onSpot: false))
    #expect(old.json == #"{"onSpot":false,"summary":"已沟通"}"#)
    let replayed = Case.replay(
      try resolved().events.map { e in
        var e = e
        if case .resolved(var r) = e.payload { r.followUpDue = nil; e.payload = .resolved(r) }
        return e
      })
    // Such a resolution is due for its 回访 at once.
    #expect(replayed?.followUpDue == replayed?.resolvedAt)
  }

  /// The store finds 待回访 by the due time alone (`follow_up_due IS NOT NULL`): a case whose
  /// 回访 is due is never open, whatever is done to it. A walk through every action in turn.
  @Test func aDueFollowUpIsNeverOnAnOpenCase() throws {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00")
    let pool: [Action] = [
      .resolve(summary: "已沟通", onSpot: false), unreached, phone(.partly, .basic),
      phone(.unsolved, .basic), phone(.solved, .satisfied), .rate(.unsatisfied, comment: nil),
      .rate(.basic, comment: nil), .reopen(reason: "再看看"), .undo, .assign(to: "张", note: nil),
      .wait(reason: "等"), .resume, .escalate(.manual, note: nil),
    ]
    var day = EngineFixture.at("2026-11-24 09:00")
    var state: UInt64 = 2026
    var moves = 0
    for _ in 0..<400 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let action = pool[Int(state >> 33) % pool.count]
      day = day.addingTimeInterval(3_600)
      let now = day
      guard
        let drafts = try? p.engine.decide(action, on: p.current, history: p.events, now: now)
      else { continue }
      p.stamp(drafts, at: now)
      moves += 1
      let c = p.current
      #expect(c.followUpDue == nil || !c.state.isOpen, "after \(action): \(c.state)")
    }
    #expect(moves > 100)
  }

  @Test func summaryLines() throws {
    var p = try resolved()
    try p.act(unreached, at: "2026-11-25 09:00")
    try p.act(phone(.partly, .basic, words: "还差一点"), at: "2026-11-25 10:00")
    let rules = EngineFixture.engine.rules
    let lines = p.events.suffix(2).map { $0.summary(rules: rules, lang: .zh) }
    #expect(lines[0] == "回访（电话）：未联系上")
    #expect(lines[1].hasPrefix("回访（电话）：部分解决，基本满意"))
    #expect(lines[1].contains("还差一点"))
  }
}

@Suite("回访 rules in routing.yaml")
struct FollowUpRulesTests {
  static let category = """
    categories:
      - {id: a, zh: 甲, en: A, tier: 户, keywords: 甲}
    """

  @Test func theShippedFileAndDefaults() throws {
    #expect(EngineFixture.engine.rules.followUp == FollowUpRules(dueWorkingDays: 1, maxAttempts: 3))
    let small = try RoutingRules.parse(yaml: Self.category, file: "small.yaml")
    #expect(small.followUp == .standard)
    let set = try RoutingRules.parse(
      yaml: "follow_up: {due_working_days: 2, max_attempts: 5}\n" + Self.category,
      file: "small.yaml")
    #expect(set.followUp == FollowUpRules(dueWorkingDays: 2, maxAttempts: 5))
  }

  @Test func mistakesNameTheirLine() {
    let zero = configError {
      _ = try RoutingRules.parse(
        yaml: "deadlines: {household: 3}\nfollow_up:\n  due_working_days: 0\n" + Self.category,
        file: "data/routing.yaml")
    }
    #expect(zero?.line == 3)
    #expect(zero?.message(.zh).contains("正整数") == true)
    let attempts = configError {
      _ = try RoutingRules.parse(
        yaml: "follow_up: {max_attempts: 11}\n" + Self.category, file: "data/routing.yaml")
    }
    #expect(attempts?.line == 1)
    #expect(attempts?.message(.en).contains("1 to 10 attempts") == true)
    let unknown = configError {
      _ = try RoutingRules.parse(
        yaml: "follow_up: {due_days: 1}\n" + Self.category, file: "data/routing.yaml")
    }
    #expect(unknown?.line == 1)
  }
}
