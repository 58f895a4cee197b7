import Foundation
import ShuoshiCore
import TerminalUI

/// The supervision dialogs: 延期 (days, then why), 退单 (grounds, the tier for 层级不对, then a
/// note), 催办 and 督办 (an optional note), and a wait's expected end. The engine decides; a
/// refusal comes back with what was typed kept.
extension CaseActionFlow {
  /// How many working days, each shown with the deadline it gives, then why.
  func askExtension(on c: Case) {
    let f = SupervisionConsoleStrings.forLang(session.lang)
    let calendar = session.engine.calendar
    guard let due = c.deadline else { return }
    let day = { (d: Date) in calendar.civilDate(of: d).description }
    let options = Array(1...max(1, session.engine.rules.extensionMaxDays))
    show(
      picker(
        f.extendTitle(day(due)), options,
        label: { f.extendOption($0, day(calendar.addWorkingDays($0, to: due))) }
      ) { days in
        let until = day(calendar.addWorkingDays(days, to: due))
        show(
          prompt(
            f.extendReasonTitle, f.extendReasonMessage(until),
            ok: recording(on: c.id) { .extend(days: days, reason: $0.text) }))
      })
  }

  /// The grounds; for 层级不对 the tier it belongs at; then what the owner found.
  func askReturn(on c: Case) {
    let f = SupervisionConsoleStrings.forLang(session.lang)
    let lang = session.lang
    let note = { (grounds: ReturnGrounds, tier: Tier?) in
      show(
        prompt(
          f.returnNoteTitle,
          f.returnNoteMessage(grounds.name(lang), session.format.tier(tier ?? c.tier)),
          ok: recording(on: c.id) { .returnCase(grounds: grounds, tier: tier, note: $0.text) }))
    }
    show(
      picker(f.returnTitle, ReturnGrounds.allCases, label: { $0.name(lang) }) { grounds in
        guard grounds == .wrongTier else { return note(grounds, nil) }
        let tiers = Tier.allCases.filter { $0 != c.tier }
        show(picker(f.returnTierTitle, tiers, label: session.format.tier) { note(.wrongTier, $0) })
      })
  }

  func askUrge(on c: Case) {
    let f = SupervisionConsoleStrings.forLang(session.lang)
    show(
      prompt(
        f.urgeTitle, f.urgeMessage(c.assignee ?? ""),
        ok: recording(on: c.id) { .urge(note: $0.optionalText) }))
  }

  /// 督办 toggles: set on a case without it, lift on a case with it.
  func askSupervision(on c: Case) {
    let f = SupervisionConsoleStrings.forLang(session.lang)
    let on = !c.supervised
    show(
      prompt(
        on ? f.superviseTitle : f.unsuperviseTitle,
        on ? f.superviseMessage : f.unsuperviseMessage,
        ok: recording(on: c.id) { .supervise(on: on, note: $0.optionalText) }))
  }

  /// Why the case waits, then until when (prefilled with the rules' default day).
  func askWait(on id: String) {
    let s = session.strings
    let engine = session.engine
    let calendar = engine.calendar
    let fallback = calendar.deadline(from: session.now, workingDays: engine.rules.waitDefaultDays)
    show(
      prompt(s.waitTitle, s.waitMessage) { reason in
        guard requireReason(reason) else { return }
        askWaitEnd(on: id, reason: reason.text, text: calendar.civilDate(of: fallback).description)
      })
  }

  private func askWaitEnd(on id: String, reason: String, text: String) {
    let f = SupervisionConsoleStrings.forLang(session.lang)
    let calendar = session.engine.calendar
    show(
      prompt(f.waitUntilTitle, f.waitUntilMessage, text: text) { reply in
        guard let day = CivilDate(iso: reply.text) else {
          session.status.error(f.badDay(reply.text))
          show(reply.prompt)
          return
        }
        perform(.wait(reason: reason, until: calendar.endOfDay(day)), on: id, retry: reply.prompt)
      })
  }
}
