import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The intake flows: saving (with the duplicate check and the receipt), the tier override
/// (asks why), and cancelling (asks first when something was typed).
extension App {
  /// Handles the form's flow commands; false for the rest (field movement).
  func performIntake(_ command: Command, form: IntakeScreen) -> Bool {
    let s = session.strings
    switch command {
    case .save:
      saveIntake(confirmed: false)
    case .pickTier:
      modal = picker(
        .intakeTier, s.tierPickerTitle, Tier.allCases.map(session.format.tier),
        selection: form.tier?.rank ?? Tier.residence.rank)
    case .tierHousehold, .tierResidence, .tierDistrict, .tierStreet:
      askIntakeTierReason(command.tier!)
    case .pickOwner:
      askIntakeOwner()
    case .back:
      if form.hasUnsavedInput {
        modal = Modal(
          body: .dialog(
            Dialog(
              title: s.discardTitle, message: s.discardMessage,
              buttons: [Dialog.Button(s.keepEditing), Dialog.Button(s.discard)])),
          ask: .discardIntake)
      } else {
        stack.removeLast()
      }
    default:
      return false
    }
    return true
  }

  /// Asks why the worker overrides the suggestion; choosing the suggested tier again just
  /// drops the override.
  func askIntakeTierReason(_ tier: Tier) {
    guard let form = top as? IntakeScreen else { return }
    if let suggested = form.triage?.tier, suggested == tier {
      form.tierOverride = nil
      return
    }
    let lang = session.lang
    let from = (form.triage?.tier ?? .residence).name(lang)
    modal = prompt(
      .intakeTierReason(tier: tier), session.strings.tierReasonTitle,
      session.strings.tierReasonMessage(from, tier.name(lang)),
      text: form.tierOverride?.reason ?? "")
  }

  func setIntakeTier(_ tier: Tier, reason: String, retry: Modal) {
    guard let form = top as? IntakeScreen, requireReason(reason, retry: retry) else { return }
    form.tierOverride = (tier, reason)
  }

  /// Saves the form. The engine checks it first (a missing, overlong or control-character
  /// field moves the focus there); open cases that may be the same matter are shown for confirmation; a store
  /// failure keeps the form as it is.
  func saveIntake(confirmed: Bool) {
    guard let form = top as? IntakeScreen else { return }
    let s = session.strings
    let intake = form.intake(receivedAt: session.now)
    if let problem = session.engine.validate(intake).first {
      form.focus(onField: problem.field)
      let error = EngineError.invalidField(problem.field, problem.problem)
      session.status.error(error.message(session.lang))
      return
    }
    form.update(session)
    if !confirmed && !form.duplicates.isEmpty {
      let lines = form.duplicates.map {
        "\($0.id) \(session.format.resident($0)) \($0.state.name(session.lang))"
      }
      modal = Modal(
        body: .dialog(
          Dialog(
            title: s.duplicateTitle, message: s.duplicateMessage(lines),
            buttons: [Dialog.Button(s.saveAnyway), Dialog.Button(s.goBack)])),
        ask: .saveDespiteDuplicates)
      return
    }
    let saved: Case
    do {
      saved = try saveRouted(intake, form: form)
    } catch {
      let message = session.message(for: error)
      session.status.error(message)
      modal = Modal(
        body: .dialog(
          Dialog(title: s.errorTitle, message: message, buttons: [Dialog.Button(s.ok)])),
        ask: .notice)
      return
    }
    stack.removeLast()
    dataChanged()
    if let queue = top as? QueueScreen { queue.select(id: saved.id, session: session) }
    modal = receiptModal(for: saved)
    session.status.show(s.recorded(saved.id, s.receiptTitle), role: .success)
  }
}
