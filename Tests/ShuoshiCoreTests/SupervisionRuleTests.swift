import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// 延期, 退单, 催办, 督办 and the end of a wait, each with an injected clock. The case is a
/// household case taken in Monday 2026-11-23: due at the end of Thursday 11-26, first contact
/// due at the end of Tuesday 11-24.
@Suite("Supervision rules: extension, return, urge, supervise, wait expiry")
struct SupervisionRuleTests {
  func assigned() throws -> Played {
    var p = try Played("楼上噪音太大", at: "2026-11-23 10:00", tier: .household)
    try p.act(.assign(to: "张德明", note: nil), at: "2026-11-23 10:30")
    #expect(EngineFixture.day(p.current.deadline) == "2026-11-26")
    return p
  }

  // MARK: 延期

  @Test func anExtensionBeforeTheDeadlineMovesItOncePerTier() throws {
    var p = try assigned()
    let c = try p.act(.extend(days: 3, reason: "需协调物业"), at: "2026-11-25 16:00")
    // Three working days after Thursday: Fri, Mon, Tue.
    #expect(EngineFixture.day(c.deadline) == "2026-12-01")
    #expect(c.isExtended)
    #expect(c.extendedTiers == [.household])
    guard case .extended(let e) = p.events.last?.payload else {
      Issue.record("no extended event")
      return
    }
    #expect(e.days == 3 && e.tier == .household && e.reason == "需协调物业")
    #expect(throws: EngineError.alreadyExtended(.household)) {
      try p.act(.extend(days: 1, reason: "还要再等"), at: "2026-11-26 09:00")
    }
  }

  @Test func anExtensionAfterTheDeadlineIsRefusedNamingIt() throws {
    var p = try assigned()
    let refused = EngineError.extensionTooLate(deadline: CivilDate(2026, 11, 26))
    #expect(throws: refused) {
      try p.act(.extend(days: 2, reason: "来不及了"), at: "2026-11-27 08:00")
    }
    #expect(refused.message(.zh).contains("2026-11-26"))
    // The console dims the key for the same reason.
    #expect(
      p.engine.refusal(
        for: .extend, on: p.current, history: p.events, now: EngineFixture.at("2026-11-27 08:00"))
        == refused)
  }

  @Test func anExtensionKeepsItsBoundsAndNeedsAReason() throws {
    var p = try assigned()
    #expect(throws: EngineError.invalidExtension(days: 6, max: 5)) {
      try p.act(.extend(days: 6, reason: "久一点"), at: "2026-11-24 09:00")
    }
    #expect(throws: EngineError.invalidExtension(days: 0, max: 5)) {
      try p.act(.extend(days: 0, reason: "久一点"), at: "2026-11-24 09:00")
    }
    #expect(throws: EngineError.invalidField(.reason, .empty)) {
      try p.act(.extend(days: 2, reason: "  "), at: "2026-11-24 09:00")
    }
  }

  @Test func aNewTierMayBeExtendedAgain() throws {
    var p = try assigned()
    try p.act(.extend(days: 1, reason: "等物业"), at: "2026-11-24 09:00")
    try p.act(.escalate(.manual, note: "需要村居协调"), at: "2026-11-24 10:00")
    let c = try p.act(.extend(days: 2, reason: "村居协调中"), at: "2026-11-25 10:00")
    #expect(c.extendedTiers == [.household, .residence])
    #expect(c.isExtended)
  }

  // MARK: 退单

  @Test func aReturnGoesBackToDispatchAtTheSameTier() throws {
    var p = try assigned()
    let c = try p.act(
      .returnCase(grounds: .notOurs, tier: nil, note: "不是本楼栋的事"), at: "2026-11-24 10:00")
    #expect(c.state == .new)
    #expect(c.assignee == nil)
    #expect(c.tier == .household)
    #expect(c.returns == 1)
    // The tier's full time from the return: three working days from Tuesday.
    #expect(EngineFixture.day(c.deadline) == "2026-11-27")
    guard case .returned(let r) = p.events.last?.payload else {
      Issue.record("no returned event")
      return
    }
    #expect(r.owner == "张德明" && r.grounds == .notOurs && r.fromTier == .household)
    // Nobody owns it now: a second return has nothing to give back.
    #expect(throws: EngineError.noOwnerToReturn) {
      try p.act(.returnCase(grounds: .notOurs, tier: nil, note: "再退"), at: "2026-11-24 11:00")
    }
  }

  @Test func aWrongTierReturnGoesToTheTierItNames() throws {
    var p = try assigned()
    #expect(throws: EngineError.returnTier(.wrongTier)) {
      try p.act(.returnCase(grounds: .wrongTier, tier: nil, note: "层级不对"), at: "2026-11-24 10:00")
    }
    #expect(throws: EngineError.returnTier(.wrongTier)) {
      try p.act(
        .returnCase(grounds: .wrongTier, tier: .household, note: "层级不对"), at: "2026-11-24 10:00")
    }
    #expect(throws: EngineError.returnTier(.wrongAddress)) {
      try p.act(
        .returnCase(grounds: .wrongAddress, tier: .district, note: "地址错了"), at: "2026-11-24 10:00")
    }
    let c = try p.act(
      .returnCase(grounds: .wrongTier, tier: .district, note: "涉及市政管网"), at: "2026-11-24 10:00")
    #expect(c.tier == .district && c.state == .new && c.assignee == nil)
    // District: 15 working days from Tuesday 11-24.
    #expect(EngineFixture.day(c.deadline) == "2026-12-15")
  }

  // MARK: 催办

  @Test func anUrgeIsRefusedUntilTheCaseIsLate() throws {
    var p = try assigned()
    #expect(throws: EngineError.notLate) {
      try p.act(.urge(note: nil), at: "2026-11-24 09:00")
    }
    // First contact was due at the end of Tuesday and nobody called.
    let c = try p.act(.urge(note: "请今天联系群众"), at: "2026-11-25 09:00")
    #expect(c.urges == 1)
    guard case .urged(let u) = p.events.last?.payload else {
      Issue.record("no urged event")
      return
    }
    #expect(u.owner == "张德明" && u.reason == "请今天联系群众")
  }

  @Test func anUrgeOnAContactedCaseWaitsForTheDeadline() throws {
    var p = try assigned()
    try p.act(.visit(note: "电话联系", minutes: 5), at: "2026-11-23 15:00")
    #expect(throws: EngineError.notLate) {
      try p.act(.urge(note: nil), at: "2026-11-26 20:00")
    }
    try p.act(.urge(note: nil), at: "2026-11-27 00:30")
    #expect(p.current.urges == 1)
  }

  // MARK: 督办

  @Test func superviseSetsAndLiftsTheFlag() throws {
    var p = try assigned()
    #expect(try p.act(.supervise(on: true, note: "群众多次反映"), at: "2026-11-23 11:00").supervised)
    #expect(throws: EngineError.supervisionUnchanged(on: true)) {
      try p.act(.supervise(on: true, note: nil), at: "2026-11-23 11:05")
    }
    #expect(!(try p.act(.supervise(on: false, note: nil), at: "2026-11-23 11:10").supervised))
    #expect(throws: EngineError.supervisionUnchanged(on: false)) {
      try p.act(.supervise(on: false, note: nil), at: "2026-11-23 11:15")
    }
  }

  // MARK: 暂停到期

  /// Waiting from Tuesday 11-24 until Friday 11-27; swept on `sweep`.
  func expiredWait(sweptAt sweep: String) throws -> Played {
    var p = try assigned()
    let waiting = try p.act(
      .wait(reason: "等物业回复", until: EngineFixture.at("2026-11-27 12:00")), at: "2026-11-24 10:00")
    #expect(EngineFixture.day(waiting.waitUntil) == "2026-11-27")
    p.sweepAll(now: EngineFixture.at(sweep))
    return p
  }

  @Test func aWaitPastItsEndResumesAtTheEndWhenSweptOnTheDay() throws {
    let p = try expiredWait(sweptAt: "2026-11-28 08:00")
    let c = p.current
    #expect(c.state == .assigned)
    #expect(c.waitExpired)
    #expect(c.waitUntil == nil)
    // Paused Tue–Fri: four working days on the Thursday deadline → Wednesday 12-02, as a
    // worker resuming on Saturday morning would get.
    #expect(EngineFixture.day(c.deadline) == "2026-12-02")
  }

  @Test func aWaitPastItsEndResumesAtTheEndWhenSwept30DaysLater() throws {
    let onTheDay = try expiredWait(sweptAt: "2026-11-28 08:00")
    let later = try expiredWait(sweptAt: "2026-12-28 08:00")
    func resume(_ p: Played) -> EventPayload.Resumed? {
      p.events.lazy.compactMap { e -> EventPayload.Resumed? in
        if case .resumed(let r) = e.payload { return r }
        return nil
      }.first
    }
    let a = try #require(resume(onTheDay))
    let b = try #require(resume(later))
    #expect(a == b)
    #expect(a.expired == true)
    #expect(a.effectiveAt == EngineFixture.at("2026-11-28 00:00"))
    #expect(EngineFixture.day(a.deadline) == "2026-12-02")
    // A month later the case is also late, and the same sweep escalates it from that deadline.
    #expect(later.current.tier > .household)
    #expect(later.current.waitExpired)
  }

  @Test func theExpiredMarkStaysUntilAWorkerActs() throws {
    var p = try expiredWait(sweptAt: "2026-11-28 08:00")
    try p.act(.supervise(on: true, note: nil), at: "2026-11-28 09:00")
    #expect(p.current.waitExpired)
    try p.act(.visit(note: "物业已回复", minutes: 10), at: "2026-11-30 09:00")
    #expect(!p.current.waitExpired)
  }

  @Test func aWaitNeedsADayAfterTodayAndDefaultsFromTheRules() throws {
    var p = try assigned()
    #expect(throws: EngineError.invalidWaitUntil(CivilDate(2026, 11, 24), maxDays: 90)) {
      try p.act(
        .wait(reason: "等", until: EngineFixture.at("2026-11-24 18:00")), at: "2026-11-24 10:00")
    }
    #expect(throws: EngineError.invalidWaitUntil(CivilDate(2027, 3, 1), maxDays: 90)) {
      try p.act(
        .wait(reason: "等", until: EngineFixture.at("2027-03-01 12:00")), at: "2026-11-24 10:00")
    }
    // No day given: `waiting: default_working_days: 5` from data/routing.yaml.
    let c = try p.act(.wait(reason: "等居民出差回来"), at: "2026-11-24 10:00")
    #expect(p.engine.rules.waitDefaultDays == 5)
    #expect(EngineFixture.day(c.waitUntil) == "2026-12-01")
    // A wait with no end (an event from before waits had one) never resumes by itself.
    var old = c
    old.waitUntil = nil
    #expect(p.engine.expiredWaitResume(for: old, now: EngineFixture.at("2027-06-01 08:00")) == nil)
  }
}
