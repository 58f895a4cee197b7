import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// `E` 更正 and `X` 作废/恢复 on case detail, and the intake's category override (`Ctrl-G`): each
/// goes through the store's one use case, and what the engine refuses is refused before any
/// reason is asked, with what was typed kept.
@Suite("Corrections and voiding in the console")
struct CorrectionConsoleTests {
  let lamp = CaseActionTests.lamp  // new, residence
  let leak = CaseActionTests.leak

  @Test func aPhoneIsCorrectedWithAReasonAndShownMasked() throws {
    let f = try ConsoleFixture()
    let app = try CaseActionTests().open(leak, in: f)
    let old = try f.store.find(leak).resident.phone
    app.handle(.char("E"))
    #expect(screen(app, 80, 24).find("更正哪一项") != nil)
    app.handle(.char("2"))  // 电话
    #expect(screen(app, 80, 24).find("原为：\(PhoneMask.mask(old))") != nil)
    app.type("1397280123")
    app.handle(.enter)
    // Refused before the reason: the prompt comes back with the ten digits kept.
    #expect(screen(app, 80, 24).find("“电话”无效") != nil)
    #expect(app.modal?.text == "1397280123")
    app.handle(.ctrl("u"))
    app.type("13900001234")
    app.handle(.enter)
    #expect(screen(app, 80, 24).find("更正原因") != nil)
    app.handle(.enter)  // no reason: asked again
    #expect(try f.store.find(leak).resident.phone == old)
    app.type("登记时写错一位")
    app.handle(.enter)
    #expect(try f.store.find(leak).resident.phone == "13900001234")
    let grid = screen(app, 100, 30)
    #expect(grid.find("139****1234") != nil, "\(grid.text())")
    #expect(grid.find("13900001234") == nil)
    #expect(grid.find("更正电话：\(PhoneMask.mask(old)) → 139****1234：登记时写错一位") != nil)
  }

  @Test func theCategoryIsPickedAndTheDeadlineFollows() throws {
    let f = try ConsoleFixture()
    let app = try CaseActionTests().open(lamp, in: f)
    let before = try f.store.find(lamp)
    let rules = f.engine.rules
    let target = try #require(rules.categories.firstIndex { $0.id != before.category })
    app.handle(.char("E"))
    app.handle(.char("5"))  // 类别
    #expect(screen(app, 80, 24).find("改为哪个类别") != nil)
    // Digits pick the first nine; move to the target instead.
    let current = rules.categories.firstIndex { $0.id == before.category } ?? 0
    for _ in 0..<abs(target - current) { app.handle(target > current ? .down : .up) }
    app.handle(.enter)
    app.type("登记时选错类别")
    app.handle(.enter)
    let after = try f.store.find(lamp)
    let chosen = rules.categories[target]
    #expect(after.category == chosen.id && after.tier == chosen.tier)
    #expect(
      after.deadline
        == f.engine.deadline(
          category: chosen.id, tier: chosen.tier, urgent: after.urgent, from: before.receivedAt))
    #expect(try f.store.history(of: after).contains { $0.kind == .corrected })
  }

  @Test func voidLeavesTheQueueAndXRestores() throws {
    let f = try ConsoleFixture()
    let app = try CaseActionTests().open(lamp, in: f)
    let open = try f.store.queueCounts(now: f.clock.now).open
    app.handle(.char("X"))
    #expect(screen(app, 80, 24).find("作废案件 \(lamp)") != nil)
    app.type("培训时录入的测试件")
    app.handle(.enter)
    #expect(try f.store.find(lamp).voided)
    #expect(try f.store.queueCounts(now: f.clock.now).open == open - 1)
    #expect(screen(app, 80, 24).find("〔已作废〕") != nil)
    // Nothing but 恢复 now: resolving is refused with the reason.
    app.handle(.char("r"))
    #expect(screen(app, 80, 24).find("案件已作废，不能办结") != nil)
    app.handle(.char("X"))
    #expect(screen(app, 80, 24).find("恢复案件 \(lamp)") != nil)
    app.type("不是测试件")
    app.handle(.enter)
    #expect(try !f.store.find(lamp).voided)
    #expect(try f.store.queueCounts(now: f.clock.now).open == open)
  }

  @Test func theIntakesCategoryIsOverriddenWithAReason() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("刘桂芳")
    app.handle(.enter)
    app.type("13600001234")
    app.handle(.enter)
    app.type("柏林村2组8号")
    app.handle(.enter)
    app.handle(.enter)
    app.type("村口的3号路灯坏了，晚上看不见路")
    let form = try #require(app.top as? IntakeScreen)
    let suggested = try #require(form.triage?.category)
    let rules = f.engine.rules
    let target = try #require(rules.categories.firstIndex { $0.id != suggested })
    app.handle(.ctrl("g"))
    #expect(screen(app, 100, 30).find("改为哪个类别") != nil)
    let current = rules.categories.firstIndex { $0.id == suggested } ?? 0
    for _ in 0..<abs(target - current) { app.handle(target > current ? .down : .up) }
    app.handle(.enter)
    app.type("属于市政路灯")
    app.handle(.enter)
    #expect(form.categoryOverride?.id == rules.categories[target].id)
    #expect(screen(app, 100, 30).find("人工调整类别") != nil)
    app.handle(.ctrl("s"))
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.category == rules.categories[target].id)
    let retiered = try f.store.history(of: saved).last { $0.kind == .retiered }
    #expect(retiered?.data.reason == "属于市政路灯")
  }
}
