import ShuoshiCore
import TerminalUI
import Testing

@testable import Console

/// Modals carry their answers: each button, option or prompt runs its own action, with what
/// was typed or chosen, and Cancel runs none.
@Suite("Modals")
struct ModalTests {
  /// Sends `keys` to `modal` and runs the chosen answer, as the app does; the outcome of the
  /// last key.
  @discardableResult
  private func press(_ keys: [Key], on modal: inout Modal) -> Dialog.Outcome {
    var outcome = Dialog.Outcome.ignored
    for key in keys {
      outcome = modal.handle(key)
      if case .chosen(let choice) = outcome { modal.answer(choice) }
    }
    return outcome
  }

  @Test func eachButtonOfAMessageRunsItsOwnAction() {
    var log: [String] = []
    var modal = Modal.message(
      "结案？", "",
      buttons: [
        Modal.Button("是") { log.append("yes") }, Modal.Button("否") { log.append("no") },
        Modal.Button("打印", key: .char("p")) { log.append("print") },
      ])
    press([.right, .enter], on: &modal)
    press([.char("p")], on: &modal)
    #expect(log == ["no", "print"])
  }

  @Test func aPromptGivesTheTrimmedTextAndItselfToAskAgain() {
    var replies: [Modal.Reply] = []
    var modal = Modal.prompt(
      "退回原因", "", text: " 漏水", buttons: [Modal.PromptButton("确定") { replies.append($0) }],
      cancel: "取消")
    press([.char(" "), .enter], on: &modal)
    #expect(replies.map(\.text) == ["漏水"])
    #expect(replies.first?.prompt.text == " 漏水 ")  // shown again as typed
    #expect(replies.first?.optionalText == "漏水")
  }

  @Test func cancellingAPromptRunsNothing() {
    var ran = false
    var modal = Modal.prompt(
      "退回原因", "", buttons: [Modal.PromptButton("确定") { _ in ran = true }], cancel: "取消")
    press([.tab, .enter], on: &modal)  // Cancel, the last button
    #expect(!ran)
    #expect(press([.escape], on: &modal) == .cancelled)
    #expect(!ran)
  }

  @Test func aPickerGivesTheChosenOption() {
    var picked: [Tier] = []
    var modal = Modal.picker(
      "层级", Tier.allCases, label: { $0.name(.zh) }, footer: ""
    ) { picked.append($0) }
    press([.char("2")], on: &modal)
    press([.down, .enter], on: &modal)
    #expect(picked == [Tier.allCases[1], Tier.allCases[1]])
  }
}
