import Foundation
import ShuoshiCore
import TerminalUI

/// A case book (台账) as one CSV file for a spreadsheet: UTF-8 with a byte-order mark, CRLF,
/// every row fifteen cells wide (title, facts, the header, one row per case, the note and the
/// signature line) so it opens in Excel, WPS and LibreOffice as one rectangle.
public enum CaseBookCSV {
  public static func data(_ table: CaseBookTable) -> Data {
    let width = table.columns.count
    func pad(_ cells: [String]) -> [String] {
      cells + Array(repeating: "", count: max(0, width - cells.count))
    }
    let colon = table.lang == .zh ? "：" : ": "
    let facts = table.facts.map { $0.0 + colon + $0.1 }.joined(
      separator: table.lang == .zh ? "；" : "; ")
    var rows = [pad([table.title]), pad([facts])] + table.warnings.map { pad([$0]) }
    rows.append(table.columns)
    rows += table.rows
    rows.append(pad([]))
    rows.append(pad([table.note]))
    // 制表人 under the first columns, 审核人 in the middle, 日期 towards the end.
    var signatures = pad([])
    for (slot, (label, value)) in zip([0, 5, 10], table.signatures) {
      signatures[slot] = label + colon + value
    }
    rows.append(signatures)
    return CSVTable.data(rows, numeric: [true] + Array(repeating: false, count: width - 1))
  }
}

/// A case book (台账) as Markdown: the facts as a list, one pipe table, the note and the
/// signature line.
public enum CaseBookMarkdown {
  public static func render(_ table: CaseBookTable) -> String {
    let colon = table.lang == .zh ? "：" : ": "
    var out = "# \(ReportMarkdown.escape(table.title))\n\n"
    for (label, value) in table.facts {
      out += "- **\(ReportMarkdown.escape(label))**\(colon)\(ReportMarkdown.escape(value))\n"
    }
    for warning in table.warnings { out += "\n> **\(ReportMarkdown.escape(warning))**\n" }
    out += "\n"
    let rows = table.rows
    if rows.isEmpty {
      out += table.words.empty + "\n"
    } else {
      let report = ReportTable(
        key: "case-book", title: table.title, columns: table.columns,
        numeric: [true] + Array(repeating: false, count: table.columns.count - 1), rows: rows)
      out += ReportMarkdown.pipeTable(report)
    }
    out += "\n*\(ReportMarkdown.escape(table.note))*\n\n"
    out +=
      table.signatures.map { ReportMarkdown.escape($0.0) + colon + ReportMarkdown.escape($0.1) }
      .joined(separator: "　　") + "\n"
    return out
  }
}

/// A case book (台账) as plain text for a terminal or a text file: fifteen columns do not fit
/// a terminal, so each case is a short block of lines (id, time and source; resident; the
/// request; category, tier and handler; handling and follow-up), wrapped to the width.
public enum CaseBookText {
  public static func lines(_ table: CaseBookTable, width: Int) -> [String] {
    let w = max(30, width)
    let colon = table.lang == .zh ? "：" : ": "
    let c = table.columns
    var out = [table.title.clipped(to: w)]
    for (label, value) in table.facts { out += (label + colon + value).wrapped(to: w) }
    for warning in table.warnings {
      out += ((table.lang == .zh ? "【注意】" : "[!] ") + warning).wrapped(to: w)
    }
    out.append("")
    let rows = table.rows.map { $0.map { $0.terminalSafe() } }
    if rows.isEmpty { out.append(table.words.empty) }
    let indent = String(repeating: " ", count: String(rows.count).count + 2)
    func block(_ first: String, _ rest: [String]) -> [String] {
      var lines = first.wrapped(to: w)
      for part in rest where !part.isEmpty {
        lines += part.wrapped(to: w - indent.count).map { indent + $0 }
      }
      return lines
    }
    func field(_ i: Int, _ r: [String]) -> String {
      r[i].isEmpty ? "" : c[i] + " " + r[i]
    }
    for r in rows {
      let number = r[0].padded(to: indent.count)
      let first = number + [r[1], r[2], r[3]].joined(separator: "  ")
      let resident = [r[4], r[5], r[6]].filter { !$0.isEmpty }.joined(separator: "  ")
      let request = table.words.textRequest + colon + r[7]
      let routing = [8, 9, 10].map { field($0, r) }.filter { !$0.isEmpty }.joined(separator: " · ")
      let handling =
        ([table.words.textHandling + colon + r[11]]
        + [12, 13, 14].map { field($0, r) }.filter {
          !$0.isEmpty
        }).joined(separator: " · ")
      out += block(first, [resident, request, routing, handling])
    }
    out.append("")
    out += table.note.wrapped(to: w)
    out.append(
      table.signatures.map { $0.0 + colon + ($0.1.isEmpty ? "________" : $0.1) }.joined(
        separator: "    "
      ).clipped(to: w))
    return out.map { $0.trimmingTrailingSpaces() }
  }
}
