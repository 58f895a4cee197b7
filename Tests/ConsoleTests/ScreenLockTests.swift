import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The booth screen: the sign-in the console starts on, the lock (a key, idle time) that
/// shows nothing of what was on screen, unlocking with the PIN, and another operator signing
/// in without seeing the first one's form (issue 16).
@Suite("Sign-in and the screen lock")
struct ScreenLockTests {
  /// A keyring (real scrypt, the cheapest parameters) with 王芳 (社区干部… as the first
  /// operator, 片区/街道) and 小张 (网格员); an app that starts on the sign-in screen.
  final class Booth {
    let f: ConsoleFixture
    let idle = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
    let app: App

    init() throws {
      f = try ConsoleFixture()
      let data = DataDirectory(url: f.dir.url.appendingPathComponent("data"))
      let (_, boss, _) = try Keyring.create(
        in: data, firstOperator: "王芳", secret: "246810", kdf: .minimum)
      var ring = try #require(try Keyring.load(from: data, kdf: .minimum))
      _ = try ring.add(
        NewOperator(name: "小张", role: .grid, grid: "G1"), secret: "135791", by: boss)
      var services = ConsoleServices(
        store: f.store, engine: f.engine, actor: Actor("王芳"), systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: f.clock, lang: .zh,
        keymap: ConsoleFixture.keymap)
      var signIn = ConsoleSignIn.keyring(ring, directory: data, idleLimit: 120)
      signIn.idleClock = idle
      services.signIn = signIn
      app = App(services: services)
      app.settle()
    }

    func signIn(_ pin: String) {
      for ch in pin { app.handle(.char(ch)) }
      app.handle(.enter)
    }

    var text: String { screen(app, 100, 30).text() }
  }

  /// Words of the seeded cases that must never show while locked.
  static let secrets = ["王秀英", "楼上卫生间漏水", "周国庆", "HJ-", "待办"]

  @Test func theConsoleStartsOnTheSignInScreenAndShowsNoCase() throws {
    let b = try Booth()
    #expect(b.app.isLocked)
    let text = b.text
    #expect(text.contains("说事 · 请登录"))
    #expect(text.contains("▶ 王芳"))
    #expect(text.contains("小张"))
    for word in Self.secrets { #expect(!text.contains(word), "\(word)") }
    b.signIn("246810")
    #expect(!b.app.isLocked)
    #expect(b.text.contains("王秀英"))
    #expect(b.text.contains("王芳"))
  }

  @Test func aWrongPINIsRefusedAndTheDigitsAreNeverShown() throws {
    let b = try Booth()
    for ch in "999999" { b.app.handle(.char(ch)) }
    #expect(b.text.contains("PIN 或口令：••••••"))
    #expect(!b.text.contains("999999"))
    b.app.handle(.enter)
    #expect(b.app.isLocked)
    #expect(b.text.contains("“王芳”的 PIN 或口令不对（再错 4 次后须等待）"))
  }

  @Test func ctrlLLocksAndTheLockShowsNothingOfTheScreenBehind() throws {
    let b = try Booth()
    b.signIn("246810")
    b.app.handle(.enter)  // open the selected case
    #expect(!b.app.isLocked)
    b.app.handle(.ctrl("l"))
    #expect(b.app.isLocked)
    let text = b.text
    #expect(text.contains("说事 · 已锁屏"))
    #expect(text.contains("王芳 离开时锁定"))
    for word in Self.secrets { #expect(!text.contains(word), "\(word)") }
    // Keys do nothing behind the lock.
    b.app.handle(.char("q"))
    b.app.handle(.backspace)
    #expect(b.app.isLocked)
    b.signIn("246810")
    #expect(!b.app.isLocked)
    #expect(b.app.top is DetailScreen)
  }

  @Test func f12LocksToo() throws {
    let b = try Booth()
    b.signIn("246810")
    b.app.handle(.f(12))
    #expect(b.app.isLocked)
  }

  @Test func theScreenLocksAfterTheIdleTimeAndNotBefore() throws {
    let b = try Booth()
    b.signIn("246810")
    b.idle.now += 119
    b.app.lockIfIdle()
    #expect(!b.app.isLocked)
    b.app.handle(.down)  // a key starts the idle time again
    b.idle.now += 119
    b.app.lockIfIdle()
    #expect(!b.app.isLocked)
    #expect(b.app.lockDeadline == b.idle.now + 1)
    b.idle.now += 1
    b.app.lockIfIdle()
    #expect(b.app.isLocked)
    #expect(b.app.lockDeadline == nil)
  }

  @Test func anotherOperatorSignsInWithoutSeeingTheFirstOnesFormWhichWaitsForThem() throws {
    let b = try Booth()
    b.signIn("246810")
    b.app.handle(.char("n"))
    b.app.type("刘桂芳")
    b.app.handle(.ctrl("l"))
    b.app.handle(.down)  // 小张
    b.signIn("135791")
    #expect(!b.app.isLocked)
    #expect(b.app.session.services.actor.name == "小张")
    #expect(b.app.session.services.actor.holder == RoleHolder(role: .grid, grid: "G1"))
    let theirs = b.text
    #expect(!theirs.contains("刘桂芳"))
    #expect(theirs.contains("王芳 的未完成页面已保留"))
    #expect(b.app.top is QueueScreen)
    b.app.handle(.ctrl("l"))
    #expect(b.text.contains("▶ 小张"))  // the one who locked is offered first
    b.app.handle(.up)
    b.signIn("246810")
    #expect(b.app.session.services.actor.name == "王芳")
    #expect(b.app.top is IntakeScreen)
    #expect(b.text.contains("刘桂芳"))
  }

  @Test func quittingAsksFirstWhenAnotherOperatorsFormIsParked() throws {
    let b = try Booth()
    b.signIn("246810")
    b.app.handle(.char("n"))
    b.app.type("刘桂芳")
    b.app.handle(.ctrl("l"))
    b.app.handle(.down)
    b.signIn("135791")
    b.app.handle(.ctrl("q"))
    #expect(!b.app.isFinished)
    #expect(b.app.modal != nil)
    #expect(!b.text.contains("刘桂芳"))
  }

  @Test func withoutOperatorsTheLockKeySaysWhyAndNothingLocks() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.ctrl("l"))
    #expect(!app.isLocked)
    #expect(screen(app, 120, 30).text().contains("未启用操作员登录，无法锁屏"))
  }

  @Test func aGridWorkerIsRefusedARevealWithTheRoleNamedAndTheKeyDimmed() throws {
    let b = try Booth()
    b.app.handle(.down)
    b.signIn("135791")
    b.app.handle(.enter)  // open the selected case
    let detail = try #require(b.app.top as? DetailScreen)
    #expect(detail.refusals(b.app.session).reason(.revealPhone) == "需要 社区干部 角色")
    #expect(detail.refusals(b.app.session).reason(.voidRestore) == "需要 片区/街道 角色")
    let events = try b.f.store.eventCount()
    b.app.handle(.char("p"))
    if b.app.modal != nil { b.app.handle(.enter) }
    #expect(b.text.contains("需要 社区干部 角色"))
    #expect(try b.f.store.eventCount() == events)
  }
}
