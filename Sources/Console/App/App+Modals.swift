import ShuoshiCore
import TerminalUI

/// Answers to the dialogs and pickers: each step either asks the next question or performs.
extension App {
  func handleModal(_ key: Key) {
    guard var m = modal else { return }
    switch m.handle(key) {
    case .ignored, .handled:
      modal = m
    case .cancelled:
      modal = nil
    case .chosen(let choice):
      modal = nil
      guard let ask = m.ask else {
        m.answer(choice)
        return
      }
      if case .dialog(let d) = m.body, d.input != nil, choice == d.buttons.count - 1 {
        return  // a prompt's last button is Cancel
      }
      answer(m, ask: ask, choice: choice)
    }
  }

  /// A step that needs a reason: with none given, says so (`message`, else the engine's "reason
  /// is empty") and asks again with what was typed kept. True when there is one.
  func requireReason(_ text: String, retry: Modal, message: String? = nil) -> Bool {
    guard text.isEmpty else { return true }
    session.status.error(message ?? EngineError.invalidField(.reason, .empty).message(session.lang))
    modal = retry
    return false
  }

  private func answer(_ m: Modal, ask: Ask, choice: Int) {
    let text = m.text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch ask {
    case .ledger(let step):
      answer(step, choice: choice, text: text, retry: m)
    }
  }

  /// A text prompt with OK (or `buttons`) and Cancel; Cancel is the last button.
  func prompt(
    _ ask: Ask, _ title: String, _ message: String, text: String = "", buttons: [String]? = nil
  ) -> Modal {
    let s = session.strings
    let labels = (buttons ?? [s.ok]) + [s.cancel]
    return Modal(
      body: .dialog(
        Dialog(
          title: title, message: message, input: TextField(text: text),
          buttons: labels.map { Dialog.Button($0) })), ask: ask)
  }

  func picker(_ ask: Ask, _ title: String, _ options: [String], selection: Int = 0) -> Modal {
    Modal(
      body: .picker(
        Picker(
          title: title, options: options, selection: selection,
          footer: session.strings.pickerHint)), ask: ask)
  }
}
