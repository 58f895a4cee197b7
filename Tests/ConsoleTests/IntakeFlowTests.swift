import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The intake form driven by keys, as a worker types: Chinese through the input method,
/// Enter to move on, Ctrl-S to save.
@Suite("Intake flow")
struct IntakeFlowTests {
  /// Types one whole intake; returns the keys pressed that were not text.
  @discardableResult
  func typeIntake(_ app: App, name: String = "刘桂芳", phone: String = "13600001234") -> Int {
    app.handle(.char("n"))
    app.type(name)
    app.handle(.enter)
    app.type(phone)
    app.handle(.enter)
    app.type("柏林村2组8号")
    app.handle(.enter)
    app.handle(.enter)  // no other party
    app.type("村口的3号路灯坏了，晚上看不见路")
    app.handle(.ctrl("s"))
    return 6
  }

  @Test func savesTheCaseAndShowsAReceipt() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let before = try f.store.count(CaseQuery())
    typeIntake(app)
    #expect(try f.store.count(CaseQuery()) == before + 1)
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.resident.name == "刘桂芳")
    #expect(saved.resident.phone == "13600001234")
    #expect(saved.resident.address == "柏林村2组8号")
    #expect(saved.text == "村口的3号路灯坏了，晚上看不见路")  // the digit was text, not a tier
    #expect(saved.otherParties.isEmpty)
    let grid = screen(app, 80, 24)
    #expect(grid.find("已登记") != nil)
    #expect(grid.find("回执 \(saved.id)") != nil)
    #expect(grid.find("说事回执") != nil)
    #expect(app.hasPendingWork)  // recounts, then a checkpoint of the store's log when idle
    app.settle()
    #expect(!app.hasPendingWork)
    app.handle(.enter)  // dismiss the receipt
    let queue = screen(app, 80, 24)
    #expect(queue.find("案件队列") != nil)
    // Selected where attention order puts it.
    let row = try #require(queue.find(saved.id))
    #expect(queue.roleAt(row.x, row.y) == .selected)
  }

  @Test func missingNameKeepsTheFormAndSaysWhyInChinese() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.handle(.tab)
    app.type("13600001234")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.type("楼道灯不亮")
    app.handle(.ctrl("s"))
    let grid = screen(app, 80, 24)
    #expect(grid.find("“姓名”不能为空") != nil)
    #expect(grid.find("楼道灯不亮") != nil)
    #expect(grid.find("13600001234") != nil)
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.focus == .name)
    app.type("李四")
    app.handle(.ctrl("s"))
    #expect(try f.store.list(CaseQuery(), offset: 0, limit: 1)[0].resident.name == "李四")
  }

  /// A 10-digit phone is refused at Ctrl-S: the focus goes to the phone, a dialog says what
  /// is expected; Ctrl-U clears the field, and 无电话 is taken and shown as it is.
  @Test func aTenDigitPhoneIsRefusedAndNoPhoneIsTaken() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let before = try f.store.count(CaseQuery())
    typeIntake(app, phone: "1397280123")
    #expect(try f.store.count(CaseQuery()) == before)
    // The whole expectation, in a dialog: it is longer than an 80-column status line.
    let grid = screen(app, 80, 24)
    for part in ["“电话”无效：应为 11 位手机号或带区号的", "0719-1234567", "没有电话填“无电话”", "+86"] {
      #expect(grid.find(part) != nil, "\(part)\n\(grid.text())")
    }
    app.handle(.enter)  // 返回修改
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.focus == .phone)
    app.handle(.ctrl("u"))
    app.type(PhoneNumber.none)
    app.handle(.ctrl("s"))
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.resident.phone == "无电话")
    #expect(screen(app, 80, 24).find("无电话") != nil)  // on the receipt, not masked
  }

  @Test func englishErrors() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp(lang: .en)
    app.handle(.char("n"))
    app.handle(.ctrl("s"))
    #expect(screen(app, 80, 24).find("name must not be empty") != nil)
  }

  @Test func escapeAsksBeforeDiscardingTypedText() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王")
    app.handle(.escape)
    #expect(screen(app, 80, 24).find("放弃这次登记？") != nil)
    app.handle(.enter)  // 继续填写 is the default
    #expect((app.top as? IntakeScreen)?.name.text == "王")
    app.handle(.escape)
    app.handle(.right)
    app.handle(.enter)
    #expect(app.top is QueueScreen)
    // An empty form closes at once.
    app.handle(.char("n"))
    app.handle(.escape)
    #expect(app.top is QueueScreen)
  }

  @Test func anUrgentComplaintSaysWhyItsDeadlineIsShort() throws {
    // The booth trial's complaint (issue 14), on the fixture's Saturday.
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("张三")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.type("楼道里有人堆放电动车电池充电，有起火危险")
    let triage = try #require((app.top as? IntakeScreen)?.triage)
    #expect(triage.category == "safety" && triage.urgent && triage.tier == .district)
    let grid = screen(app, 160, 40)
    #expect(grid.find("风险词“起火” → 当天联系，1 个工作日办结") != nil)
    #expect(grid.find("1 个工作日") != nil)
    app.handle(.ctrl("s"))
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.urgent)
    #expect(EngineFixture.day(saved.firstContactDue) == "2026-11-28")
    #expect(EngineFixture.day(saved.deadline) == "2026-11-30")
  }

  @Test func tierOverrideAsksForAReason() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("张三")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.type("楼上漏水")
    #expect((app.top as? IntakeScreen)?.triage?.tier == .household)
    app.handle(.ctrl("t"))
    app.handle(.char("3"))
    app.type("涉及公共管道")
    app.handle(.enter)
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.tierOverride?.tier == .district)
    #expect(screen(app, 80, 24).find("人工调整（建议 户）：涉及公共管道") != nil)
    app.handle(.ctrl("s"))
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.tier == .district)
    #expect(try f.store.history(of: saved).last?.data.reason == "涉及公共管道")
  }

  @Test func digitsPickATierOnlyFromTheTriagePanel() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.handle(.backTab)  // Shift-Tab from the name wraps to the triage panel
    #expect((app.top as? IntakeScreen)?.focus == .triage)
    app.handle(.char("2"))
    #expect(screen(app, 80, 24).find("调整层级的原因") != nil)
    app.type("村里统一处理")
    app.handle(.enter)
    #expect((app.top as? IntakeScreen)?.tierOverride?.tier == .residence)
    #expect((app.top as? IntakeScreen)?.name.text == "")
  }

  @Test func emptyOverrideReasonIsRefusedAndTheDialogStays() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.handle(.f(6))
    app.handle(.char("4"))
    app.handle(.enter)
    #expect(screen(app, 80, 24).find("“原因”不能为空") != nil)
    #expect(app.modal != nil)
  }

  @Test func duplicatesAreShownAndConfirmed() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王秀英")
    app.handle(.enter)
    app.type("13812345678")
    app.handle(.enter)
    app.handle(.enter)
    app.handle(.enter)
    app.type("楼上还在漏水")
    #expect(screen(app, 80, 24).find("可能重复的在办案件") != nil)
    #expect(screen(app, 80, 24).find("HJ-20261127-001 王秀英") != nil)
    let before = try f.store.count(CaseQuery())
    app.handle(.ctrl("s"))
    #expect(screen(app, 80, 24).find("仍然登记为新案件？") != nil)
    #expect(try f.store.count(CaseQuery()) == before)
    app.handle(.enter)  // 仍然登记
    #expect(try f.store.count(CaseQuery()) == before + 1)
  }

  @Test func addressCompletesFromEarlierCases() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.handle(.tab)
    app.handle(.tab)
    app.type("六堰社区3")
    #expect((app.top as? IntakeScreen)?.completion == "六堰社区3栋2单元502")
    #expect(screen(app, 80, 24).find("六堰社区3栋2单元502") != nil)  // the muted rest
    app.handle(.right)
    #expect((app.top as? IntakeScreen)?.address.text == "六堰社区3栋2单元502")
  }

  /// 黄志强's 六堰社区7栋… is the newest address starting with 六堰社区, but the phone typed is
  /// 王秀英's: her own earlier address comes first, and as soon as the field is entered.
  @Test func ownEarlierAddressIsOfferedFirstByPhone() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王秀英")
    app.handle(.tab)
    app.type("13812345678")
    app.handle(.tab)
    #expect((app.top as? IntakeScreen)?.completion == "六堰社区3栋2单元502")
    app.type("六堰社区")
    #expect((app.top as? IntakeScreen)?.completion == "六堰社区3栋2单元502")
    // Without her phone or name, the newest matching address is offered, as before.
    let other = f.settledApp()
    other.handle(.char("n"))
    other.handle(.tab)
    other.handle(.tab)
    other.type("六堰社区")
    #expect((other.top as? IntakeScreen)?.completion == "六堰社区7栋1单元302")
  }

  /// A returning resident's phone completes from her own earlier case by name, and her
  /// name by phone.
  @Test func ownEarlierPhoneAndNameComplete() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王秀英")
    app.handle(.tab)
    #expect((app.top as? IntakeScreen)?.completion == "13812345678")
    #expect(screen(app, 80, 24).find("13812345678") != nil)  // the muted rest
    app.handle(.right)
    #expect((app.top as? IntakeScreen)?.phone.text == "13812345678")
    let other = f.settledApp()
    other.handle(.char("n"))
    other.handle(.tab)
    other.type("13812345678")
    other.handle(.backTab)
    #expect((other.top as? IntakeScreen)?.completion == "王秀英")
    other.handle(.right)
    #expect((other.top as? IntakeScreen)?.name.text == "王秀英")
  }

  @Test func formSurvivesResizeAndTooSmall() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王秀英")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.type("楼上卫生间漏水，把我家天花板泡了")
    let before = screen(app, 80, 24).text()
    app.handle(.resize)
    let small = screen(app, 20, 5)
    #expect(small.find("窗口太小") != nil)
    app.handle(.resize)
    _ = screen(app, 120, 40)
    app.handle(.resize)
    #expect(screen(app, 80, 24).text() == before)
  }

  @Test func quitWithAnUnsavedFormAsksFirst() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王")
    app.handle(.ctrl("c"))
    #expect(!app.isFinished)
    #expect(screen(app, 80, 24).find("有未保存的登记") != nil)
    app.handle(.right)
    app.handle(.enter)
    #expect(app.isFinished)
  }

  @Test func intakeKeystrokes() throws {
    // The keys of one intake besides the typed text: n, Enter ×4, Ctrl-S (+ Enter to close
    // the receipt). README and the closing note quote this count.
    let f = try ConsoleFixture()
    let app = f.settledApp()
    #expect(typeIntake(app) + 1 == 7)
    app.handle(.enter)
    #expect(app.modal == nil && app.top is QueueScreen)
  }
}
