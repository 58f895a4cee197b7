import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import Testing

@testable import Console

/// A paste arrives as a run of keys read together. Regression: key by key (with a frame each)
/// a 100,000-character paste into the intake text took hours; the app now hands a run of
/// printable keys to the focused field as one edit, with the same result as key by key.
/// The tmux form of this is tests/fault/console-hostile.sh (docs/FAULTS.md).
@Suite("Pasting into the console")
struct PasteTests {
  func intakeOnText(_ app: App) {
    app.handle(.char("n"))
    app.type("压力测试")
    app.handle([.tab, .tab, .tab, .tab])
  }

  @Test(.timeLimit(.minutes(1))) func aHundredThousandCharacterPasteIsOneEdit() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    intakeOnText(app)
    let text = String(repeating: "楼上漏水，墙面裂缝。ABC 123 ", count: 5_600)
    #expect(text.count >= 100_000)
    let started = Date()
    app.handle(text.map(Key.char))
    _ = screen(app, 80, 24)
    #expect(Date().timeIntervalSince(started) < 10, "a 100,000-character paste took too long")
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.text.text == text)
    #expect(form.triage?.category != nil)
    // Over the grievance bound (FieldKind.text, 20,000 characters): refused with the field
    // named, nothing saved, the form kept as typed for the worker to shorten.
    let before = try f.store.count(CaseQuery())
    app.handle(.ctrl("s"))
    #expect(try f.store.count(CaseQuery()) == before)
    #expect(screen(app, 80, 24).find("“诉求内容”太长：最多 20000 个字") != nil)
    #expect((app.top as? IntakeScreen)?.text.text == text)
    #expect((app.top as? IntakeScreen)?.focus == .text)
  }

  /// Keys handled as one run or one by one leave the same form and the same screen. (Scalars
  /// that join into one grapheme — ZWJ emoji, flags, combining marks — differ on purpose: a
  /// run inserts the grapheme whole, as an input method's commit does; key by key they stay
  /// separate characters.)
  @Test func aRunOfKeysActsAsTheKeysOneByOne() throws {
    let pieces: [Key] = [
      .char("楼"), .char("上"), .char("漏"), .char("水"), .char("a"), .char("1"), .char(" "),
      .char("😀"), .char("，"), .char("3"), .char("栋"), .char("X"), .char("-"), .char("吵"),
      .enter, .tab, .backTab, .backspace, .left, .right, .up, .down, .home, .end, .delete,
      .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("t"), .escape,
    ]
    var rng = SystemRandomNumberGenerator()
    for round in 0..<40 {
      let keys = (0..<Int.random(in: 1..<80, using: &rng)).map { _ in
        // Mostly printable, so runs form; sometimes a key that moves, edits or opens a dialog.
        Bool.random(using: &rng) && Bool.random(using: &rng)
          ? pieces.randomElement(using: &rng)! : pieces[Int.random(in: 0..<14, using: &rng)]
      }
      let f = try ConsoleFixture(seed: false)
      let batch = f.settledApp()
      let single = f.settledApp()
      intakeOnText(batch)
      intakeOnText(single)
      batch.handle(keys)
      for key in keys { single.handle(key) }
      let a = screen(batch, 80, 24)
      let b = screen(single, 80, 24)
      let formA = batch.top as? IntakeScreen
      let formB = single.top as? IntakeScreen
      #expect(formA?.text.text == formB?.text.text, "round \(round): \(keys)")
      #expect(
        formA.map { $0.intake(receivedAt: ConsoleFixture.now) }
          == formB.map { $0.intake(receivedAt: ConsoleFixture.now) }, "round \(round): \(keys)")
      #expect(a.lines == b.lines, "round \(round): \(keys)")
    }
  }
}
