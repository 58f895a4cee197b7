import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// One warning's evidence: level, place, party, households, the first complaint, then each
/// case with why it is linked ("同一小区 中瑞·领航城；同一对象 中瑞物业；文字相似 0.71").
/// Enter opens the selected case; `a` acknowledges, `x` dismisses with a reason, `o` takes it
/// on as a group case.
final class WarningScreen: Screen {
  let uuid: UUID
  private(set) var evidence: WarningEvidence?
  private(set) var selection = 0
  private var stale = true

  init(_ uuid: UUID) { self.uuid = uuid }

  var keyContext: KeyContext { .warnings }

  func title(_ session: Session) -> String {
    WarningConsoleStrings.forLang(session.lang).detailTitle(
      String(uuid.uuidString.lowercased().prefix(8)))
  }

  var currentCaseID: String? {
    evidence.flatMap { $0.items.indices.contains(selection) ? $0.items[selection].c.id : nil }
  }

  func invalidate() { stale = true }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let last = max(0, (evidence?.items.count ?? 1) - 1)
    switch command {
    case .down: selection = min(last, selection + 1)
    case .up: selection = max(0, selection - 1)
    case .pageDown: selection = min(last, selection + 5)
    case .pageUp: selection = max(0, selection - 5)
    case .first: selection = 0
    case .last: selection = last
    case .open:
      guard let id = currentCaseID else { return .handled }
      return .push(DetailScreen(id: id))
    case .acknowledgeWarning, .dismissWarning, .takeOnWarning:
      guard let w = evidence?.warning else { return .handled }
      return WarningActions(session: session, onDone: { [weak self] in self?.invalidate() })
        .perform(command, on: w)
    case .back: return .pop
    default: return .ignored
    }
    return .handled
  }

  func prepare(_ rect: Rect, session: Session) {
    guard stale else { return }
    do {
      let w = try session.store.warning(matching: uuid.uuidString)
      evidence = try session.store.evidence(of: w, rules: session.engine.rules.warning)
      stale = false
    } catch {
      session.status.error(session.message(for: error))
    }
    selection = max(0, min(selection, (evidence?.items.count ?? 1) - 1))
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    guard let e = evidence else { return }
    let s = WarningConsoleStrings.forLang(session.lang)
    let lang = session.lang
    let w = e.warning
    var y = rect.y
    let fields: [(String, String?, Role)] = [
      (
        s.fieldState, w.level.symbol + " " + w.level.name(lang) + "  " + w.stateName(lang),
        w.level.role
      ),
      (s.fieldHouseholds, "\(w.households)", .normal), (s.fieldPlace, w.place, .normal),
      (s.fieldParty, w.party, .normal), (s.fieldGroupWord, w.groupWord, .warning),
      (s.fieldFirst, session.format.shortMinute(w.firstAt), .normal),
    ]
    let lw = fields.map(\.0.displayWidth).max() ?? 4
    for (label, value, role) in fields where y < rect.maxY {
      guard let value, !value.isEmpty else { continue }
      surface.put(label, at: Point(x: rect.x, y: y), role: .label)
      surface.put(
        value, at: Point(x: rect.x + lw + 2, y: y), role: role, maxWidth: rect.width - lw - 2)
      y += 1
    }
    y += 1
    guard y < rect.maxY else { return }
    surface.put(s.casesHeading, at: Point(x: rect.x, y: y), role: .title, maxWidth: rect.width)
    y += 1
    let rows = max(1, (rect.maxY - y) / 2)
    let first = max(0, selection - rows + 1)
    for index in first..<e.items.count where y + 1 < rect.maxY {
      let item = e.items[index]
      let c = item.c
      let role: Role = index == selection ? .selected : .normal
      surface.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role)
      let head = "\(c.id)  \(session.format.day(c.receivedAt))  \(c.resident.name)  \(c.text)"
      surface.put(head, at: Point(x: rect.x + 1, y: y), role: role, maxWidth: rect.width - 1)
      let why = item.link.map { "↳ " + ($0.text(lang)) } ?? s.noLink
      surface.put(why, at: Point(x: rect.x + 3, y: y + 1), role: .muted, maxWidth: rect.width - 3)
      y += 2
    }
  }
}
