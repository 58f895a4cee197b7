import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Search as you type over name, phone tail, address and text (Chinese substrings of any
/// length), or by a case number off a receipt. Each keystroke re-runs the query; only the
/// visible rows are fetched.
final class SearchScreen: Screen {
  private(set) var field = TextField()
  private var page = CasePage(query: CaseQuery())
  private var count = 0
  private var counted = false

  init() {}

  var keyContext: KeyContext { .search }

  func title(_ session: Session) -> String { session.strings.searchTitle }

  var currentCaseID: String? { nil }

  func invalidate() {
    page.invalidate()
    counted = false
  }

  func handleText(_ key: Key, session: Session) -> Bool {
    let before = field.text
    guard field.handle(key) else { return false }
    if field.text != before {
      var q = CaseQuery()
      let terms = field.text.trimmingCharacters(in: .whitespaces)
      // A case number lists the cases that carry it (two, where laptops without letters
      // both issued it): the worker picks the resident's.
      if IDFormat.isCaseID(terms) {
        q.number = terms.uppercased()
        q.includeMerged = true
      } else {
        q.search = terms.isEmpty ? nil : terms
      }
      page.reset(to: q)
      counted = false
    }
    return true
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    if page.move(command) { return .handled }
    switch command {
    case .open:
      guard let c = page.selectedCase(store: session.store) else { return .handled }
      return .push(DetailScreen(id: c.id))
    case .back: return .pop
    default: return .ignored
    }
  }

  private var hasQuery: Bool { page.query.search != nil || page.query.number != nil }

  func prepare(_ rect: Rect, session: Session) {
    guard hasQuery else { return }
    do {
      if !counted {
        count = try session.store.count(page.query)
        counted = true
      }
      try page.prepare(height: rect.height - 3, count: count, store: session.store)
    } catch {
      session.status.error(session.message(for: error))
    }
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    let s = session.strings
    surface.fill(rect, role: .normal)
    let label = s.searchLabel
    surface.put(label, at: rect.origin, role: .label)
    let x = rect.x + label.displayWidth + 1
    let tally = hasQuery ? (count == 0 ? s.searchNothing : s.searchCount(count)) : ""
    let fieldWidth = max(10, rect.width - label.displayWidth - 1 - tally.displayWidth - 2)
    var shown = field
    shown.placeholder = s.searchPlaceholder
    shown.render(
      on: surface, in: Rect(x: x, y: rect.y, width: fieldWidth, height: 1), focused: true)
    surface.putRight(tally, endingAt: rect.maxX, y: rect.y, role: count == 0 ? .muted : .label)
    let cursor = surface.cursor
    defer { surface.cursor = cursor }  // the rows below must not move the text cursor
    guard hasQuery else {
      surface.put(s.searchHint, at: Point(x: rect.x, y: rect.y + 2), role: .muted)
      return
    }
    let table = CaseTable(
      format: session.format, width: rect.width, symbols: session.marksWithSymbols)
    table.renderHeader(on: surface, in: rect.row(2))
    page.list.render(on: surface, in: rect.inset(top: 3)) { index, line, selected in
      guard let c = page.row(index) else { return }
      table.render(c, on: line, selected: selected, now: session.now)
    }
  }
}
