import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// One household of the register: where it is, its members and flags, who looks after it,
/// the Saturdays it came, and every case of its members (newest first) — so the booth sees
/// at once that a resident has come three Saturdays in a row. Enter opens a case; the case
/// keys (a e r) act on the selected one.
final class HouseholdScreen: Screen {
  let id: UUID
  private(set) var history: HouseholdHistory?
  private var list = ListView()
  private var stale = true
  /// Rows above the case list (filled by `render`, used by `prepare` for the list height).
  private var headerRows = 6

  init(id: UUID) {
    self.id = id
  }

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String {
    session.strings.register.householdTitle(history?.household.address.text ?? "")
  }

  var currentCaseID: String? {
    guard let cases = history?.cases, cases.indices.contains(list.selection) else { return nil }
    return cases[list.selection].id
  }

  func invalidate() { stale = true }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    if list.move(command) { return .handled }
    switch command {
    case .open:
      guard let id = currentCaseID else { return .handled }
      return .push(DetailScreen(id: id))
    case .back: return .pop
    default: return .ignored
    }
  }

  func hints(_ session: Session) -> [HintBar.Item] {
    session.hints([.open, .down, .up, .assign, .escalate, .back, .help], in: keyContext)
  }

  func prepare(_ rect: Rect, session: Session) {
    if stale {
      do {
        history = try session.store.householdHistory(id, calendar: session.engine.calendar)
        stale = false
      } catch {
        session.status.error(session.message(for: error))
      }
    }
    list.height = max(1, rect.height - headerRows - 2)
    list.count = history?.cases.count ?? 0
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    guard let h = history else { return }
    let r = session.strings.register
    let s = session.strings
    let lang = session.lang
    let sep = lang == .zh ? "、" : ", "
    let hh = h.household
    // The household's number unless a member's line already shows it.
    let shown = hh.members.compactMap(\.phone).map(PhoneNumber.digits)
    let householdPhone =
      hh.phone.isEmpty || shown.contains(PhoneNumber.digits(hh.phone))
      ? "" : " · " + PhoneMask.mask(hh.phone)
    let members = hh.members.map { m in
      m.phone.map { "\(m.name) \(PhoneMask.mask($0))" } ?? m.name
    }
    var fields: [(String, String, Role?)] = [
      (
        s.labelAddress,
        [h.unit?.name, h.grid?.name, hh.address.text].compactMap { $0 }
          .joined(separator: " "), nil
      ),
      (r.labelMembers, members.joined(separator: sep) + householdPhone, nil),
    ]
    if !hh.flags.isEmpty {
      fields.append((r.labelFlags, hh.flags.map { $0.name(lang) }.joined(separator: sep), .warning))
    }
    let carers = h.carers.map { p in
      p.name + "（" + p.roles.map { $0.name(lang) }.joined(separator: "·") + "）"
    }
    if !carers.isEmpty { fields.append((r.labelCarers, carers.joined(separator: sep), nil)) }
    let visits = h.visits.streakText(lang)
    if !visits.isEmpty { fields.append((r.labelVisits, visits, .warning)) }
    let lw = fields.map(\.0.displayWidth).max() ?? 4
    var y = rect.y
    for (label, value, role) in fields where y < rect.maxY {
      surface.put(label, at: Point(x: rect.x, y: y), role: .label)
      surface.put(
        value.clipped(to: rect.width - lw - 1), at: Point(x: rect.x + lw + 1, y: y),
        role: role ?? .normal)
      y += 1
    }
    headerRows = fields.count + 1
    y += 1
    guard y < rect.maxY else { return }
    surface.put(r.householdCases(h.cases.count), at: Point(x: rect.x, y: y), role: .title)
    y += 1
    guard !h.cases.isEmpty else {
      surface.put(r.noCases, at: Point(x: rect.x + 2, y: y), role: .muted)
      return
    }
    let table = CaseTable(
      format: session.format, width: rect.width, symbols: session.marksWithSymbols)
    table.renderHeader(on: surface, in: rect.row(y - rect.y))
    list.render(
      on: surface, in: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1)
    ) {
      i, line, selected in
      table.render(h.cases[i], on: line, selected: selected, now: session.now)
    }
  }
}
