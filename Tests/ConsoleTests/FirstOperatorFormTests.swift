import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// After the first-run form: the operator's PIN (twice, as dots), the recovery key shown once,
/// or no sign-in when skipped (issue 16).
@Suite("First operator's PIN after the first-run form")
struct FirstOperatorFormTests {
  func render(_ form: FirstOperatorForm) -> String {
    let grid = CellGrid(width: 100, height: 24)
    form.render(on: grid)
    return grid.text()
  }

  @Test func aPINTypedTwiceMakesTheKeyringAndShowsTheRecoveryKeyOnce() throws {
    let dir = TempDir("shuoshi-first-op")
    defer { dir.remove() }
    let data = DataDirectory(url: dir.url)
    let form = FirstOperatorForm(
      lang: .zh, operatorName: "王芳", directory: data, kdf: .minimum)
    #expect(render(form).contains("设置 王芳 的登录 PIN"))
    form.type("12345")
    form.handle(.enter)
    #expect(render(form).contains("PIN 至少 6 位数字"))
    form.type("246810")
    #expect(render(form).contains("PIN：••••••"))
    #expect(!render(form).contains("246810"))
    form.handle(.enter)
    form.type("246811")
    form.handle(.enter)
    #expect(render(form).contains("两次输入不一致"))
    #expect(!Keyring.exists(in: data))
    form.type("246810")
    form.handle(.enter)
    form.type("246810")
    form.handle(.enter)
    let shown = render(form)
    #expect(shown.contains("恢复密钥（只显示这一次）"))
    let line = try #require(
      shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { RecoveryKey.parse($0) != nil && $0.count == 39 })
    form.handle(.enter)
    guard case .signedIn(let person) = form.outcome else {
      Issue.record("not signed in: \(form.outcome)")
      return
    }
    #expect(person.name == "王芳" && person.role == .street)
    var ring = try #require(try Keyring.load(from: data, kdf: .minimum))
    _ = try ring.signIn("王芳", secret: "246810", now: Date())
    _ = try ring.recover("王芳", recoveryKey: line, newSecret: "135791")
  }

  @Test func anEmptyPINSkipsSignIn() {
    let dir = TempDir("shuoshi-first-op")
    defer { dir.remove() }
    let data = DataDirectory(url: dir.url)
    let form = FirstOperatorForm(lang: .en, operatorName: "王芳", directory: data, kdf: .minimum)
    #expect(render(form).contains("Choose a sign-in PIN for 王芳"))
    form.handle(.enter)
    guard case .skipped = form.outcome else {
      Issue.record("not skipped: \(form.outcome)")
      return
    }
    #expect(!Keyring.exists(in: data))
  }
}
