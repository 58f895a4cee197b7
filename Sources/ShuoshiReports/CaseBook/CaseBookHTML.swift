import Foundation
import ShuoshiCore

/// A case book (台账) as one self-contained HTML file that prints on A4 landscape: the title
/// naming the unit and the month, the facts, the fifteen-column table (its header repeated on
/// every page, no row split across pages), the note, the signature lines (制表人 / 审核人 /
/// 日期) and page numbers in the page margin ("第 1 页，共 3 页"). No scripts, no links.
public enum CaseBookHTML {
  public static func render(_ table: CaseBookTable) -> String {
    let words = table.words
    let colon = table.lang == .zh ? "：" : ": "
    var body = "<header><h1>\(HTML.escape(table.title))</h1><p class=\"facts\">"
    body += table.facts.map {
      "<span><b>\(HTML.escape($0.0))</b>\(colon)\(HTML.escape($0.1))</span>"
    }.joined()
    body += "</p>"
    for warning in table.warnings { body += "<p class=\"warn\">\(HTML.escape(warning))</p>" }
    body += "</header>"

    body += "<table><colgroup>"
    for width in columnWidths { body += "<col style=\"width:\(width)%\">" }
    body += "</colgroup><thead><tr>"
    for column in table.columns { body += "<th>\(HTML.escape(column))</th>" }
    body += "</tr></thead><tbody>"
    let rows = table.rows
    for row in rows {
      body += "<tr>"
      for (i, cell) in row.enumerated() {
        let cls = i == 0 ? " class=\"n\"" : (i == 1 || i == 5 ? " class=\"k\"" : "")
        body += "<td\(cls)>\(HTML.escape(cell))</td>"
      }
      body += "</tr>"
    }
    if rows.isEmpty {
      body +=
        "<tr><td colspan=\"\(table.columns.count)\" class=\"empty\">\(HTML.escape(words.empty))</td></tr>"
    }
    body += "</tbody></table>"
    body += "<p class=\"note\">\(HTML.escape(table.note))</p>"
    body += "<div class=\"sign\">"
    for (label, value) in table.signatures {
      body +=
        "<span><b>\(HTML.escape(label))</b>\(colon)<span class=\"line\">\(HTML.escape(value))</span></span>"
    }
    body += "</div>"
    body += "<footer>\(HTML.escape(words.madeWith))</footer>"

    return """
      <!DOCTYPE html>
      <html lang="\(table.lang == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(table.title))</title>
      <style>\(style(table))</style>
      </head>
      <body>
      \(body)
      </body>
      </html>

      """
  }

  /// Column widths in percent of the page, in column order (序号 … 满意度).
  static let columnWidths = [
    3.0, 9.5, 7, 5.5, 5, 7.5, 8, 13, 5, 3.5, 7, 10, 7, 4.5, 4.5,
  ]

  /// Text for a CSS string (`content: "…"`): everything but letters, digits, CJK and spaces
  /// as a hex escape, so no name can close the string or the style sheet.
  static func cssString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar.properties.isAlphabetic || (scalar.isASCII && scalar.properties.numericType != nil)
        || scalar == " "
      {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\" + String(scalar.value, radix: 16) + " "
      }
    }
    return out + "\""
  }

  static func style(_ table: CaseBookTable) -> String {
    let w = table.words
    let pageNumber =
      "\(cssString(w.page + " ")) counter(page) \(cssString(" " + w.of + " ")) counter(pages)"
      + (w.pages.isEmpty ? "" : " \(cssString(" " + w.pages))")
    return """
      @page { size: A4 landscape; margin: 12mm 10mm 14mm;
        @top-right { content: \(cssString(table.title)); font-size: 7.5pt; color: #8a94a3; }
        @bottom-center { content: \(pageNumber); font-size: 8pt; color: #4a5568; } }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "WenQuanYi Micro Hei", sans-serif; font-size: 8pt; line-height: 1.35; color: #1b1f24;
        margin: 0 auto; padding: 6mm; max-width: 277mm; }
      h1 { font-size: 15pt; margin: 0 0 3pt; text-align: center; color: #1b1f24; }
      .facts { text-align: center; margin: 0 0 6pt; color: #4a5568; }
      .facts span { margin: 0 8pt; }
      .warn { border: 1pt solid #c0392b; color: #c0392b; padding: 3pt 6pt; margin: 3pt 0;
        font-weight: 600; text-align: center; }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; }
      thead { display: table-header-group; }
      th, td { border: 0.6pt solid #5a6472; padding: 2pt 2.5pt; vertical-align: top;
        overflow-wrap: anywhere; }
      th { background: #eef2f6; font-weight: 600; text-align: center; }
      td.n { text-align: center; }
      td.k { font-variant-numeric: tabular-nums; }
      td.empty { text-align: center; color: #4a5568; padding: 10pt; }
      tr { break-inside: avoid; }
      .note { font-size: 7.5pt; color: #4a5568; margin: 4pt 0 0; }
      .sign { display: flex; justify-content: space-between; margin: 14pt 4mm 0; font-size: 10pt;
        break-inside: avoid; }
      .sign .line { display: inline-block; min-width: 38mm; border-bottom: 0.8pt solid #1b1f24;
        padding: 0 2pt; }
      footer { margin-top: 10pt; font-size: 7pt; color: #8a94a3; }
      @media print { body { padding: 0; max-width: none; } }
      """
  }
}
