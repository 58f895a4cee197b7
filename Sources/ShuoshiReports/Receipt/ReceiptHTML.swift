import Foundation
import ShuoshiCore

extension Receipt {
  /// The receipt as one self-contained printable HTML page: no scripts, fonts or images;
  /// 124 mm wide, so it fills an A5 sheet and prints as a slip on A4.
  public func html() -> String {
    var rows = ""
    for (label, value) in fields {
      rows += "<tr><th>\(HTML.escape(label))</th><td>\(HTML.escape(value))</td></tr>\n"
    }
    let notesHTML = notes.map { "<p>\(HTML.escape($0))</p>" }.joined(separator: "\n")
    let unit = unitName.map { "<div class=\"unit\">\(HTML.escape($0))</div>" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="\(lang == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <title>\(HTML.escape(title)) \(HTML.escape(caseID))</title>
      <style>
      @page { margin: 12mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; line-height: 1.5; color: #1b1f24;
        margin: 0 auto; padding: 6mm 0; }
      .slip { width: 124mm; margin: 0 auto; border: 1pt solid #1f3a5f; padding: 6mm 7mm; break-inside: avoid; }
      .unit { text-align: center; color: #4a5568; font-size: 10pt; }
      h1 { text-align: center; font-size: 18pt; letter-spacing: 0.3em; margin: 0 0 4mm; color: #1f3a5f; }
      table { width: 100%; border-collapse: collapse; }
      th { text-align: left; white-space: nowrap; vertical-align: top; padding: 1.5mm 4mm 1.5mm 0; color: #4a5568; font-weight: 600; width: 22mm; }
      td { padding: 1.5mm 0; border-bottom: 0.5pt dashed #cfd8e3; }
      tr:first-child td { font-size: 14pt; font-weight: 700; letter-spacing: 0.05em; }
      .notes { margin-top: 4mm; font-size: 9.5pt; color: #4a5568; }
      .notes p { margin: 1mm 0; }
      </style>
      </head>
      <body>
      <div class="slip">
      \(unit)
      <h1>\(HTML.escape(title))</h1>
      <table>
      \(rows)</table>
      <div class="notes">
      \(notesHTML)
      </div>
      </div>
      </body>
      </html>

      """
  }
}
