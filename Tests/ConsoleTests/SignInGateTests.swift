import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The console's own sign-in before an encrypted store opens (issue 16): the sign-in screen
/// on a directory whose store cannot be read without the key; the PIN unwraps the site key
/// from the keyring, and the store then opens with it.
@Suite("Sign-in before an encrypted store opens")
struct SignInGateTests {
  /// An encrypted data directory (real pages sealed with the site key of a real keyring, the
  /// cheapest scrypt) holding one case; 王芳 (片区/街道, 246810) and 小张 (网格员, 135791).
  final class EncryptedDesk {
    let dir = TempDir("shuoshi-gate")
    let data: DataDirectory

    init() throws {
      data = DataDirectory(url: dir.url.appendingPathComponent("data"))
      let (_, boss, _) = try Keyring.create(
        in: data, firstOperator: "王芳", secret: "246810", kdf: .minimum)
      var ring = try #require(try Keyring.load(from: data, kdf: .minimum))
      _ = try ring.add(
        NewOperator(name: "小张", role: .grid, grid: "G1"), secret: "135791", by: boss)
      let store = try CaseStore.open(
        data, siteCode: "HJ", encryption: try StoreEncryption(dataKey: boss.dataKey))
      _ = try store.takeIn(
        TakeInRequest(
          Intake(
            resident: Resident(name: "欧阳翠花", phone: "13812345678", address: "六堰社区3栋502"),
            text: "楼上卫生间漏水", receivedAt: ConsoleFixture.now)),
        engine: EngineFixture.engine, by: Actor("王芳"), now: ConsoleFixture.now)
      store.maintain(walLimit: 0)
    }

    deinit { dir.remove() }

    func gate(_ lang: Lang = .zh, preselect: String? = nil) throws -> SignInGate {
      try #require(
        try SignInGate.keyring(
          in: data, lang: lang, keymap: ConsoleFixture.keymap, preselect: preselect))
    }
  }

  func text(_ gate: SignInGate, _ width: Int = 100, _ height: Int = 30) -> String {
    let grid = CellGrid(width: width, height: height)
    gate.render(on: grid)
    return grid.text()
  }

  func type(_ pin: String, into gate: SignInGate) {
    for ch in pin { gate.handle(.char(ch)) }
    gate.handle(.enter)
  }

  @Test func theRightPINUnwrapsTheKeyThatOpensTheStore() throws {
    let desk = try EncryptedDesk()
    #expect(StoreEncryption.isEncrypted(desk.data))
    #expect(throws: StoreError.self) { try CaseStore.open(desk.data, siteCode: "HJ") }
    let gate = try desk.gate()
    let shown = text(gate)
    #expect(shown.contains("说事 · 请登录"))
    #expect(shown.contains("▶ 王芳"))
    #expect(shown.contains("小张"))
    #expect(shown.contains("Ctrl-Q 退出"))
    #expect(!shown.contains("欧阳翠花"))
    for ch in "246810" { gate.handle(.char(ch)) }
    #expect(text(gate).contains("PIN 或口令：••••••"))
    #expect(!text(gate).contains("246810"))
    gate.handle(.enter)
    guard case .signedIn(let person) = gate.outcome else {
      Issue.record("not signed in: \(text(gate))")
      return
    }
    #expect(person.info.name == "王芳" && person.info.role == .street)
    let store = try CaseStore.open(
      desk.data, siteCode: "HJ", encryption: try StoreEncryption(dataKey: person.dataKey))
    #expect(try store.list(CaseQuery()).map(\.resident.name) == ["欧阳翠花"])
  }

  @Test func aWrongPINShowsTheKeyringsMessageAndStaysOnTheScreen() throws {
    let desk = try EncryptedDesk()
    let gate = try desk.gate()
    type("999999", into: gate)
    guard case .editing = gate.outcome else {
      Issue.record("a wrong PIN was let through")
      return
    }
    #expect(text(gate).contains("“王芳”的 PIN 或口令不对（再错 4 次后须等待）"))
    #expect(!text(gate).contains("999999"))
  }

  /// Another operator picks their own name; five wrong PINs make the next try wait, even
  /// the right PIN, as on a plain store — counted in the file, so a restart does not reset it.
  @Test func anotherOperatorAndTheWaitAfterFiveWrongPINs() throws {
    let desk = try EncryptedDesk()
    let gate = try desk.gate(preselect: "小张")
    #expect(text(gate).contains("▶ 小张"))
    for _ in 0..<5 { type("000000", into: gate) }
    #expect(text(gate).contains("下次须等待后再试"))
    let again = try desk.gate(preselect: "小张")
    type("135791", into: again)
    guard case .editing = again.outcome else {
      Issue.record("the wait after five wrong tries was skipped")
      return
    }
    #expect(text(again).contains("“小张”输错次数过多，请"))
    // 王芳's tries are her own.
    let boss = try desk.gate()
    type("246810", into: boss)
    guard case .signedIn(let person) = boss.outcome else {
      Issue.record("王芳 was made to wait for 小张's tries")
      return
    }
    #expect(person.info.name == "王芳")
  }

  @Test func englishAndQuit() throws {
    let desk = try EncryptedDesk()
    let gate = try desk.gate(.en)
    #expect(text(gate).contains("shuoshi · sign in"))
    #expect(text(gate).contains("Ctrl-Q quit"))
    type("999999", into: gate)
    #expect(text(gate).contains("wrong PIN or passphrase for 王芳"))
    gate.handle(.ctrl("q"))
    guard case .quit = gate.outcome else {
      Issue.record("Ctrl-Q did not quit")
      return
    }
  }
}
