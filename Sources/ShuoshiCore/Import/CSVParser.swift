import Foundation

/// One record of a CSV file with the line it starts on (1-based, as an editor shows it).
public struct CSVRecord: Sendable, Equatable {
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// Every field empty or blank (Excel leaves `,,,,` rows at the end).
  public var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}

/// A CSV file that cannot be read, with the line where the trouble starts.
public struct CSVError: Error, Sendable, Equatable {
  public var line: Int
  public init(line: Int) { self.line = line }
}

/// RFC 4180 CSV as spreadsheets write it: fields separated by commas (or tabs, for Excel's
/// "Unicode text"; the header line decides), records ended by CRLF, LF or CR, fields in double
/// quotes may hold separators, line breaks and doubled quotes (`""`). A quote inside an
/// unquoted field is kept as it is. Works on Unicode scalars, so CRLF (one `Character` in
/// Swift) is seen as the two bytes it is.
public enum CSVParser {
  public static func parse(_ text: String, separator: Unicode.Scalar? = nil) throws(CSVError)
    -> [CSVRecord]
  {
    let sep = separator ?? sniff(text)
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quotedField = false
    var atFieldStart = true
    var it = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil

    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      atFieldStart = true
      quotedField = false
    }
    func endRecord() {
      endField()
      records.append(CSVRecord(line: recordLine, fields: fields))
      fields = []
    }

    while let c = pending ?? it.next() {
      pending = nil
      if inQuotes {
        if c == "\"" {
          let next = it.next()
          if next == "\"" {
            field.append("\"")
          } else {
            inQuotes = false
            pending = next
          }
        } else if c == "\r" {
          // A line break inside quotes is kept, as \n whatever the file used.
          line += 1
          let next = it.next()
          if next != "\n" { pending = next }
          field.append("\n")
        } else {
          if c == "\n" { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"" where atFieldStart:
        inQuotes = true
        quotedField = true
        atFieldStart = false
      case sep:
        endField()
      case "\r", "\n":
        if c == "\r" {
          let next = it.next()
          if next != "\n" { pending = next }
        }
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(c)
        atFieldStart = false
      }
    }
    if inQuotes { throw CSVError(line: recordLine) }
    if !field.isEmpty || !fields.isEmpty || quotedField { endRecord() }
    return records.filter { !$0.isBlank }
  }

  /// Tab when the first line has tabs and no commas, else comma.
  static func sniff(_ text: String) -> Unicode.Scalar {
    let first = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let tabs = first.filter { $0 == "\t" }.count
    let commas = first.filter { $0 == "," }.count
    return tabs > 0 && commas == 0 ? "\t" : ","
  }
}
