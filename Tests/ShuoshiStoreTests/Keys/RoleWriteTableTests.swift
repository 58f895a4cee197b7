import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Every use case that writes asks `RolePolicy` itself (issue 16): for each, an auditor (审计)
/// is refused with the message naming the role the step needs, and nothing is written. A new
/// write use case belongs in this table.
@Suite("Every write use case refuses an auditor, naming the role needed")
struct RoleWriteTableTests {
  typealias Step = @Sendable (CaseStore, StoreFixture, Actor, String) throws -> Void

  static let now = EngineFixture.at("2026-11-28 10:05")
  static let auditor = Actor("赵敏", holder: RoleHolder(role: .auditor))

  /// (use case, the role its refusal names, the call) — `id` is a case of the store.
  static let writes: [(String, OperatorRole, Step)] = [
    (
      "takeIn", .grid,
      { s, f, a, _ in
        _ = try s.takeIn(TakeInRequest(f.intake("噪音")), engine: f.engine, by: a, now: now)
      }
    ),
    (
      "addSettledOnSpot", .grid,
      { s, f, a, _ in
        _ = try s.addSettledOnSpot(
          f.intake("噪音"), summary: "当场说通", engine: f.engine, by: a, now: now)
      }
    ),
    (
      "perform", .grid,
      { s, f, a, id in
        _ = try s.perform(.note("看过"), on: id, engine: f.engine, by: a, now: now)
      }
    ),
    (
      "assign", .grid,
      { s, f, a, id in
        let p = Person(uuid: UUID(), name: "李明", roles: [.gridHead])
        _ = try s.assign(id, to: p, reason: nil, engine: f.engine, by: a, now: now)
      }
    ),
    (
      "correct", .grid,
      { s, f, a, id in
        _ = try s.correct(
          id, Correction(.phone, to: "13900001111", reason: "记错"), engine: f.engine, by: a,
          now: now)
      }
    ),
    (
      "void", .street,
      { s, f, a, id in
        _ = try s.void(id, reason: "重复", engine: f.engine, by: a, now: now)
      }
    ),
    (
      "restore", .street,
      { s, f, a, id in
        _ = try s.restore(id, reason: "误作废", engine: f.engine, by: a, now: now)
      }
    ),
    (
      "formGroup", .grid,
      { s, f, a, id in
        _ = try s.formGroup(
          GroupCaseRequest(children: [id, id], summary: "同一栋楼漏水"), engine: f.engine, by: a,
          now: now)
      }
    ),
    (
      "addToGroup", .grid,
      { s, _, a, id in
        _ = try s.addToGroup(parent: id, children: [id], by: a, now: now)
      }
    ),
    (
      "removeFromGroup", .grid,
      { s, _, a, id in
        _ = try s.removeFromGroup(children: [id], by: a, now: now)
      }
    ),
    (
      "settle (conflict at the booth)", .grid,
      { s, _, a, id in
        _ = try s.settle(id, keep: "1", by: a, now: now)
      }
    ),
    ("reveal", .unit, { s, _, a, id in _ = try s.reveal(id, by: a, now: now) }),
    (
      "recordReveal", .unit,
      { s, _, a, id in
        try s.recordReveal(of: [try s.find(id).uuid], by: a, now: now)
      }
    ),
    (
      "mergeCases", .street,
      { s, _, a, id in
        _ = try s.mergeCases(keep: id, duplicate: id, by: a, now: now)
      }
    ),
    ("unmerge", .street, { s, _, a, id in _ = try s.unmerge(id, by: a, now: now) }),
    (
      "eraseResident", .street,
      { s, _, a, _ in
        _ = try s.eraseResident(.name("王大妈"), by: a, now: now)
      }
    ),
    (
      "openBoothDay", .grid,
      { s, _, a, _ in
        _ = try s.openBoothDay(
          BoothDayRequest(day: CivilDate(2026, 11, 28), placeIfNew: "六堰社区"),
          by: a, now: now)
      }
    ),
    (
      "closeSession", .grid,
      { s, _, a, _ in
        _ = try s.closeSession(day: CivilDate(2026, 11, 28), by: a, now: now)
      }
    ),
    (
      "acknowledgeWarning", .grid,
      { s, _, a, _ in
        _ = try s.acknowledgeWarning("W1", note: "已阅", by: a, now: now)
      }
    ),
    (
      "dismissWarning", .grid,
      { s, _, a, _ in
        _ = try s.dismissWarning("W1", reason: "不是同一件事", by: a, now: now)
      }
    ),
    (
      "takeOnWarning", .grid,
      { s, f, a, _ in
        _ = try s.takeOnWarning("W1", engine: f.engine, by: a, now: now)
      }
    ),
    (
      "rescanWarnings", .grid,
      { s, f, a, _ in
        _ = try s.rescanWarnings(rules: f.engine.rules.warning, by: a, now: now)
      }
    ),
    (
      "recordRound", .grid,
      { s, f, a, _ in
        _ = try s.recordRound(
          SurveyRoundRequest(
            grid: "G1", day: CivilDate(2026, 11, 27), households: 5),
          rhythm: SurveyRhythm(rules: f.engine.rules.surveyRounds, calendar: f.engine.calendar),
          by: a, now: now)
      }
    ),
    (
      "save(unit:)", .grid,
      { s, _, a, _ in
        _ = try s.save(
          unit: RegisterUnit(uuid: UUID(), name: "六堰社区", kind: .community), by: a, now: now)
      }
    ),
    (
      "save(grid:)", .grid,
      { s, _, a, _ in
        _ = try s.save(grid: Grid(uuid: UUID(), unitID: UUID(), name: "G1"), by: a, now: now)
      }
    ),
    (
      "importRegister", .grid,
      { s, _, a, _ in
        _ = try s.importRegister(
          .units, data: Data("名称,类型\n六堰社区,社区\n".utf8), file: "units.csv", by: a, now: now)
      }
    ),
    (
      "removeMember", .grid,
      { s, _, a, _ in
        _ = try s.removeMember("王大妈", from: "H1", by: a, now: now)
      }
    ),
    (
      "actOnEach (each refused)", .grid,
      { s, f, a, id in
        let outcome = try s.actOnEach(.note("看过"), ids: [id], engine: f.engine, by: a, now: now)
        if case .skipped(_, let error) = outcome[0] { throw error }
      }
    ),
    (
      "exportBundle (names)", .unit,
      { s, f, a, _ in
        _ = try s.exportBundle(
          to: f.dir.url.appendingPathComponent("out.shuoshi"),
          options: ExportOptions(secret: .passphrase("长城长江黄河泰山"), kdf: .minimum, actor: a),
          now: now)
      }
    ),
    (
      "caseBookEntries (台账 with names)", .unit,
      { s, f, a, _ in
        let period = ReportPeriod.month(year: 2026, month: 11, calendar: f.engine.calendar)
        _ = try s.caseBookEntries(
          ReportRequest(period: period, asOf: now, withNames: true), calendar: f.engine.calendar,
          by: a)
      }
    ),
  ]

  @Test(arguments: writes.indices)
  func anAuditorIsRefusedWithTheRoleNeeded(_ i: Int) throws {
    let (name, needed, step) = Self.writes[i]
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(f.intake("楼上漏水"), engine: f.engine, by: Actor("王芳"), now: Self.now)
    let events = try store.eventCount()
    do {
      try step(store, f, Self.auditor, c.id)
      Issue.record("\(name): an auditor was let through")
    } catch let error as StoreError {
      guard case .roleRefused(let refusal) = error else {
        Issue.record("\(name): refused for another reason: \(error.message(.zh))")
        return
      }
      #expect(refusal.needed == needed, "\(name)")
      #expect(error.message(.zh) == "需要 \(needed.name(.zh)) 角色", "\(name)")
      #expect(error.message(.en) == "needs the \(needed.name(.en)) role", "\(name)")
    }
    #expect(try store.eventCount() == events, "\(name) wrote something")
  }

  /// The same steps without sign-in (no role) are not refused for their role: the check
  /// stands aside where no operator signs in, as before 0.3.
  @Test func withoutSignInNoStepIsRefusedForItsRole() throws {
    for (name, _, step) in Self.writes {
      let f = StoreFixture()
      defer { f.dir.remove() }
      let store = try f.open()
      let c = try store.add(
        f.intake("楼上漏水"), engine: f.engine, by: Actor("王芳"), now: Self.now)
      do {
        try step(store, f, Actor("值班员"), c.id)
      } catch let error as StoreError {
        if case .roleRefused = error { Issue.record("\(name): refused without sign-in") }
      } catch {}
    }
  }

  /// A 网格员 settles conflicts, corrects and groups only their own grid's cases.
  @Test func aGridWorkerIsKeptToTheirGrid() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    var intake = f.intake("楼上漏水")
    intake.resident.gridID = "G2"
    let c = try store.add(intake, engine: f.engine, by: Actor("王芳"), now: Self.now, route: false)
    let zhang = Actor("小张", holder: RoleHolder(role: .grid, grid: "G1"))
    let outside = StoreError.roleRefused(
      RoleRefusal(step: .change, needed: .unit, outsideGrid: "G1"))
    #expect(throws: outside) {
      try store.correct(
        c.id, Correction(.phone, to: "13900001111", reason: "记错"), engine: f.engine, by: zhang,
        now: Self.now)
    }
    #expect(throws: outside) { try store.settle(c.id, keep: "1", by: zhang, now: Self.now) }
    #expect(throws: outside) {
      try store.removeFromGroup(children: [c.id], by: zhang, now: Self.now)
    }
  }
}
