import Foundation
import ShuoshiCore

/// A report as GitHub-flavoured Markdown: the heading as a list, one pipe table per report
/// table, sparklines for the weekly trend, and the rate definitions at the end.
public enum ReportMarkdown {
  public static func render(_ report: Report, lang: Lang, timeZone: TimeZone) -> String {
    let tables = ReportTables(report, lang: lang, timeZone: timeZone)
    let heading = tables.heading
    var out = "# \(heading.title)\n\n"
    for (label, value) in heading.facts { out += "- **\(escape(label))**：\(escape(value))\n" }
    for warning in heading.warnings {
      out += "\n> **\(lang == .zh ? "注意" : "Note")**: \(escape(warning))\n"
    }
    for table in tables.all {
      out += "\n## \(escape(table.title))\n\n"
      if table.key == "09-weeks" {
        out +=
          "`\(BlockChart.sparkline(report.weeks.map(\.received)))` \(tables.t("受理", "received"))  "
        out +=
          "`\(BlockChart.sparkline(report.weeks.map(\.resolved)))` \(tables.t("已办结", "resolved"))\n\n"
      }
      if table.rows.isEmpty {
        out += "\(tables.t("无", "None")).\n"
      } else {
        out += pipeTable(table)
      }
      if let note = table.note { out += "\n*\(escape(note))*\n" }
    }
    out += "\n## \(tables.t("口径", "Definitions"))\n\n"
    for (name, definition) in tables.definitions {
      out += "- **\(escape(name))**：\(escape(definition))\n"
    }
    return out
  }

  static func pipeTable(_ table: ReportTable) -> String {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }
    var out = row(table.columns)
    out += "|" + table.numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
    for r in table.rows { out += row(r) }
    return out
  }

  /// Pipes and line breaks would break a table cell; `*`, `_` and backquotes would start
  /// formatting. Masked names (`王**`) must print as they are.
  static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "|", "*", "_", "`", "\\", "<", ">", "[", "]": out += "\\\(ch)"
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out
  }
}
