import Foundation
import ShuoshiCore
import TerminalUI

/// The columns of a case list (queue and search results) and how one case fills them:
/// urgent mark, id, received, resident with masked phone, category, tier, state, deadline.
/// Deadlines are marked as in a 台账 (`Case.attentionMark`): late in `late` (red), due soon
/// in `dueSoon` (yellow), and, where the theme has no colours, with a symbol before them
/// (`!` / `~`). The urgent mark is drawn in `urgent`, tiers in their tier roles; the
/// selected row is one colour throughout but keeps its symbols.
struct CaseTable {
  let format: CaseFormatter
  /// Wide layouts add the time received and the deadline's date.
  let wide: Bool
  /// Marks as symbols too (a theme without colours).
  let symbols: Bool

  init(format: CaseFormatter, width: Int, symbols: Bool = false) {
    self.format = format
    self.wide = width >= 110
    self.symbols = symbols
  }

  var strings: Strings { format.strings }

  var table: Table {
    let s = strings
    let zh = s.lang == .zh
    return Table([
      .fixed(s.columnUrgent, width: 2),
      .fixed(s.columnID, width: Self.idWidth),
      .fixed(s.columnReceived, width: wide ? 11 : 5),
      Table.Column(s.columnResident, minWidth: 18, maxWidth: wide ? 26 : 20),
      Table.Column(s.columnCategory, minWidth: 8, maxWidth: 22),
      Table.Column(s.columnTier, minWidth: zh ? 4 : 9, maxWidth: zh ? 4 : 9),
      Table.Column(s.columnState, minWidth: zh ? 6 : 8, maxWidth: 11),
      Table.Column(s.columnDeadline, minWidth: 8, maxWidth: wide ? 18 : 10),
    ])
  }

  /// The column titles on row 0 of `rect`.
  func renderHeader(on surface: any Surface, in rect: Rect) {
    surface.fill(rect.row(0), role: .label)
    surface.put(table.header(width: rect.width), at: rect.origin, role: .label)
  }

  /// One case on `line` (a one-row surface).
  func render(_ c: Case, on line: SubSurface, selected: Bool, now: Date, marked: String? = nil) {
    var cells = segments(c, now: now)
    // A case marked for a batch (`t`): the mark in the first column, red when urgent (the
    // column has no room for both).
    if let marked { cells[0] = Segment(marked, role: c.urgent ? .urgent : .success) }
    if selected { cells = cells.map { Segment($0.text, role: .selected) } }
    table.render(cells, on: line, in: line.bounds, role: selected ? .selected : .normal)
  }

  func segments(_ c: Case, now: Date) -> [Segment] {
    var deadline = format.shortDeadline(c, at: now)
    // Late for want of a first contact while days remain: say that, not the days left.
    if c.missedFirstContact(at: now), !c.isOverdue(at: now) {
      deadline = strings.attention.noContact
    }
    var due = deadline
    if wide, let d = c.deadline, c.state.isOpen { due = "\(format.shortDay(d)) \(deadline)" }
    let mark = c.attentionMark(at: now, calendar: format.calendar)
    if symbols, mark != .plain {
      let a = strings.attention
      due = (mark == .late ? a.lateSymbol : a.dueSoonSymbol) + due
    }
    return [
      Segment(c.urgent ? strings.urgentMark : "", role: c.urgent ? .urgent : nil),
      Segment(Self.fit(id: c.id, width: Self.idWidth)),
      Segment(wide ? format.shortMinute(c.receivedAt) : format.shortDay(c.receivedAt)),
      Segment(format.resident(c)),
      Segment(wide ? format.category(c) : format.shortCategory(c)),
      Segment(format.tier(c.tier), role: Self.role(of: c.tier)),
      Segment(c.state.name(strings.lang)),
      Segment(due, role: Self.role(of: mark)),
    ]
  }

  /// A plain id (`HJ-20261128-001`) fills the column exactly.
  static let idWidth = 15

  /// `id` in `width` cells. A longer id loses its middle, not its end: a laptop's letter
  /// (`HJ-A-20261207-001`) keeps site and letter and drops the start of the year (`HJ-A-…61207-001`, so two
  /// laptops' cases of a day stay apart), and a suffix an earlier release gave
  /// (`HJ-20261207-001-2`) shows as `HJ-…61207-001-2`, where clipping at the end showed both
  /// `-2` and `-3` as `HJ-20261207-00…`.
  static func fit(id: String, width: Int) -> String {
    guard id.displayWidth > width, id.allSatisfy(\.isASCII) else { return id }
    let parts = IDFormat.caseIDParts(id)
    let head = parts?.laptop.map { "\(parts!.site)-\($0)-" } ?? String(id.prefix(3))
    let tail = id.suffix(max(0, width - head.count - 1))
    return head + "…" + tail
  }

  /// The theme role of a deadline's mark.
  static func role(of mark: AttentionMark) -> Role? {
    switch mark {
    case .late: return .late
    case .dueSoon: return .dueSoon
    case .plain: return nil
    }
  }

  /// The theme role of a tier badge.
  static func role(of tier: Tier) -> Role {
    switch tier {
    case .household: return .tierHousehold
    case .residence: return .tierResidence
    case .district: return .tierDistrict
    case .street: return .tierStreet
    }
  }
}
