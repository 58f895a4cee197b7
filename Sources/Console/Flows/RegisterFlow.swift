import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The register from the console: the browser, whose cases to list, and the person picker
/// the other flows choose owners and volunteers with.
struct RegisterFlow: Flow {
  unowned let app: App

  /// Opens the register browser or asks whose cases to list (keys from the queue).
  func open(_ command: Command) {
    switch command {
    case .registerBrowser:
      if !(app.top is RegisterScreen) { app.stack.append(RegisterScreen()) }
    case .ownerCases:
      let s = session.strings
      show(
        handlerPicker(
          title: s.register.pickPersonTitle,
          freeText: (s.register.pickPersonTitle, s.handler.whoseCasesMessage)
        ) { handler in
          app.stack.append(OwnerCasesScreen(owner: handler))
        })
    default:
      break
    }
  }

  /// The person picker over the register (only people with `role` when given), choosing runs
  /// `onPick`; nil when the register has nobody to choose.
  func personPicker(
    title: String, role: PersonRole? = nil, onPick: @escaping (Person) -> Void
  ) -> Modal? {
    do {
      return try loadPicker(title: title, role: role).map { .people($0, onPick: onPick) }
    } catch {
      session.status.error(session.message(for: error))
      return nil
    }
  }

  /// One way to choose who handles a case: the register's person picker, which takes a name
  /// nobody there has as typed; with nobody in the register, a prompt for the name
  /// (`freeText`: its title and message).
  func handlerPicker(
    title: String, freeText: (title: String, message: String),
    onPick: @escaping (Handler) -> Void
  ) -> Modal? {
    let h = session.strings.handler
    do {
      if var picker = try loadPicker(title: title, role: nil) {
        picker.takeAsTyped = h.takeAsTyped
        return .handlers(picker, onPick: onPick)
      }
    } catch {
      session.status.error(session.message(for: error))
      return nil
    }
    return prompt(freeText.title, freeText.message) { reply in
      guard !reply.text.isEmpty else {
        session.status.error(h.nameEmpty)
        show(reply.prompt)
        return
      }
      onPick(.named(reply.text))
    }
  }

  /// The person picker over the register; nil when it has nobody.
  private func loadPicker(title: String, role: PersonRole?) throws(StoreError) -> PersonPicker? {
    let r = session.strings.register
    let table = session.services.pinyin?.table ?? PinyinTable(readings: [:])
    let search = try session.store.personSearch(table: table)
    guard !search.people.isEmpty else { return nil }
    return PersonPicker(
      title: title, footer: r.pickerHint, emptyText: r.nobodyFound, search: search, role: role,
      places: try places(of: search.people), lang: session.lang)
  }

  /// The person picker, or a message that the register has nobody to choose.
  func requiringPicker(
    title: String, role: PersonRole? = nil, onPick: @escaping (Person) -> Void
  ) -> Modal? {
    let picker = personPicker(title: title, role: role, onPick: onPick)
    if picker == nil, session.status.message?.role != .error {
      session.status.error(session.strings.register.noPeople)
    }
    return picker
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
}
