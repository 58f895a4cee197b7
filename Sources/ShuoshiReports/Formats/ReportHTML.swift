import Foundation
import ShuoshiCore

/// A report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts, no
/// links to fonts, images or style sheets — it opens offline and prints on A4 (`@page`,
/// table headers repeated on each page, charts and small tables kept whole).
public enum ReportHTML {
  public static func render(_ report: Report, lang: Lang, timeZone: TimeZone) -> String {
    let tables = ReportTables(report, lang: lang, timeZone: timeZone)
    let heading = tables.heading
    let t = tables.t
    var body = "<header><h1>\(HTML.escape(heading.title))</h1><dl>"
    for (label, value) in heading.facts {
      body += "<dt>\(HTML.escape(label))</dt><dd>\(HTML.escape(value))</dd>"
    }
    body += "</dl>"
    for warning in heading.warnings { body += "<p class=\"warn\">\(HTML.escape(warning))</p>" }
    body += "</header>"

    body += "<section class=\"keep\"><h2>\(t("关键数字", "Key figures"))</h2><div class=\"figures\">"
    var figures = [
      (t("受理", "Received"), report.received, ""), (t("办结", "Resolved"), report.resolved, ""),
      (t("当场化解", "On the spot"), report.onSpot, ""),
      (t("上交", "Handed up"), report.handedUpCount, report.handedUpCount > 0 ? "alert" : ""),
      (t("期末在办", "Open"), report.openAtEnd, ""),
      (t("期末超期", "Overdue"), report.overdueAtEnd, report.overdueAtEnd > 0 ? "alert" : ""),
    ]
    if let voided = report.voided { figures.append((t("作废", "Voided"), voided, "")) }
    for (label, value, cls) in figures {
      body += "<div class=\"figure \(cls)\"><b>\(value)</b><span>\(HTML.escape(label))</span></div>"
    }
    body += "</div></section>"

    body +=
      "<section class=\"keep\"><h2>\(HTML.escape(tables.rates.title))</h2><table class=\"rates\"><thead><tr>"
    body +=
      "<th>\(t("指标", "Rate"))</th><th class=\"n\">\(t("比率", "Rate"))</th><th class=\"bar\"></th><th class=\"n\">\(t("分子/分母", "n/d"))</th></tr></thead><tbody>"
    for row in report.rates {
      let pct = (row.rate.value ?? 0) * 100
      body +=
        "<tr><td>\(HTML.escape(row.kind.name(lang)))</td><td class=\"n\">\(row.rate.percentText)</td>"
      body +=
        "<td class=\"bar\"><span class=\"track\"><span class=\"fill\" style=\"width:\(String(format: "%.1f", pct))%\"></span></span></td>"
      body += "<td class=\"n\">\(row.rate.numerator)/\(row.rate.denominator)</td></tr>"
    }
    body += "</tbody></table>"
    body += "<p class=\"note\">\(HTML.escape(report.followUps.line(lang)))</p></section>"

    let categoryChart = SVGChart.horizontalBars(
      report.categories.prefix(10).map { ($0.name.text(lang), $0.received) },
      title: tables.categories.title)
    body += section(tables.categories, chart: categoryChart)
    body += section(tables.tiers)
    body += section(tables.escalations)
    body += section(tables.handedUp, empty: t("期内无上交。", "Nothing handed up in the period."))
    let trend = SVGChart.lines(
      labels: report.weeks.map { String($0.monday.description.dropFirst(5)) },
      series: [
        (t("受理", "Received"), SVGChart.ink, report.weeks.map(\.received)),
        (t("其中已办结", "Of which resolved"), SVGChart.muted, report.weeks.map(\.resolved)),
        (t("上交", "Handed up"), SVGChart.accent, report.weeks.map(\.handedUp)),
      ], title: tables.weeks.title)
    body += section(tables.weeks, chart: trend)
    let weekdayChart = SVGChart.columns(
      zip(report.weekdayPattern.columns, report.weekdayPattern.totals).map { ($0.text(lang), $1) },
      title: tables.weekdayPattern.title)
    body += section(tables.weekdayPattern, chart: weekdayChart)
    body += section(tables.monthPattern)
    body += section(tables.grids)
    body += section(tables.repeatResidents, empty: t("无。", "None."))
    if let rounds = tables.surveyRounds { body += section(rounds) }
    body += section(tables.summary)

    body += "<section class=\"keep\"><h2>\(t("口径", "Definitions"))</h2><dl class=\"defs\">"
    for (name, definition) in tables.definitions {
      body += "<dt>\(HTML.escape(name))</dt><dd>\(HTML.escape(definition))</dd>"
    }
    body += "</dl></section>"
    body +=
      "<footer>\(t("说事 shuoshi 生成", "Made with shuoshi")) · \(HTML.escape(tables.minute(report.generatedAt)))</footer>"

    return """
      <!DOCTYPE html>
      <html lang="\(lang == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(heading.title))</title>
      <style>\(style)</style>
      </head>
      <body>
      \(body)
      </body>
      </html>

      """
  }

  /// One table (with an optional chart above it) as a section. Short tables are kept on
  /// one page; long ones may break between rows, their header repeated.
  static func section(_ table: ReportTable, chart: String? = nil, empty: String? = nil) -> String {
    var s =
      "<section class=\"\(table.rows.count <= 14 ? "keep" : "long")\"><h2>\(HTML.escape(table.title))</h2>"
    if let chart { s += "<figure>\(chart)</figure>" }
    if table.rows.isEmpty, let empty {
      s += "<p class=\"empty\">\(HTML.escape(empty))</p></section>"
      return s
    }
    s += "<table><thead><tr>"
    for (i, column) in table.columns.enumerated() {
      s += "<th\(table.numeric[i] ? " class=\"n\"" : "")>\(HTML.escape(column))</th>"
    }
    s += "</tr></thead><tbody>"
    for row in table.rows {
      s += "<tr>"
      for (i, cell) in row.enumerated() {
        // Numbers right-aligned; ids and dates (ASCII) never broken across lines.
        let cls =
          i < table.numeric.count && table.numeric[i]
          ? " class=\"n\"" : (cell.allSatisfy(\.isASCII) ? " class=\"k\"" : "")
        s += "<td\(cls)>\(HTML.escape(cell))</td>"
      }
      s += "</tr>"
    }
    s += "</tbody></table>"
    if let note = table.note { s += "<p class=\"note\">\(HTML.escape(note))</p>" }
    return s + "</section>"
  }

  static let style = """
    @page { size: A4; margin: 14mm 12mm 16mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
      "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1f24;
      max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
    h1 { font-size: 17pt; margin: 0 0 4pt; color: #1f3a5f; }
    h2 { font-size: 12pt; margin: 14pt 0 5pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #1f3a5f;
      color: #1f3a5f; break-after: avoid; }
    header dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0; }
    dt { font-weight: 600; color: #4a5568; }
    dd { margin: 0; }
    .warn { border: 1pt solid #c0392b; color: #c0392b; padding: 4pt 8pt; margin: 4pt 0; font-weight: 600; }
    .figures { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6pt; }
    .figure { border: 1pt solid #cfd8e3; border-radius: 3pt; padding: 5pt 4pt; text-align: center; }
    .figure b { display: block; font-size: 17pt; color: #1f3a5f; }
    .figure span { font-size: 9pt; color: #4a5568; }
    .figure.alert b { color: #c0392b; }
    table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
    thead { display: table-header-group; }
    th, td { border-bottom: 0.6pt solid #d5dde6; padding: 2.5pt 5pt; text-align: left; vertical-align: top; }
    th { background: #eef2f6; font-weight: 600; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.k { white-space: nowrap; }
    tr { break-inside: avoid; }
    .rates td.bar { width: 45%; }
    .track { display: block; height: 8pt; background: #e3e8ee; }
    .fill { display: block; height: 8pt; background: #1f3a5f; }
    figure { margin: 4pt 0 8pt; }
    svg { width: 100%; height: auto; display: block; }
    svg text { font-size: 11px; fill: #1b1f24; font-family: inherit; }
    .note { font-size: 8.5pt; color: #4a5568; margin: 3pt 0 0; }
    .empty { color: #4a5568; }
    section.keep { break-inside: avoid; }
    dl.defs dt { margin-top: 4pt; }
    footer { margin-top: 16pt; font-size: 8.5pt; color: #8a94a3; border-top: 0.6pt solid #d5dde6; padding-top: 4pt; }
    @media print { body { padding: 0; max-width: none; } }
    """
}
