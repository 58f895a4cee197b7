import Foundation
import ShuoshiCore
import ShuoshiReports

/// The street report's first table: each unit's rates for the month, with links to its
/// report and its 超期 and 督办 lists.
enum HubWebUnitTable {
  static func render(
    _ units: [(name: String, report: Report)], year: Int, month: Int, street: Bool
  ) -> String {
    let monthText = String(format: "%04d-%02d", year, month)
    var s = "<section class=\"keep\"><h2>\(street ? "各单位" : "本单位")（\(monthText)）</h2>"
    s +=
      "<form method=\"get\" class=\"month\">月份 <input name=\"month\" value=\"\(monthText)\" size=\"8\"> "
    s += "<button type=\"submit\">查看</button></form>"
    guard !units.isEmpty else { return s + "<p class=\"note\">本月还没有案件。</p></section>" }
    s += "<table><thead><tr><th>单位</th><th class=\"n\">受理</th>"
    for kind in RateKind.allCases { s += "<th class=\"n\">\(HTML.escape(kind.name(.zh)))</th>" }
    s += "<th class=\"n\">期末超期</th><th>查看</th></tr></thead><tbody>"
    for (name, report) in units {
      let u = HubWebForm.encode(name)
      s += "<tr><td class=\"unit\">\(HTML.escape(name))</td><td class=\"n\">\(report.received)</td>"
      for row in report.rates { s += "<td class=\"n\">\(row.rate.percentText)</td>" }
      s += "<td class=\"n\">\(report.overdueAtEnd)</td><td>"
      s += "<a href=\"/unit/\(u)?month=\(monthText)\">报表</a> "
      s += "<a href=\"/unit/\(u)/overdue\">超期</a> <a href=\"/unit/\(u)/supervised\">督办</a>"
      s += "</td></tr>"
    }
    return s + "</tbody></table></section>"
  }
}
