import Foundation
import ShuoshiCore
import TerminalUI

/// The day's 催办 list (催办单) on one page, to hand to the owners or pin up: which case, whose,
/// how late, what was asked. Residents' names are masked and phone and ID numbers in the
/// notes too, as on receipts.
public struct UrgeSheet: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    public var caseID: String
    public var resident: String
    public var tier: String
    public var owner: String
    public var deadline: String
    /// 超期 n 个工作日, or 首次联系逾期.
    public var lateness: String
    public var note: String
    public var time: String
    public var by: String
  }

  public var day: CivilDate
  public var unitName: String?
  public var rows: [Row]
  public let lang: Lang

  /// The sheet of `day` from its urges (`events` are `urged` events, each with its case).
  public init(
    day: CivilDate, urges: [(event: Event, case: Case)], calendar: WorkingCalendar, lang: Lang,
    unitName: String?
  ) {
    self.day = day
    self.lang = lang
    self.unitName = unitName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    let zh = lang == .zh
    rows = urges.map { e, c in
      var note = ""
      var owner = c.assignee ?? ""
      if case .urged(let u) = e.payload {
        note = u.reason.map(PersonalMask.text) ?? ""
        owner = u.owner ?? owner
      }
      let late: String
      if let deadline = c.deadline, e.at > deadline {
        let days = max(1, calendar.workingDaysElapsed(from: deadline, to: e.at))
        late = zh ? "超期 \(days) 个工作日" : "\(days) working day(s) late"
      } else {
        late = zh ? "首次联系逾期" : "first contact missed"
      }
      return Row(
        caseID: c.id, resident: NameMask.mask(c.resident.name), tier: c.tier.name(lang),
        owner: owner.isEmpty ? (zh ? "（未派单）" : "(unassigned)") : owner,
        deadline: c.deadline.map { calendar.civilDate(of: $0).description } ?? "",
        lateness: late, note: note, time: calendar.clockText(of: e.at), by: e.operator)
    }
  }

  func t(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

  public var title: String { t("催办单 \(day)", "Urged cases \(day)") }

  var columns: [String] {
    [
      t("编号", "Case"), t("居民", "Resident"), t("层级", "Tier"), t("承办人", "Owner"),
      t("期限", "Due"), t("情况", "Lateness"), t("催办内容", "Note"), t("时间", "Time"),
      t("催办人", "By"),
    ]
  }

  func cells(_ r: Row) -> [String] {
    [r.caseID, r.resident, r.tier, r.owner, r.deadline, r.lateness, r.note, r.time, r.by]
  }

  var footer: String {
    rows.isEmpty
      ? t("当天没有催办。", "No case was urged that day.")
      : t(
        "共 \(rows.count) 次催办。请承办人当天联系群众并在系统中记录。",
        "\(rows.count) urge(s). Owners: contact the resident today and record it.")
  }

  /// The sheet as lines of at most `width` cells: one block per urge.
  public func lines(width: Int) -> [String] {
    let w = max(24, width)
    let head = unitName.map { "\($0) · " + title } ?? title
    var out = [head.terminalSafe(), String(repeating: "─", count: min(w, 40))]
    let labels = columns
    let labelWidth = min(10, labels.map(\.displayWidth).max() ?? 8) + 2
    for r in rows {
      for (label, value) in zip(labels, cells(r)) where !value.isEmpty {
        let wrapped = value.terminalSafe(lines: .keep).wrapped(to: max(8, w - labelWidth))
        for (i, part) in wrapped.enumerated() {
          out.append(((i == 0 ? label : "").padded(to: labelWidth) + part).trimmingTrailingSpaces())
        }
      }
      out.append(String(repeating: "─", count: min(w, 40)))
    }
    out += footer.wrapped(to: w)
    return out
  }

  /// The sheet as one self-contained printable HTML page (A4 landscape table; no scripts,
  /// fonts or images).
  public func html() -> String {
    let head = columns.map { "<th>\(HTML.escape($0))</th>" }.joined()
    let body = rows.map { r in
      "<tr>" + cells(r).map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
    }.joined(separator: "\n")
    let unit = unitName.map { "<div class=\"unit\">\(HTML.escape($0))</div>" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="\(lang == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <title>\(HTML.escape(title))</title>
      <style>
      @page { size: A4 landscape; margin: 12mm; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; margin: 0; }
      .unit { text-align: center; color: #4a5568; font-size: 10pt; }
      h1 { text-align: center; font-size: 17pt; letter-spacing: 0.2em; margin: 0 0 4mm; color: #1f3a5f; }
      table { width: 100%; border-collapse: collapse; }
      th { text-align: left; background: #eef2f7; padding: 1.5mm 2mm; border-bottom: 1pt solid #1f3a5f; white-space: nowrap; }
      td { padding: 1.5mm 2mm; border-bottom: 0.5pt dashed #cfd8e3; vertical-align: top; }
      tr { break-inside: avoid; }
      p { margin-top: 4mm; font-size: 9.5pt; color: #4a5568; }
      </style>
      </head>
      <body>
      \(unit)
      <h1>\(HTML.escape(title))</h1>
      <table>
      <tr>\(head)</tr>
      \(body)
      </table>
      <p>\(HTML.escape(footer))</p>
      </body>
      </html>

      """
  }
}
