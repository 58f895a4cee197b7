import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The register browser, one level per screen so `q` goes back up: units (社区/村) → their
/// grids (head, households against "1包50户"/"1包15户", open cases) → a grid's households
/// (address, head, flags, open cases) → one household's history (`HouseholdScreen`).
final class RegisterScreen: Screen {
  enum Level {
    case units
    case grids(RegisterUnit)
    case households(GridLoad)
  }

  let level: Level
  private var list = ListView()
  private(set) var units: [UnitSummary] = []
  private(set) var grids: [GridLoad] = []
  private(set) var households: [HouseholdSummary] = []
  private var stale = true

  init(level: Level = .units) {
    self.level = level
  }

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String {
    let r = session.strings.register
    switch level {
    case .units: return r.title
    case .grids(let u): return r.title + " · " + u.name
    case .households(let g): return r.title + " · " + (g.unit?.name ?? "") + " " + g.grid.name
    }
  }

  func invalidate() { stale = true }

  private var count: Int {
    switch level {
    case .units: return units.count
    case .grids: return grids.count
    case .households: return households.count
    }
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    if list.move(command) { return .handled }
    switch command {
    case .open:
      guard !list.isEmpty else { return .handled }
      let i = list.selection
      switch level {
      case .units: return .push(RegisterScreen(level: .grids(units[i].unit)))
      case .grids: return .push(RegisterScreen(level: .households(grids[i])))
      case .households: return .push(HouseholdScreen(id: households[i].household.uuid))
      }
    case .back: return .pop
    default: return .ignored
    }
  }

  func hints(_ session: Session) -> [HintBar.Item] {
    session.hints([.open, .down, .up, .back, .ownerCases, .help], in: keyContext)
  }

  func prepare(_ rect: Rect, session: Session) {
    if stale {
      do {
        switch level {
        case .units: units = try session.store.unitSummaries()
        case .grids(let u): grids = try session.store.gridLoads(in: u.uuid)
        case .households(let g):
          households = try session.store.householdSummaries(inGrid: g.grid.uuid)
        }
        stale = false
      } catch {
        session.status.error(session.message(for: error))
      }
    }
    list.height = max(1, rect.height - 1)
    list.count = count
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    let r = session.strings.register
    let table = self.table(r)
    surface.fill(rect.row(0), role: .label)
    surface.put(table.header(width: rect.width), at: rect.origin, role: .label)
    guard !list.isEmpty else {
      surface.put(r.empty, at: Point(x: rect.x + 1, y: rect.y + 2), role: .muted)
      return
    }
    list.render(on: surface, in: rect.inset(top: 1)) { i, line, selected in
      let cells = row(i, session: session).map {
        selected ? Segment($0.text, role: .selected) : $0
      }
      table.render(cells, on: line, in: line.bounds, role: selected ? .selected : .normal)
    }
  }

  private func table(_ r: RegisterStrings) -> Table {
    func col(_ i: Int, _ titles: [String], _ min: Int, _ max: Int?) -> Table.Column {
      Table.Column(titles[i], minWidth: min, maxWidth: max)
    }
    switch level {
    case .units:
      let t = r.columnsUnits
      return Table([
        col(0, t, 10, 16), col(1, t, 4, 10), col(2, t, 6, 10), col(3, t, 4, 6), col(4, t, 4, 10),
        col(5, t, 4, 6), col(6, t, 4, 6), col(7, t, 8, 12),
      ])
    case .grids:
      let t = r.columnsGrids
      return Table([col(0, t, 10, 16), col(1, t, 8, 14), col(2, t, 16, 24), col(3, t, 4, 6)])
    case .households:
      let t = r.columnsHouseholds
      return Table([
        col(0, t, 14, 20), col(1, t, 6, 10), col(2, t, 11, 11), col(3, t, 8, 30),
        col(4, t, 4, 6), col(5, t, 4, 6),
      ])
    }
  }

  /// The cells of row `i` at this level; a grid over capacity shows its count in `warning`.
  func row(_ i: Int, session: Session) -> [Segment] {
    let r = session.strings.register
    let lang = session.lang
    switch level {
    case .units:
      let u = units[i]
      return [
        Segment(u.unit.name), Segment(u.unit.kind.name(lang)), Segment(u.unit.district ?? ""),
        Segment("\(u.grids)"), Segment(r.households(u.households)), Segment("\(u.people)"),
        Segment("\(u.openCases)"), Segment(r.gridsOver(u.gridsOver), role: .warning),
      ]
    case .grids:
      let g = grids[i]
      let load =
        g.isOver
        ? Segment(r.overCapacity(g.households, g.limit), role: .warning)
        : Segment(r.households(g.households) + " / \(g.limit)")
      return [Segment(g.grid.name), Segment(g.head ?? ""), load, Segment("\(g.openCases)")]
    case .households:
      let h = households[i]
      let flags = h.household.flags.map { $0.name(lang) }.joined(separator: "·")
      return [
        Segment(h.household.address.text), Segment(h.household.headName),
        Segment(PhoneMask.mask(h.household.phone)), Segment(flags),
        Segment("\(h.openCases)", role: h.openCases > 0 ? .warning : nil), Segment("\(h.cases)"),
      ]
    }
  }
}

extension Session {
  /// Hint bar items for `commands`, each with its first key in `context` (unbound ones left
  /// out), for screens that show only the keys that work there.
  func hints(_ commands: [Command], in context: KeyContext) -> [HintBar.Item] {
    commands.compactMap { command in
      services.keymap.keys(for: command, in: context).first.map {
        HintBar.Item(key: $0.label, summary: command.title(lang))
      }
    }
  }
}
