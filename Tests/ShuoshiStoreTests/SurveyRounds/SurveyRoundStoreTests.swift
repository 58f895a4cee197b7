import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// 排查 rounds in a real store: recording (with its refusals), the period standing, cases found
/// by a round, and rounds travelling between laptops.
@Suite struct SurveyRoundStoreTests {
  static let unit = RegisterUnit(uuid: UUID(), name: "六堰社区", kind: .community)
  static let village = RegisterUnit(uuid: UUID(), name: "柳林村", kind: .village)
  static let first = Grid(uuid: UUID(), unitID: unit.uuid, name: "第一网格")
  static let second = Grid(uuid: UUID(), unitID: unit.uuid, name: "第二网格")
  static let villageGrid = Grid(uuid: UUID(), unitID: village.uuid, name: "第一网格")

  let f = StoreFixture()
  var rhythm: SurveyRhythm {
    SurveyRhythm(rules: f.engine.rules.surveyRounds, calendar: f.engine.calendar)
  }

  /// The register's grids, saved in late October so November's periods are owed.
  func register(_ store: CaseStore) throws {
    let saved = EngineFixture.at("2026-10-20 09:00")
    for u in [Self.unit, Self.village] { try store.save(unit: u, by: f.actor, now: saved) }
    for g in [Self.first, Self.second, Self.villageGrid] {
      try store.save(grid: g, by: f.actor, now: saved)
    }
    for n in 1...3 {
      let h = Household(
        uuid: UUID(), unitID: Self.unit.uuid, gridID: Self.first.uuid,
        address: HouseholdAddress(building: "3", entrance: "2", room: "50\(n)"))
      try store.save(household: h, by: f.actor, now: saved)
    }
  }

  func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

  @Test func aRoundIsRecordedAndItsPeriodCountsDoneOnce() throws {
    let store = try f.open()
    try register(store)
    let now = EngineFixture.at("2026-12-01 16:00")
    let r = try store.recordRound(
      SurveyRoundRequest(grid: "六堰社区 1网格", day: day("2026-11-20"), households: 3, note: "走访3栋"),
      rhythm: rhythm, by: f.actor, now: now)
    #expect(r.round.gridID == Self.first.uuid)
    #expect(r.round.gridName == "第一网格")
    try store.recordRound(
      SurveyRoundRequest(grid: "六堰社区 第一网格", day: day("2026-11-28"), households: 2),
      rhythm: rhythm, by: f.actor, now: now)
    try store.recordRound(
      SurveyRoundRequest(grid: "第二网格", day: day("2026-12-01"), households: 40, zeroReport: true),
      rhythm: rhythm, by: f.actor, now: now)

    let rows = try store.surveyStandings(rhythm: rhythm, now: now)
    let byName = Dictionary(
      uniqueKeysWithValues: rows.map { ("\($0.unit!.name)\($0.grid.name)", $0) })
    let first = try #require(byName["六堰社区第一网格"])
    #expect(first.standing.previousStatus == .done)
    #expect(first.standing.currentStatus == .due)
    #expect(first.households == 3)
    let second = try #require(byName["六堰社区第二网格"])
    #expect(second.standing.currentStatus == .zeroReport)
    #expect(second.standing.missedLast)
    #expect(second.currentRounds.count == 1)
    let village = try #require(byName["柳林村第一网格"])
    #expect(village.standing.missedLast)

    // Two rounds in 11-16–30 are one period done.
    let tally = rhythm.tally(
      kind: .community, since: nil,
      marks: try store.surveyRounds(grid: Self.first.uuid.uuidString).map(\.mark),
      from: day("2026-11-01"), to: day("2026-11-30"), today: day("2026-12-01"))
    #expect(tally.periods == 2)
    #expect(tally.done == 1)
    #expect(tally.missed == 1)

    // The log holds one register-like event per round; no case was made.
    #expect(try store.surveyRounds().count == 3)
    #expect(try store.registerHistory(of: r.round.uuid).map(\.kind) == [.roundRecorded])
  }

  @Test func badRoundsAreRefusedAndNothingIsWritten() throws {
    let store = try f.open()
    try register(store)
    let now = EngineFixture.at("2026-12-01 16:00")
    func refused(_ request: SurveyRoundRequest) -> SurveyRoundError? {
      do {
        try store.recordRound(request, rhythm: rhythm, by: f.actor, now: now)
        return nil
      } catch {
        guard case .surveyRound(let e) = error else { return nil }
        return e
      }
    }
    #expect(
      refused(.init(grid: "第九网格", day: day("2026-12-01"), households: 3))
        == .unknownGrid(key: "第九网格"))
    // Two units have a 第一网格.
    if case .ambiguousGrid = refused(.init(grid: "第一网格", day: day("2026-12-01"), households: 3)) {
    } else {
      Issue.record("第一网格 should be ambiguous")
    }
    // The register has 3 households in the first grid: 4 is more than it has.
    #expect(
      refused(.init(grid: "六堰社区/第一网格", day: day("2026-12-01"), households: 4))
        == .householdsOutOfRange(found: 4, limit: 3))
    // No households entered: the village's 1包15户 bounds it.
    #expect(
      refused(.init(grid: "柳林村 第一网格", day: day("2026-12-01"), households: 16))
        == .householdsOutOfRange(found: 16, limit: 15))
    #expect(
      refused(.init(grid: "第二网格", day: day("2026-12-01"), households: 0))
        == .householdsOutOfRange(found: 0, limit: 50))
    #expect(
      refused(.init(grid: "第二网格", day: day("2026-12-02"), households: 3))
        == .futureDay(day: day("2026-12-02"), today: day("2026-12-01")))
    #expect(
      refused(.init(grid: "第二网格", day: day("2025-12-01"), households: 3))
        == .tooOld(day: day("2025-12-01"), today: day("2026-12-01")))
    if case .invalidNote(.controlCharacter) = refused(
      .init(grid: "第二网格", day: day("2026-12-01"), households: 3, note: "好\u{1B}[2J"))
    {
    } else {
      Issue.record("a control character in the note should be refused")
    }
    #expect(try store.surveyRounds().isEmpty)
    let error = StoreError.surveyRound(.householdsOutOfRange(found: 4, limit: 3))
    #expect(error.exitCode == 4)
    #expect(error.message(.zh).contains("走访户数应为 1 到 3"))
    #expect(error.message(.en).contains("households visited must be 1 to 3"))
  }

  @Test func casesFoundByARoundAreCountedAsItsMatters() throws {
    let store = try f.open()
    try register(store)
    let now = EngineFixture.at("2026-12-01 16:00")
    let round = try store.recordRound(
      .init(grid: "第二网格", day: day("2026-12-01"), households: 20), rhythm: rhythm,
      by: f.actor, now: now)
    for text in ["5栋楼道堆放杂物，堵塞消防通道", "6栋与7栋之间路灯不亮"] {
      var intake = f.intake(text, at: "2026-12-01 16:10")
      intake.surveyRound = round.round.uuid
      _ = try store.takeIn(TakeInRequest(intake), engine: f.engine, by: f.actor, now: now)
    }
    _ = try store.takeIn(
      TakeInRequest(f.intake("楼上漏水", at: "2026-12-01 16:20")), engine: f.engine, by: f.actor,
      now: now)
    let found = try store.surveyRound(RegisterID.short(round.round.uuid))
    #expect(found.mattersFound == 2)

    // A 零报告 found nothing: no case can be found by it.
    let zero = try store.recordRound(
      .init(grid: "六堰社区第一网格", day: day("2026-12-01"), households: 3, zeroReport: true),
      rhythm: rhythm, by: f.actor, now: now)
    var intake = f.intake("楼道灯坏了", at: "2026-12-01 16:30")
    intake.surveyRound = zero.round.uuid
    #expect(throws: StoreError.surveyRound(.zeroReportRound(day: day("2026-12-01"), grid: "第一网格")))
    {
      try store.takeIn(TakeInRequest(intake), engine: f.engine, by: f.actor, now: now)
    }
    // An unknown round is refused too.
    intake.surveyRound = UUID()
    #expect(throws: StoreError.self) {
      try store.takeIn(TakeInRequest(intake), engine: f.engine, by: f.actor, now: now)
    }
  }

  @Test func aRoundAndItsFoundCaseTravelInABundle() throws {
    let laptops = try Laptops(2)
    let rhythm = self.rhythm
    let now = Date()
    let today = rhythm.calendar.civilDate(of: now)
    try laptops[0].save(unit: Self.unit, by: laptops.actor(0), now: now)
    try laptops[0].save(grid: Self.second, by: laptops.actor(0), now: now)
    let round = try laptops[0].recordRound(
      .init(grid: "第二网格", day: today, households: 12, note: "走访5栋、6栋"), rhythm: rhythm,
      by: laptops.actor(0), now: now)
    var intake = laptops.intake("5栋楼道堆放杂物", at: "2026-11-28 09:00")
    intake.surveyRound = round.round.uuid
    _ = try laptops[0].takeIn(
      TakeInRequest(intake), engine: laptops.engine, by: laptops.actor(0), now: now)
    try laptops.sync(0, to: 1)
    let there = try laptops[1].surveyRound(round.round.uuid.uuidString)
    #expect(there.round == round.round)
    #expect(there.recorder == laptops.actor(0).name)
    #expect(there.mattersFound == 1)
    let rows = try laptops[1].surveyStandings(rhythm: rhythm, now: now)
    #expect(rows.first?.standing.currentStatus == .done)
    // Importing again changes nothing.
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].surveyRounds().count == 1)
  }

  /// A peer's round is bounded like any text and count from a bundle: a households count no
  /// grid has, or a note with terminal controls, refuses the whole bundle.
  @Test func aHostileRoundInABundleIsRefused() throws {
    let laptops = try Laptops(2)
    let now = Date()
    try laptops[0].save(unit: Self.unit, by: laptops.actor(0), now: now)
    try laptops[0].save(grid: Self.second, by: laptops.actor(0), now: now)
    try laptops[0].recordRound(
      .init(grid: "第二网格", day: rhythm.calendar.civilDate(of: now), households: 12),
      rhythm: rhythm, by: laptops.actor(0), now: now)
    let edits: [(String, BundleFieldProblem?, (inout SurveyRound) -> Void)] = [
      ("data.round.households", .numberOutOfRange, { $0.households = 5000 }),
      ("data.round.households", .numberOutOfRange, { $0.households = -1 }),
      ("data.round.note", nil, { $0.note = "好\u{1B}]0;pwned\u{07}" }),
      ("data.round.gridName", nil, { $0.gridName = String(repeating: "格", count: 101) }),
    ]
    for (i, (field, problem, edit)) in edits.enumerated() {
      var forge = try BundleForge(try laptops.export(0))
      try forge.editData(forge.first(.roundRecorded)) { d in
        guard var r = d.round else { return }
        edit(&r)
        d.round = r
      }
      let url = laptops.root.url.appendingPathComponent("round-\(i).ssb")
      try forge.write(to: url)
      do {
        try laptops.importBundle(url, into: 1)
        Issue.record("\(field): imported")
      } catch let e as LedgerError {
        guard case .invalidEvent(_, _, _, let f, let p) = e else {
          Issue.record("\(field): \(e)")
          continue
        }
        #expect(f == field)
        if let problem { #expect(p == problem) }
        #expect(e.message(.zh).contains("未导入任何内容"))
      }
      #expect(try laptops[1].surveyRounds().isEmpty)
    }
    // Untouched, the same bundle is taken.
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].surveyRounds().count == 1)
  }

  /// The report's rows (table `16-survey-rounds`): November read on December 1 — two
  /// half-months owed by every grid (saved in October), done once however many rounds.
  @Test func theReportCountsDoneAndMissedPerGrid() throws {
    let store = try f.open()
    try register(store)
    let cal = f.engine.calendar
    let november = ReportRequest(
      period: ReportPeriod(
        kind: .month, first: day("2026-11-01"), last: day("2026-11-30"), calendar: cal),
      asOf: EngineFixture.at("2026-12-01 10:00"))
    // No round recorded here yet: no table.
    #expect(
      try store.report(november, rules: f.engine.rules, calendar: cal, generatedAt: Date())
        .surveyRounds == nil)
    let now = EngineFixture.at("2026-12-01 16:00")
    for (d, n, zero) in [
      ("2026-11-03", 3, false), ("2026-11-12", 2, true), ("2026-11-20", 3, true),
    ] {
      try store.recordRound(
        .init(grid: "六堰社区/第一网格", day: day(d), households: n, zeroReport: zero),
        rhythm: rhythm, by: f.actor, now: now)
    }
    // December's round is outside the period.
    try store.recordRound(
      .init(grid: "第二网格", day: day("2026-12-01"), households: 9), rhythm: rhythm, by: f.actor,
      now: now)
    let rows = try #require(
      try store.report(november, rules: f.engine.rules, calendar: cal, generatedAt: Date())
        .surveyRounds)
    let byGrid = Dictionary(uniqueKeysWithValues: rows.map { ($0.grid, $0) })
    let first = try #require(byGrid["六堰社区第一网格"])
    #expect(first.periods == 2)
    #expect(first.done == 2)
    #expect(first.missed == 0)
    #expect(first.zeroReports == 1)  // 11-16–30 had only a 零报告; 11-01–15 found something
    #expect(first.rounds == 3)
    #expect(first.households == 8)
    let second = try #require(byGrid["六堰社区第二网格"])
    #expect(second.missed == 2)
    #expect(second.rounds == 0)
    #expect(byGrid["柳林村第一网格"]?.missed == 2)
  }
}
