import Foundation
import ShuoshiCore
import TerminalUI

/// Plain-text rendering of cases for the command line, aligned by display width so Chinese
/// columns line up.
struct CaseText {
  let rules: RoutingRules
  let calendar: WorkingCalendar
  let lang: Lang
  let now: Date

  var s: CaseTextStrings { CaseTextStrings.forLang(lang) }

  func day(_ date: Date?) -> String {
    guard let date else { return "—" }
    return calendar.civilDate(of: date).description
  }

  func minute(_ date: Date) -> String { calendar.minuteText(of: date) }

  /// "剩3个工作日" / "超期2天" / "今天到期" / "暂停" — the console's standing, in words.
  func deadlineNote(_ c: Case) -> String {
    switch c.deadlineStanding(at: now, calendar: calendar) {
    case .none, .closed: return ""
    case .paused: return s.paused
    case .overdue(let days): return s.overdue(days)
    case .dueToday: return s.dueToday
    case .left(let days): return s.left(days)
    }
  }

  func listTable(_ cases: [Case]) -> String {
    TextTable.render(listCells(cases), maxWidths: [18, 10, 10, 11, 12, 6, 8, 24, 6])
  }

  /// The list's header and one row per case (phone masked): the text table and `list
  /// --format csv` share them.
  func listCells(_ cases: [Case]) -> [[String]] {
    let s = self.s
    let rows = cases.map { c in
      [
        c.id, day(c.receivedAt), c.resident.name, PhoneMask.mask(c.resident.phone),
        rules.name(ofCategory: c.category, lang: lang), c.tier.name(lang), c.state.name(lang),
        "\(day(c.deadline)) \(deadlineNote(c))", c.urgent ? s.urgentMark : "",
      ]
    }
    return [s.listColumns] + rows
  }

  /// The case and its history; phone and ID numbers masked unless `reveal` (an audited reveal).
  func detail(_ c: Case, history: [Event], reveal: Bool = false) -> String {
    let shown: (String) -> String = { reveal ? $0 : PersonalMask.text($0) }
    let s = self.s
    var lines: [String] = []
    func field(_ label: String, _ value: String) {
      lines.append(label.padded(to: 10) + value.terminalSafe())
    }
    field(s.labelID, c.id + (c.urgent ? s.urgentTag : ""))
    field(s.labelReceived, minute(c.receivedAt))
    field(
      s.labelResident,
      "\(c.resident.name)  \(reveal ? c.resident.phone : PhoneMask.mask(c.resident.phone))")
    field(s.labelAddress, c.resident.address)
    if !c.otherParties.isEmpty {
      field(
        s.labelOtherParty,
        c.otherParties.joined(separator: OutputStrings.forLang(lang).listSeparator))
    }
    field(s.labelCategory, rules.name(ofCategory: c.category, lang: lang))
    let intake = c.tierAtIntake != c.tier ? s.atIntake(c.tierAtIntake.name(lang)) : ""
    field(s.labelTier, c.tier.name(lang) + intake)
    field(
      s.labelState,
      c.state.name(lang) + (c.voided ? CorrectStrings.forLang(lang).voidedTag : ""))
    field(s.labelAssignee, c.assignee ?? "—")
    if let volunteer = c.volunteer { field(s.labelVolunteer, volunteer) }
    field(s.labelDeadline, "\(day(c.deadline)) \(deadlineNote(c))")
    field(s.labelEscalations, "\(c.escalations)")
    if c.referred { field(s.labelReferral, s.referral) }
    if let summary = c.summary { field(s.labelSummary, shown(summary)) }
    if let rating = c.rating { field(s.labelRating, rating.name(lang)) }
    lines.append("")
    lines.append(s.grievanceHeading)
    lines.append("  " + shown(c.text).terminalSafe(lines: .keep))
    lines.append("")
    lines.append(s.historyHeading)
    for e in history {
      lines.append(
        "  \(minute(e.at))  \(e.operator.terminalSafe().padded(to: 8))  \(shown(e.summary(rules: rules, lang: lang, calendar: calendar)).terminalSafe())"
      )
    }
    return lines.joined(separator: "\n")
  }
}

/// Columns aligned by display width, clipped with "…". Cells are made terminal-safe on one
/// line first, so the widths measured are the widths shown.
enum TextTable {
  static func render(_ cells: [[String]], maxWidths: [Int]) -> String {
    let rows = cells.map { $0.map { $0.terminalSafe() } }
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = min(max(widths[i], cell.displayWidth), i < maxWidths.count ? maxWidths[i] : 40)
      }
    }
    return rows.map { row in
      row.enumerated().map { i, cell in
        cell.clipped(to: widths[i]).padded(to: widths[i])
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
