import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The intake form's flows: saving (the engine's checks, the duplicate check, the receipt),
/// the tier and owner overrides (each asks why), and leaving (asks first when something was
/// typed). It holds the form it belongs to.
struct IntakeFlow: Flow {
  unowned let app: App
  let form: IntakeScreen

  /// Handles the form's flow commands; false for the rest (field movement).
  func perform(_ command: Command) -> Bool {
    let s = session.strings
    switch command {
    case .save:
      save(confirmed: false)
    case .saveSettled:
      save(confirmed: false, settled: true)
    case .pickTier:
      show(
        picker(
          s.tierPickerTitle, Tier.allCases, label: session.format.tier,
          selection: form.tier?.rank ?? Tier.residence.rank
        ) { askTierReason($0) })
    case .tierHousehold, .tierResidence, .tierDistrict, .tierStreet:
      askTierReason(command.tier!)
    case .pickOwner:
      askOwner()
    case .pickCategory:
      askCategory()
    case .back:
      if form.hasUnsavedInput {
        show(
          .message(
            s.discardTitle, s.discardMessage,
            buttons: [
              Modal.Button(s.keepEditing),
              Modal.Button(s.discard) { app.stack.removeLast() },
            ]))
      } else {
        app.stack.removeLast()
      }
    default:
      return false
    }
    return true
  }

  /// Asks why the worker overrides the suggestion; choosing the suggested tier again just
  /// drops the override.
  func askTierReason(_ tier: Tier) {
    if let suggested = form.triage?.tier, suggested == tier {
      form.tierOverride = nil
      return
    }
    let lang = session.lang
    let from = (form.triage?.tier ?? .residence).name(lang)
    show(
      prompt(
        session.strings.tierReasonTitle, session.strings.tierReasonMessage(from, tier.name(lang)),
        text: form.tierOverride?.reason ?? ""
      ) { reply in
        guard requireReason(reply) else { return }
        form.tierOverride = (tier, reply.text)
      })
  }

  /// Asks who should own the case instead of the suggestion (a person of the register, or a
  /// name as typed: `RegisterFlow.handlerPicker`), then why (required, like the tier
  /// override); choosing the suggested owner again just drops the override.
  func askOwner() {
    let r = session.strings.register
    show(
      RegisterFlow(app: app).handlerPicker(
        title: r.pickOwnerTitle, freeText: (r.pickOwnerTitle, session.strings.handler.ownerMessage)
      ) { handler in
        if case .person(let person) = handler, person.uuid == form.route?.owner?.person.uuid {
          form.ownerOverride = nil  // the suggestion again: nothing to explain
          return
        }
        let from = form.route?.owner?.person.name ?? r.ownerNone
        show(
          prompt(
            r.ownerReasonTitle, r.ownerReasonMessage(from, handler.name),
            text: form.ownerOverride?.reason ?? ""
          ) { reply in
            guard requireReason(reply) else { return }
            form.ownerOverride = (handler, reply.text)
          })
      })
  }

  /// Saves the form. The engine checks it first (a missing, overlong or control-character
  /// field moves the focus there; a phone the rule refuses also opens a dialog saying what a
  /// phone may be); open cases that may be the same matter are shown for
  /// confirmation; a store failure keeps the form as it is. `settled`: settled at the booth
  /// table (当场化解) — asks how, then takes the case in already resolved.
  func save(confirmed: Bool, settled: Bool = false) {
    let s = session.strings
    let intake = form.intake(receivedAt: session.now)
    if let problem = session.engine.validate(intake).first {
      form.focus(onField: problem.field)
      let error = EngineError.invalidField(problem.field, problem.problem)
      session.status.error(error.message(session.lang))
      if problem.problem == .notAPhoneNumber {
        // What a phone may be is longer than a status line: the dialog says it all.
        show(
          .message(
            problem.field.name(session.lang), error.message(session.lang),
            buttons: [Modal.Button(s.goBack)]))
      }
      return
    }
    form.update(session)
    if !confirmed && !form.duplicates.isEmpty {
      let lines = form.duplicates.map {
        "\($0.id) \(session.format.resident($0)) \($0.state.name(session.lang))"
      }
      show(
        .message(
          s.duplicateTitle, s.duplicateMessage(lines),
          buttons: [
            Modal.Button(s.saveAnyway) { save(confirmed: true, settled: settled) },
            Modal.Button(s.goBack),
          ]))
      return
    }
    if settled {
      show(
        askOnSpotSummary { summary, reply in
          commit(intake, settledOnSpot: summary, retry: reply.prompt)
        })
    } else {
      commit(intake, settledOnSpot: nil)
    }
  }

  /// Takes the checked intake in (settled on the spot with `settledOnSpot`), then leaves the
  /// form for the queue with the receipt shown; a store failure keeps the form as it is (and
  /// brings `retry`, the summary prompt as answered, back after the message).
  private func commit(_ intake: Intake, settledOnSpot: String?, retry: Modal? = nil) {
    let s = session.strings
    let saved: Case
    do {
      saved = try takeIn(intake, settledOnSpot: settledOnSpot)
    } catch {
      let message = session.message(for: error)
      session.status.error(message)
      show(.message(s.errorTitle, message, buttons: [Modal.Button(s.ok) { show(retry) }]))
      return
    }
    app.stack.removeLast()
    app.dataChanged()
    app.top.select(id: saved.id, session: session)
    show(receipt(for: saved))
    session.status.show(s.recorded(saved.id, s.receiptTitle), role: .success)
  }

  /// Saves an intake with the suggested owner, or with the worker's choice and reason instead
  /// (or settled on the spot: nobody to route to), in one transaction (`CaseStore.takeIn`);
  /// linking waits for the idle upkeep after the receipt is painted (`App.linkOneSavedCase`).
  private func takeIn(_ intake: Intake, settledOnSpot: String?) throws(StoreError) -> Case {
    var owner = TakeInRequest.Owner.suggested
    if let (handler, reason) = form.ownerOverride {
      switch handler {
      case .person(let person): owner = .chosen(person, reason: reason)
      case .named(let name): owner = .named(name, reason: reason)
      }
    }
    return try session.store.takeIn(
      TakeInRequest(intake, owner: owner, settledOnSpot: settledOnSpot, linking: .deferred),
      engine: session.engine,
      by: session.services.actor, now: session.now)
  }
}

extension IntakeScreen {
  func startFlow(_ command: Command, in app: App) -> Bool {
    IntakeFlow(app: app, form: self).perform(command)
  }
}
