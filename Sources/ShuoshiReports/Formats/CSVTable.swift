import Foundation

/// CSV that Excel and WPS open as UTF-8: a byte-order mark, CRLF line ends, RFC 4180 quoting.
/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
/// apostrophe, so a resident's words can never become one.
public enum CSVTable {
  public static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// One table (header row first) as file bytes, with the BOM.
  public static func data(_ rows: [[String]], numeric: [Bool] = []) -> Data {
    Data(bom) + Data(text(rows, numeric: numeric).utf8)
  }

  /// The rows as CSV text without the BOM; every line ends with CRLF.
  public static func text(_ rows: [[String]], numeric: [Bool] = []) -> String {
    var out = ""
    for (r, row) in rows.enumerated() {
      out += row.enumerated().map { i, cell in
        let isNumber = r > 0 && i < numeric.count && numeric[i] && Double(cell) != nil
        return field(cell, number: isNumber)
      }.joined(separator: ",")
      out += "\r\n"
    }
    return out
  }

  /// One field, quoted when it holds a comma, quote, CR or LF (or leading/trailing spaces).
  public static func field(_ value: String, number: Bool = false) -> String {
    var v = value
    if !number, let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      v = "'" + v
    }
    let special = ",\"\r\n".unicodeScalars
    let needsQuotes =
      v.unicodeScalars.contains { special.contains($0) } || v.first == " " || v.last == " "
    return needsQuotes ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
  }

  /// Parses CSV text (RFC 4180, CRLF or LF, optional BOM) back into rows — for tests and
  /// for reading a file this program wrote.
  public static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)
    if chars.first == "\u{FEFF}" { chars.removeFirst() }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count && chars[i + 1] == "\"" {
            field.unicodeScalars.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else {
        switch c {
        case "\"": quoted = true
        case ",":
          row.append(field)
          field = ""
        case "\r": break
        case "\n":
          row.append(field)
          rows.append(row)
          row = []
          field = ""
        default: field.unicodeScalars.append(c)
        }
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}

/// A report as CSV: one file per table in a folder (`01-summary.csv` …, names ASCII so every
/// system unpacks them), each UTF-8 with BOM and CRLF, headers in the report's language.
public enum ReportCSV {
  /// File name and bytes of each table.
  public static func files(_ tables: ReportTables) -> [(name: String, data: Data)] {
    var files = tables.all.map { t in
      (name: t.key + ".csv", data: CSVTable.data([t.columns] + t.rows, numeric: t.numeric))
    }
    let heading = tables.heading
    let about =
      [
        [tables.t("项目", "Item"), tables.t("内容", "Value")],
        [tables.t("标题", "Title"), heading.title],
      ]
      + heading.facts.map { [$0.0, $0.1] } + heading.warnings.map { [tables.t("注意", "Note"), $0] }
    files.insert((name: "00-about.csv", data: CSVTable.data(about)), at: 0)
    return files
  }

  /// All tables in one stream (for standard output): one BOM, then each table after a line
  /// with its title in the first column, tables separated by an empty line.
  public static func combined(_ tables: ReportTables) -> Data {
    var text = ""
    for (i, t) in tables.all.enumerated() {
      if i > 0 { text += "\r\n" }
      text += CSVTable.text([["# " + t.title]] + [t.columns] + t.rows, numeric: t.numeric)
    }
    return Data(CSVTable.bom) + Data(text.utf8)
  }
}
