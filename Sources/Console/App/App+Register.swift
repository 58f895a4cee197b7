import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The intake's owner override: its reason step (until the intake flow is moved).
enum RegisterAsk {
  case intakeOwnerReason(person: Person)
}

extension App {
  /// Intake: asks who should own the case instead of the suggestion.
  func askIntakeOwner() {
    let r = session.strings.register
    modal = RegisterFlow(app: self).requiringPicker(title: r.pickOwnerTitle) {
      [unowned self] person in
      guard let form = top as? IntakeScreen else { return }
      if person.uuid == form.route?.owner?.person.uuid {
        form.ownerOverride = nil  // the suggestion again: nothing to explain
        return
      }
      let from = form.route?.owner?.person.name ?? r.ownerNone
      modal = prompt(
        .register(.intakeOwnerReason(person: person)), r.ownerReasonTitle,
        r.ownerReasonMessage(from, person.name), text: form.ownerOverride?.reason ?? "")
    }
  }

  /// Saves an intake with the suggested owner, or with the worker's choice and reason instead,
  /// in one transaction (`CaseStore.takeIn`).
  func saveRouted(_ intake: Intake, form: IntakeScreen) throws(StoreError) -> Case {
    let owner: TakeInRequest.Owner =
      form.ownerOverride.map { .chosen($0.0, reason: $0.1) } ?? .suggested
    return try session.store.takeIn(
      TakeInRequest(intake, owner: owner), engine: session.engine, by: session.services.actor,
      now: session.now)
  }

  func answer(_ step: RegisterAsk, modal m: Modal, text: String) {
    switch step {
    case .intakeOwnerReason(let person):
      guard let form = top as? IntakeScreen, requireReason(text, retry: m) else { return }
      form.ownerOverride = (person, text)
    }
  }
}
