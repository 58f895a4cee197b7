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

  var zh: Bool { lang == .zh }

  func day(_ date: Date?) -> String {
    guard let date else { return "—" }
    return calendar.civilDate(of: date).description
  }

  func minute(_ date: Date) -> String { calendar.minuteText(of: date) }

  /// "剩3个工作日" / "超期2天" / "今天到期" / "暂停" — the console's standing, in words.
  func deadlineNote(_ c: Case) -> String {
    switch c.deadlineStanding(at: now, calendar: calendar) {
    case .none, .closed: return ""
    case .paused: return zh ? "暂停" : "paused"
    case .overdue(let days): return zh ? "超期\(days)天" : "\(days)d overdue"
    case .dueToday: return zh ? "今天到期" : "due today"
    case .left(let days): return zh ? "剩\(days)个工作日" : "\(days) wd left"
    }
  }

  func listTable(_ cases: [Case]) -> String {
    let header =
      zh
      ? ["编号", "受理", "居民", "电话", "分类", "层级", "状态", "期限", ""]
      : ["ID", "Received", "Resident", "Phone", "Category", "Tier", "State", "Due", ""]
    let rows = cases.map { c in
      [
        c.id, day(c.receivedAt), c.resident.name, PhoneMask.mask(c.resident.phone),
        rules.name(ofCategory: c.category, lang: lang), c.tier.name(lang), c.state.name(lang),
        "\(day(c.deadline)) \(deadlineNote(c))", c.urgent ? (zh ? "急" : "URGENT") : "",
      ]
    }
    return TextTable.render([header] + rows, maxWidths: [18, 10, 10, 11, 12, 6, 8, 24, 6])
  }

  /// The case and its history; phone and ID numbers masked unless `reveal` (an audited reveal).
  func detail(_ c: Case, history: [Event], reveal: Bool = false) -> String {
    let shown: (String) -> String = { reveal ? $0 : PersonalMask.text($0) }
    var lines: [String] = []
    func field(_ zhLabel: String, _ enLabel: String, _ value: String) {
      let label = zh ? zhLabel : enLabel
      lines.append(label.padded(to: 10) + value.terminalSafe())
    }
    field("编号", "ID", c.id + (c.urgent ? (zh ? "  【紧急】" : "  [URGENT]") : ""))
    field("受理时间", "Received", minute(c.receivedAt))
    field(
      "居民", "Resident",
      "\(c.resident.name)  \(reveal ? c.resident.phone : PhoneMask.mask(c.resident.phone))")
    field("地址", "Address", c.resident.address)
    if !c.otherParties.isEmpty {
      field("对方", "Other party", c.otherParties.joined(separator: zh ? "、" : ", "))
    }
    field("分类", "Category", rules.name(ofCategory: c.category, lang: lang))
    let intake =
      c.tierAtIntake != c.tier
      ? (zh ? "（受理时：\(c.tierAtIntake.name(lang))）" : " (at intake: \(c.tierAtIntake.name(lang)))")
      : ""
    field("层级", "Tier", c.tier.name(lang) + intake)
    field("状态", "State", c.state.name(lang))
    field("承办人", "Assignee", c.assignee ?? "—")
    if let volunteer = c.volunteer { field("志愿者", "Volunteer", volunteer) }
    field("期限", "Deadline", "\(day(c.deadline)) \(deadlineNote(c))")
    field("升级次数", "Escalations", "\(c.escalations)")
    if c.referred { field("转交", "Referral", zh ? "不在受理范围，需登记转交" : "out of scope: refer onward") }
    if let summary = c.summary { field("办结说明", "Summary", shown(summary)) }
    if let rating = c.rating { field("评价", "Rating", rating.name(lang)) }
    lines.append("")
    lines.append(zh ? "诉求内容：" : "Grievance:")
    lines.append("  " + shown(c.text).terminalSafe(lines: .keep))
    lines.append("")
    lines.append(zh ? "办理记录：" : "History:")
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
