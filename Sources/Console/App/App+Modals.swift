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
    let s = session.strings
    let lang = session.lang
    let text = m.text.trimmingCharacters(in: .whitespacesAndNewlines)
    let optional = text.isEmpty ? nil : text
    switch ask {
    case .assign(let id): perform(.assign(to: text, note: nil), on: id, retry: m)
    case .note(let id): perform(.note(text), on: id, retry: m)
    case .visit(let id): perform(.visit(note: optional, minutes: nil), on: id, retry: m)
    case .wait(let id): perform(.wait(reason: text), on: id, retry: m)
    case .resolve(let id): perform(.resolve(summary: text, onSpot: choice == 1), on: id, retry: m)
    case .rating(let id):
      let rating = Rating.allCases[choice]
      if rating == .unsatisfied {
        modal = prompt(.ratingComment(id: id), s.rateCommentTitle, s.rateCommentMessage)
      } else {
        perform(.rate(rating, comment: nil), on: id)
      }
    case .ratingComment(let id):
      perform(.rate(.unsatisfied, comment: optional), on: id, retry: m)
    case .escalationReason(let id, let from, let to):
      let reason = EscalationReason.allCases[choice]
      modal = prompt(
        .escalationNote(id: id, reason: reason, from: from, to: to), s.escalateNoteTitle,
        s.escalateNoteMessage(from.name(lang), to.name(lang)))
    case .escalationNote(let id, let reason, _, _):
      perform(.escalate(reason, note: optional), on: id, retry: m)
    case .retierTier(let id, _):
      begin(.retier, on: id, tier: Tier.allCases[choice])
    case .retierReason(let id, let tier):
      perform(.retier(tier, reason: text), on: id, retry: m)
    case .reopen(let id): perform(.reopen(reason: optional), on: id, retry: m)
    case .undo(let id):
      if choice == 0 { perform(.undo, on: id) }
    case .intakeTier:
      askIntakeTierReason(Tier.allCases[choice])
    case .intakeTierReason(let tier):
      setIntakeTier(tier, reason: text, retry: m)
    case .saveDespiteDuplicates:
      if choice == 0 { saveIntake(confirmed: true) }
    case .discardIntake:
      if choice == 1 { stack.removeLast() }
    case .notice:
      break
    case .register(let step):
      answer(step, modal: m, choice: choice, text: text)
    case .receipt(let id):
      if choice == 1 { writeReceipt(of: id) }
    case .resolveOnSpot(let id):
      perform(.resolve(summary: text, onSpot: true), on: id, retry: m)
    case .ledger(let step):
      answer(step, choice: choice, text: text, retry: m)
    }
  }
}
