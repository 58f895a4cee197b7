import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

extension IntakeScreen {
  /// Asks the register who would own the case as typed (address, name, phone, tier), when
  /// any of them changed. Nothing is asked of a store without a register.
  func updateRoute(_ session: Session) {
    if hasRegister == nil { hasRegister = !((try? session.store.people().isEmpty) ?? true) }
    let resident = intake(receivedAt: session.now).resident
    let tier = self.tier ?? .residence
    let key = [resident.name, resident.phone, resident.address, tier.rawValue].joined(
      separator: "\u{1}")
    guard key != routeKey else { return }
    routeKey = key
    guard hasRegister == true, !resident.address.isEmpty || !resident.phone.isEmpty else {
      route = nil
      return
    }
    route = try? session.store.suggestRoute(for: resident, tier: tier)
  }

  /// The owner line of the triage panel: the owner (the worker's, or the suggestion).
  func ownerLine(_ session: Session) -> (String, String, Role?)? {
    let r = session.strings.register
    let lang = session.lang
    switch ownerOverride?.handler {
    case .person(let person)?:
      let role = person.roles.first.map { $0.name(lang) } ?? ""
      return (r.labelOwner, r.ownerWithRole(person.name, role), .warning)
    case .named(let name)?:
      return (r.labelOwner, name, .warning)
    case nil:
      break
    }
    guard let route else { return nil }
    guard let owner = route.owner else { return (r.labelOwner, r.ownerNone, .muted) }
    return (r.labelOwner, r.ownerWithRole(owner.person.name, owner.role.name(lang)), nil)
  }

  /// Why: the worker's reason for a changed owner, else routing's reasons in order.
  func routeReasons(_ session: Session) -> [String] {
    let r = session.strings.register
    if let o = ownerOverride {
      return [r.ownerOverride(route?.owner?.person.name ?? r.ownerNone, o.reason)]
    }
    return route?.reasons.map { $0.text(session.lang) } ?? []
  }

  /// Draws "分派依据" and its reasons from row `y` of `rect`; returns the next free row.
  func renderRouteReasons(on surface: any Surface, in rect: Rect, from y: Int, session: Session)
    -> Int
  {
    let reasons = routeReasons(session)
    guard !reasons.isEmpty, y + 2 < rect.maxY else { return y }
    var y = y + 1
    surface.put(
      session.strings.register.routeTitle, at: Point(x: rect.x, y: y), role: .label)
    y += 1
    for reason in reasons {
      for part in ("· " + reason).wrapped(to: rect.width - 2) where y < rect.maxY {
        surface.put(part, at: Point(x: rect.x + 1, y: y), maxWidth: rect.width - 1)
        y += 1
      }
    }
    return y
  }
}
