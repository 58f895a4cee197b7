import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Conflicts between laptops: every case field two laptops changed concurrently, with each
/// version (time, device, operator, what it set) and the one in effect, which every laptop
/// picks the same way (last in ledger order). Enter opens the case; `s` settles the selected
/// conflict by keeping one version, with a reason (an event, so the list updates at once).
final class ConflictsScreen: Screen {
  private(set) var items: [ConflictItem] = []
  /// The cases of `items`, for the resident's name (phone masked).
  private var cases: [String: Case] = [:]
  private(set) var selection = 0
  /// The first conflict drawn (so the selected one's block stays in view).
  private var firstShown = 0
  private var stale = true

  init() {}

  var keyContext: KeyContext { .conflicts }

  func title(_ session: Session) -> String { session.strings.ledger.conflictsTitle(items.count) }

  var selected: ConflictItem? { items.indices.contains(selection) ? items[selection] : nil }

  var currentCaseID: String? { selected?.caseID }

  func invalidate() { stale = true }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let last = max(0, items.count - 1)
    switch command {
    case .down: selection = min(last, selection + 1)
    case .up: selection = max(0, selection - 1)
    case .pageDown: selection = min(last, selection + 5)
    case .pageUp: selection = max(0, selection - 5)
    case .first: selection = 0
    case .last: selection = last
    case .open:
      guard let item = selected else { return .handled }
      return .push(DetailScreen(id: item.caseID))
    case .settle:
      guard let item = selected else { return .handled }
      return .ledger(.settle(item))
    case .back: return .pop
    default: return .ignored
    }
    return .handled
  }

  func prepare(_ rect: Rect, session: Session) {
    guard stale else { return }
    do {
      items = try session.store.conflicts()
      var found: [String: Case] = [:]
      for id in Set(items.map(\.caseID)) { found[id] = try session.store.find(id) }
      cases = found
      stale = false
    } catch {
      session.status.error(session.message(for: error))
    }
    selection = max(0, min(selection, items.count - 1))
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    let s = session.strings.ledger
    surface.fill(rect, role: .normal)
    surface.put(s.conflictsIntro, at: rect.origin, role: .muted, maxWidth: rect.width)
    let body = rect.inset(top: 2)
    guard !items.isEmpty else {
      let text = s.conflictsEmpty
      surface.put(
        text, at: Point(x: rect.x + max(0, (rect.width - text.displayWidth) / 2), y: body.y),
        role: .muted)
      return
    }
    scrollToSelection(rows: body.height)
    var y = body.y
    for index in firstShown..<items.count where y < body.maxY {
      for (i, line) in lines(items[index], session: session).enumerated() where y < body.maxY {
        let isHead = i == 0
        let role: Role = isHead ? (index == selection ? .selected : .label) : .normal
        if isHead { surface.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
        surface.put(line.text, at: Point(x: rect.x, y: y), role: role, maxWidth: rect.width)
        if let mark = line.mark, line.text.displayWidth + 2 < rect.width {
          let x = rect.x + line.text.displayWidth + 2
          surface.put(mark, at: Point(x: x, y: y), role: .success, maxWidth: rect.maxX - x)
        }
        y += 1
      }
      y += 1  // a blank line between conflicts
    }
  }

  /// A conflict's block: a headline (case, resident, field), then one line per version.
  private func lines(_ item: ConflictItem, session: Session) -> [(text: String, mark: String?)] {
    let s = session.strings.ledger
    let f = session.format
    let conflict = item.conflict
    let who = cases[item.caseID].map { f.resident($0) } ?? ""
    let field = conflict.field.name(session.lang)
    var out: [(String, String?)] = [
      (" \(item.caseID)  \(who)  \(s.conflictHeadline(field, conflict.versions.count))", nil)
    ]
    let width = conflict.versions.map(\.operator.displayWidth).max() ?? 0
    for (i, v) in conflict.versions.enumerated() {
      let text =
        "   [\(i + 1)] \(f.shortMinute(v.at))  \(s.device) \(v.device.prefix(8))  "
        + "\(v.operator.padded(to: width))  \(f.summary(v))"
      out.append((text, v.uuid == conflict.winner.uuid ? s.winnerMark : nil))
    }
    return out
  }

  /// Moves `firstShown` so the whole block of the selected conflict fits in `rows`.
  private func scrollToSelection(rows: Int) {
    let height = { (i: Int) in self.items[i].conflict.versions.count + 2 }
    firstShown = min(firstShown, selection)
    while firstShown < selection,
      (firstShown...selection).reduce(0, { $0 + height($1) }) > rows
    {
      firstShown += 1
    }
  }
}
