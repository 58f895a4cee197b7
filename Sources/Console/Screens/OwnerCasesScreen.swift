import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// "My cases": the open cases a person of the register owns (chosen with the person picker),
/// or that were assigned to a name as typed, newest first, as a queue-like list. Enter opens a
/// case; the case keys (a e r) act on the selected one; the list reloads after every action,
/// so a case escalated away leaves it.
final class OwnerCasesScreen: Screen {
  let owner: Handler
  /// The most a person is expected to own at once; more are counted but not listed.
  static let limit = 500
  private(set) var cases: [Case] = []
  private var list = ListView()
  private var stale = true

  init(owner: Handler) {
    self.owner = owner
  }

  convenience init(person: Person) {
    self.init(owner: .person(person))
  }

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String {
    session.strings.register.ownerCasesTitle(owner.name)
  }

  var currentCaseID: String? {
    cases.indices.contains(list.selection) ? cases[list.selection].id : nil
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
    session.hints([.open, .down, .up, .assign, .escalate, .resolve, .back, .help], in: keyContext)
  }

  func prepare(_ rect: Rect, session: Session) {
    if stale {
      do {
        switch owner {
        case .person(let person):
          cases = try session.store.cases(ownedBy: person.uuid, limit: Self.limit)
        case .named(let name):
          var query = CaseQuery()
          query.assignee = name
          query.states = CaseState.open
          cases = try session.store.list(query, offset: 0, limit: Self.limit)
        }
        stale = false
      } catch {
        session.status.error(session.message(for: error))
      }
    }
    list.height = max(1, rect.height - 1)
    list.count = cases.count
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    let table = CaseTable(
      format: session.format, width: rect.width, symbols: session.marksWithSymbols)
    table.renderHeader(on: surface, in: rect.row(0))
    guard !cases.isEmpty else {
      let text = session.strings.register.ownerCasesEmpty
      surface.put(
        text, at: Point(x: rect.x + max(0, (rect.width - text.displayWidth) / 2), y: rect.y + 2),
        role: .muted)
      return
    }
    list.render(on: surface, in: rect.inset(top: 1)) { i, line, selected in
      table.render(cases[i], on: line, selected: selected, now: session.now)
    }
  }
}
