import Foundation
import ShuoshiCore
import TerminalUI

/// A centred box for choosing a person of the register: a search field over name, pinyin
/// initials or full pinyin and phone digits (`zs` finds 张三, `张` too), and the best matches
/// as rows of name, roles, grid and masked phone. Printable keys go to the field, Up/Down
/// (Tab) move, Enter picks the highlighted person, Esc cancels.
struct PersonPicker {
  var title: String
  /// A line under the rows (how to use the picker).
  var footer: String
  /// Shown instead of rows when nobody matches.
  var emptyText: String
  let search: PersonSearch
  /// Only people with this role are offered (volunteers when dispatching).
  let role: PersonRole?
  /// Where each person sits, by person: `六堰社区 第一网格`.
  let places: [UUID: String]
  let lang: Lang
  /// When set, a name nobody in the register has may be taken as typed: Enter picks it, and
  /// this says so in place of `emptyText`.
  var takeAsTyped: (@Sendable (String) -> String)?
  private(set) var field = TextField()
  private(set) var matches: [PersonMatch] = []
  private(set) var selection = 0
  static let maxRows = 10

  init(
    title: String, footer: String, emptyText: String, search: PersonSearch, role: PersonRole?,
    places: [UUID: String], lang: Lang
  ) {
    self.title = title
    self.footer = footer
    self.emptyText = emptyText
    self.search = search
    self.role = role
    self.places = places
    self.lang = lang
    refresh()
  }

  /// The highlighted person.
  var selected: Person? { matches.indices.contains(selection) ? matches[selection].person : nil }

  /// The name typed, trimmed, when it may be taken as typed (nobody matches); else nil.
  var typedName: String? {
    let name = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return takeAsTyped != nil && matches.isEmpty && !name.isEmpty ? name : nil
  }

  mutating func handle(_ key: Key) -> Dialog.Outcome {
    switch key {
    case .escape: return .cancelled
    case .enter:
      if matches.isEmpty { return typedName == nil ? .handled : .chosen(0) }
      return .chosen(selection)
    case .down, .tab:
      if !matches.isEmpty { selection = (selection + 1) % matches.count }
    case .up, .backTab:
      if !matches.isEmpty { selection = (selection + matches.count - 1) % matches.count }
    default:
      let before = field.text
      guard field.handle(key) else { return .ignored }
      if field.text != before { refresh() }
    }
    return .handled
  }

  /// Types `text` into the search field (tests, a paste).
  mutating func type(_ text: String) {
    field.insert(text)
    refresh()
  }

  private mutating func refresh() {
    matches = search.search(field.text, role: role, limit: Self.maxRows)
    selection = 0
  }

  /// One person's row: name, roles, where, masked phone.
  func row(_ p: Person, width: Int) -> String {
    let table = Table([
      Table.Column("", minWidth: 8, maxWidth: 10),
      Table.Column("", minWidth: 10, maxWidth: 22),
      Table.Column("", minWidth: 10, maxWidth: 24),
      .fixed("", width: 11),
    ])
    let roles = p.roles.map { $0.name(lang) }.joined(separator: "·")
    return table.format(
      [p.name, roles, places[p.uuid] ?? "", PhoneMask.mask(p.phone)], width: width)
  }

  func frame(in bounds: Rect) -> Rect {
    let rows = min(Self.maxRows, max(1, bounds.height - 10))
    let width = min(max(40, footer.displayWidth + 4), max(20, bounds.width - 4))
    return bounds.centered(Size(width: max(width, min(72, bounds.width - 4)), height: rows + 6))
  }

  func render(on surface: some Surface) {
    let box = frame(in: surface.bounds)
    surface.fill(box, role: .dialog)
    surface.drawBox(box, role: .dialog, title: title, titleRole: .dialogTitle)
    let inside = surface.region(box.inset(top: 1, left: 2, bottom: 1, right: 2))
    let w = inside.size.width
    let rows = inside.size.height - 4
    if matches.isEmpty {
      let text = typedName.flatMap { name in takeAsTyped.map { $0(name) } } ?? emptyText
      inside.put(text.clipped(to: w), at: Point(x: 0, y: 2), role: .muted)
    }
    // Keep the selection in view when more matches than rows fit.
    let top = max(0, selection - rows + 1)
    for (i, m) in matches.enumerated().dropFirst(top).prefix(rows) {
      let role: Role = i == selection ? .selected : .dialog
      let line = inside.region(Rect(x: 0, y: 2 + i - top, width: w, height: 1))
      line.fill(line.bounds, role: role)
      line.put(row(m.person, width: w), at: .zero, role: role)
    }
    inside.put(footer.clipped(to: w), at: Point(x: 0, y: inside.size.height - 1), role: .muted)
    var shown = field
    shown.placeholder = ""
    shown.render(on: inside, in: Rect(x: 0, y: 0, width: w, height: 1), focused: true)
  }
}
