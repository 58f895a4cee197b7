import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The questions of the register and the dispatch loop (点单 → 派单 → 送单 → 评单); each step
/// carries what the earlier ones chose.
enum RegisterAsk {
  /// Choose the owner of case `id` from the register, then why.
  case assignPerson(id: String)
  case assignReason(id: String, person: Person)
  /// 平台派单: choose a party member volunteer, then what they should do.
  case dispatchTo(id: String)
  case dispatchNote(id: String, person: Person)
  /// 党员送单: minutes spent, then what was done (done / not done yet).
  case deliverMinutes(id: String)
  case deliverNote(id: String, minutes: Int)
  /// Whose cases to list.
  case ownerCases
  /// Intake: change the suggested owner, then why (required, like the tier override).
  case intakeOwner
  case intakeOwnerReason(person: Person)
}

extension App {
  /// The person picker over the register (only people with `role` when given); nil when the
  /// register has nobody to choose (`requiringPicker` says so on the status line).
  func personPicker(_ step: RegisterAsk, title: String, role: PersonRole? = nil) -> Modal? {
    let r = session.strings.register
    do {
      let table = session.services.pinyin?.table ?? PinyinTable(readings: [:])
      let search = try session.store.personSearch(table: table)
      guard !search.people.isEmpty else { return nil }
      let picker = PersonPicker(
        title: title, footer: r.pickerHint, emptyText: r.nobodyFound, search: search, role: role,
        places: try places(of: search.people), lang: session.lang)
      return Modal(body: .people(picker), ask: .register(step))
    } catch {
      session.status.error(session.message(for: error))
      return nil
    }
  }

  /// `六堰社区 第一网格` for each person (their unit alone when they have no grid).
  private func places(of people: [Person]) throws(StoreError) -> [UUID: String] {
    let units = Dictionary(
      try session.store.units().map { ($0.uuid, $0.name) }, uniquingKeysWith: { a, _ in a })
    let grids = Dictionary(
      try session.store.grids().map { ($0.uuid, $0.name) }, uniquingKeysWith: { a, _ in a })
    var out: [UUID: String] = [:]
    for p in people {
      let parts = [p.unitID.flatMap { units[$0] }, p.gridID.flatMap { grids[$0] }, p.district]
      out[p.uuid] = parts.compactMap { $0 }.joined(separator: " ")
    }
    return out
  }

  /// Opens the register browser or asks whose cases to list (keys from the queue).
  func openRegister(_ command: Command) {
    switch command {
    case .registerBrowser:
      if !(top is RegisterScreen) { stack.append(RegisterScreen()) }
    case .ownerCases:
      modal = requiringPicker(.ownerCases, title: session.strings.register.pickPersonTitle)
    default:
      break
    }
  }

  /// Starts dispatching (派单) or recording a delivery (送单) on case `c`, after the engine
  /// accepted the step in the case's state.
  func beginLoop(_ command: Command, on c: Case) {
    let r = session.strings.register
    switch command {
    case .dispatchVolunteer:
      modal = requiringPicker(.dispatchTo(id: c.id), title: r.pickVolunteerTitle, role: .volunteer)
    case .deliver:
      modal = prompt(
        .register(.deliverMinutes(id: c.id)), r.deliverTitle,
        r.deliverMinutesMessage(c.volunteer ?? ""))
    default:
      break
    }
  }

  /// Intake: asks who should own the case instead of the suggestion.
  func askIntakeOwner() {
    modal = requiringPicker(.intakeOwner, title: session.strings.register.pickOwnerTitle)
  }

  /// The person picker, or a message that the register has nobody to choose.
  private func requiringPicker(_ step: RegisterAsk, title: String, role: PersonRole? = nil)
    -> Modal?
  {
    let picker = personPicker(step, title: title, role: role)
    if picker == nil, session.status.message?.role != .error {
      session.status.error(session.strings.register.noPeople)
    }
    return picker
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

  func answer(_ step: RegisterAsk, modal m: Modal, choice: Int, text: String) {
    let s = session.strings
    let r = s.register
    let optional = text.isEmpty ? nil : text
    var picked: Person? {
      if case .people(let p) = m.body { return p.selected }
      return nil
    }
    switch step {
    case .assignPerson(let id):
      guard let person = picked else { return }
      modal = prompt(
        .register(.assignReason(id: id, person: person)), s.assignTitle,
        r.assignReasonMessage(person.name))
    case .assignReason(let id, let person):
      perform(
        .assignOwner(name: person.name, id: person.uuid, note: optional, route: []), on: id,
        retry: m)
    case .dispatchTo(let id):
      guard let person = picked else { return }
      modal = prompt(
        .register(.dispatchNote(id: id, person: person)), r.dispatchNoteTitle,
        r.dispatchNoteMessage(person.name))
    case .dispatchNote(let id, let person):
      perform(
        .dispatch(to: person.name, volunteerID: person.uuid, note: optional), on: id, retry: m)
    case .deliverMinutes(let id):
      guard let minutes = Int(text), (1...1440).contains(minutes) else {
        session.status.error(r.minutesInvalid)
        modal = m
        return
      }
      modal = prompt(
        .register(.deliverNote(id: id, minutes: minutes)), r.deliverTitle, r.deliverNoteMessage,
        buttons: [r.deliverDone, r.deliverNotDone])
    case .deliverNote(let id, let minutes):
      perform(.deliver(minutes: minutes, note: optional, done: choice == 0), on: id, retry: m)
    case .ownerCases:
      guard let person = picked else { return }
      stack.append(OwnerCasesScreen(person: person))
    case .intakeOwner:
      guard let person = picked, let form = top as? IntakeScreen else { return }
      if person.uuid == form.route?.owner?.person.uuid {
        form.ownerOverride = nil  // the suggestion again: nothing to explain
        return
      }
      let from = form.route?.owner?.person.name ?? r.ownerNone
      modal = prompt(
        .register(.intakeOwnerReason(person: person)), r.ownerReasonTitle,
        r.ownerReasonMessage(from, person.name), text: form.ownerOverride?.reason ?? "")
    case .intakeOwnerReason(let person):
      guard let form = top as? IntakeScreen, requireReason(text, retry: m) else { return }
      form.ownerOverride = (person, text)
    }
  }
}
