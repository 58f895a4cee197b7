import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// 更正 (`E`) and 作废/恢复 (`X`) on case detail: which field, its value now, the new value, why
/// — then the store's one use case (`CaseStore.correct`, `void`, `restore`), as the CLI calls it.
/// A new value the engine refuses (a phone that is no number, a time on another day) is
/// refused before the reason is asked, with what was typed kept.
extension CaseActionFlow {
  var corrections: CorrectionTexts { CorrectionTexts.forLang(session.lang) }

  /// The field picker, each field with its value now (the phone masked).
  func askCorrection(on c: Case) {
    let lang = session.lang
    show(
      picker(
        corrections.pickFieldTitle, CorrectableField.allCases,
        label: { corrections.fieldNow($0.name(lang), shownValue($0, of: c)) }
      ) { field in askValue(field, on: c) })
  }

  /// The new value: a picker for the category and urgency, a text prompt for the rest.
  private func askValue(_ field: CorrectableField, on c: Case) {
    let t = corrections
    switch field {
    case .category:
      let categories = session.engine.rules.categories
      show(
        picker(
          t.categoryTitle, categories, label: { $0.name(session.lang) },
          selection: categories.firstIndex { $0.id == c.category } ?? 0
        ) { checkValue(field, $0.id, on: c, retry: nil) })
    case .urgent:
      show(
        picker(
          t.urgentTitle, [true, false], label: { $0 ? t.yes : t.no }, selection: c.urgent ? 0 : 1
        ) { checkValue(field, $0 ? "yes" : "no", on: c, retry: nil) })
    default:
      show(
        prompt(t.valueTitle(field.name(session.lang)), t.valueMessage(shownValue(field, of: c))) {
          reply in checkValue(field, reply.text, on: c, retry: reply.prompt)
        })
    }
  }

  /// Asks the engine whether `value` may stand (a dry run: nothing is written), then why.
  private func checkValue(_ field: CorrectableField, _ value: String, on c: Case, retry: Modal?) {
    let probe = Correction(field, to: value, reason: "-")
    do {
      let drafts = try session.engine.decide(.correct(probe), on: c, history: [], now: session.now)
      guard case .corrected(let d) = drafts.first?.payload else { return }
      askReason(field, value, shown: display(field, d.after), on: c)
    } catch {
      session.status.error(session.message(for: error))
      show(retry)
    }
  }

  private func askReason(_ field: CorrectableField, _ value: String, shown: String, on c: Case) {
    let t = corrections
    let name = field.name(session.lang)
    show(
      prompt(t.reasonTitle, t.reasonMessage(name, shownValue(field, of: c), shown)) { reply in
        guard requireReason(reply) else { return }
        record(reply.prompt) {
          try session.store.correct(
            c.id, Correction(field, to: value, reason: reply.text), engine: session.engine,
            by: session.services.actor, now: session.now)
        }
      })
  }

  /// 作废 a case (its id, resident and grievance named in the dialog), or 恢复 a voided one.
  func askVoidOrRestore(on c: Case) {
    let t = corrections
    let store = session.store
    let engine = session.engine
    let actor = session.services.actor
    let now = session.now
    if c.voided {
      show(
        prompt(
          t.restoreTitle(c.id), t.restoreMessage,
          buttons: [
            Modal.PromptButton(t.restoreButton) { reply in
              guard requireReason(reply) else { return }
              record(reply.prompt) {
                try store.restore(c.id, reason: reply.text, engine: engine, by: actor, now: now)
              }
            }
          ]))
      return
    }
    let what = "\(session.format.resident(c))：\(PersonalMask.text(c.text))"
    show(
      prompt(
        t.voidTitle(c.id), t.voidMessage(what.clipped(to: 56)),
        buttons: [
          Modal.PromptButton(t.voidButton) { reply in
            guard requireReason(reply) else { return }
            record(reply.prompt) {
              try store.void(c.id, reason: reply.text, engine: engine, by: actor, now: now)
            }
          }
        ]))
  }

  /// Runs `write`; on success the status line shows the new history line(s) and every screen
  /// reloads; on a refusal the message shows and `retry` comes back with what was typed.
  private func record(_ retry: Modal, _ write: () throws -> Case) {
    do {
      let c = try write()
      app.dataChanged()
      let history = try session.store.history(of: c)
      let from =
        history.lastIndex { [.corrected, .voided, .restored].contains($0.kind) }
        ?? history.index(before: history.endIndex)
      let lines = history[from...].map(session.format.summary).joined(separator: "；")
      session.status.show(session.strings.recorded(c.id, lines), role: .success)
    } catch {
      session.status.error(session.message(for: error))
      show(retry)
    }
  }

  /// The value of `field` on `c` as the dialogs show it (the phone masked, as on the screen).
  private func shownValue(_ field: CorrectableField, of c: Case) -> String {
    switch field {
    case .name: return display(field, c.resident.name)
    case .phone: return display(field, c.resident.phone)
    case .address: return display(field, c.resident.address)
    case .otherParty: return display(field, c.otherParties.joined(separator: "、"))
    case .category: return session.format.category(id: c.category)
    case .text: return display(field, PersonalMask.text(c.text).clipped(to: 40))
    case .urgent: return c.urgent ? corrections.yes : corrections.no
    case .receivedAt: return session.engine.calendar.minuteText(of: c.receivedAt)
    }
  }

  /// A new value as the dialogs show it.
  private func display(_ field: CorrectableField, _ value: String?) -> String {
    guard let value, !value.isEmpty else { return corrections.empty }
    switch field {
    case .category: return session.format.category(id: value)
    case .urgent: return value == "true" ? corrections.yes : corrections.no
    case .phone: return PhoneMask.mask(value)
    case .text: return PersonalMask.text(value).clipped(to: 40)
    default: return value
    }
  }
}
