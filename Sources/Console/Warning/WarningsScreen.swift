import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// 预警: the open and acknowledged warnings, 红 first, each with its level in its colour (and
/// a symbol, for mono terminals), households, cases, place, party and first complaint. Enter
/// shows a warning's evidence; `a`, `x` and `o` act on the selected warning there and here.
final class WarningsScreen: Screen {
  private(set) var items: [Warning] = []
  private(set) var selection = 0
  private var stale = true

  init() {}

  var keyContext: KeyContext { .warnings }

  func title(_ session: Session) -> String {
    WarningConsoleStrings.forLang(session.lang).listTitle(items.count)
  }

  var selected: Warning? { items.indices.contains(selection) ? items[selection] : nil }

  func invalidate() { stale = true }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let last = max(0, items.count - 1)
    switch command {
    case .down: selection = min(last, selection + 1)
    case .up: selection = max(0, selection - 1)
    case .pageDown: selection = min(last, selection + 10)
    case .pageUp: selection = max(0, selection - 10)
    case .first: selection = 0
    case .last: selection = last
    case .open:
      guard let w = selected else { return .handled }
      return .push(WarningScreen(w.uuid))
    case .acknowledgeWarning, .dismissWarning, .takeOnWarning:
      guard let w = selected else { return .handled }
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
      items = try session.store.warnings()
      stale = false
    } catch {
      session.status.error(session.message(for: error))
    }
    selection = max(0, min(selection, items.count - 1))
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    let s = WarningConsoleStrings.forLang(session.lang)
    surface.fill(rect, role: .normal)
    surface.put(s.intro, at: rect.origin, role: .muted, maxWidth: rect.width)
    let body = rect.inset(top: 2)
    guard !items.isEmpty else {
      let x = rect.x + max(0, (rect.width - s.empty.displayWidth) / 2)
      surface.put(s.empty, at: Point(x: x, y: body.y), role: .muted)
      return
    }
    let widths = [6, 4, 4, 16, 14, 11, 8]
    var x = body.x + 1
    for (i, column) in s.columns.enumerated() {
      surface.put(column, at: Point(x: x, y: body.y), role: .label, maxWidth: widths[i])
      x += widths[i] + 1
    }
    let first = max(0, selection - (body.height - 2))
    for (row, index) in (first..<items.count).enumerated() where body.y + 1 + row < body.maxY {
      let w = items[index]
      let y = body.y + 1 + row
      let isSelected = index == selection
      let lineRole: Role = isSelected ? .selected : .normal
      surface.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: lineRole)
      let level = w.level.symbol + " " + w.level.name(session.lang)
      var cx = body.x + 1
      let cells = [
        level, "\(w.households)", "\(w.cases.count)", w.place ?? "—", w.party ?? "—",
        session.format.day(w.firstAt), w.stateName(session.lang),
      ]
      for (i, cell) in cells.enumerated() {
        let role: Role = i == 0 && !isSelected ? w.level.role : lineRole
        surface.put(cell, at: Point(x: cx, y: y), role: role, maxWidth: widths[i])
        cx += widths[i] + 1
      }
    }
  }
}
