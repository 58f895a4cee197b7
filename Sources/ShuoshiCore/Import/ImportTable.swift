import Foundation

/// One data row of an import file: the values by canonical column name, and its line.
public struct ImportRow: Sendable, Equatable {
  public var line: Int
  public var values: [String: String]

  public init(line: Int, values: [String: String]) {
    self.line = line
    self.values = values
  }

  /// The trimmed value of a column, or nil when it is absent or blank.
  public subscript(_ name: String) -> String? {
    guard let v = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty
    else { return nil }
    return v
  }
}

/// A CSV file read against the columns of its kind: the header row maps each column to its
/// canonical name (Chinese or English headers; see `RegisterFileKind.columns`), data rows keep
/// their line numbers. Unknown headers are kept aside to be reported, not refused.
public struct ImportTable: Sendable, Equatable {
  public var kind: RegisterFileKind
  public var file: String
  public var rows: [ImportRow]
  /// Headers no column of this kind takes (ignored).
  public var ignoredHeaders: [String]

  /// Longest cell accepted in a known column. Names, phones, addresses and notes fit many
  /// times over; a longer cell is a paste gone wrong, and would be normalised again on every
  /// later import (found by the import fuzz test, docs/FAULTS.md).
  public static let maximumCellLength = 500

  public static func read(_ text: String, kind: RegisterFileKind, file: String) throws(ImportError)
    -> ImportTable
  {
    let records: [CSVRecord]
    do {
      records = try CSVParser.parse(text)
    } catch {
      throw ImportError(
        file: file, line: error.line, zh: "引号未闭合：从这一行开始的字段缺少结尾的双引号",
        en: "unterminated quote: a field starting on this line has no closing double quote")
    }
    guard let header = records.first else {
      throw ImportError(file: file, line: nil, zh: "文件是空的", en: "the file is empty")
    }
    var columns: [RegisterFileKind.Column?] = []
    var ignored: [String] = []
    for raw in header.fields {
      let column = kind.column(forHeader: raw)
      columns.append(column)
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if column == nil, !trimmed.isEmpty { ignored.append(trimmed) }
    }
    let present = Set(columns.compactMap { $0?.name })
    let missing = kind.columns.filter { $0.required && !present.contains($0.name) }
    if !missing.isEmpty {
      let zh = missing.map { "“\($0.headers[0])”" }.joined(separator: "、")
      let en = missing.map { "\"\($0.name)\" (\($0.headers[0]))" }.joined(separator: ", ")
      throw ImportError(
        file: file, line: header.line, zh: "表头缺少必需的列 \(zh)（列名见 docs/IMPORT.md）",
        en: "the header lacks the required column \(en) (see docs/IMPORT.md)")
    }
    var rows: [ImportRow] = []
    var refused: [ImportProblem] = []
    for record in records.dropFirst() {
      var values: [String: String] = [:]
      for (i, field) in record.fields.enumerated() where i < columns.count {
        guard let column = columns[i] else { continue }
        let name = column.name
        let header = header.fields[i].trimmingCharacters(in: .whitespaces)
        if field.count > maximumCellLength {
          refused.append(
            ImportProblem(
              file: file, line: record.line,
              zh: "“\(header)”一栏有 \(field.count) 个字，超过上限 \(maximumCellLength)（是否粘进了整段文字？）",
              en: "the \"\(header)\" cell has \(field.count) characters, over the limit of "
                + "\(maximumCellLength) (was a whole text pasted in?)"))
          continue
        }
        // The field's bounds and control characters (`FieldKind`): refused, never stripped.
        if let problem = column.field.problem(in: field) {
          refused.append(
            ImportProblem(
              file: file, line: record.line, zh: problem.cellMessage(header, .zh),
              en: problem.cellMessage(header, .en)))
          continue
        }
        // Two headers for one column (社区 and 村): the first non-blank value wins.
        if (values[name] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
          values[name] = field
        }
      }
      rows.append(ImportRow(line: record.line, values: values))
    }
    if !refused.isEmpty { throw ImportError(refused) }
    return ImportTable(kind: kind, file: file, rows: rows, ignoredHeaders: ignored)
  }
}

extension FieldProblem {
  /// Why the cell under `header` was refused.
  func cellMessage(_ header: String, _ lang: Lang) -> String {
    switch (self, lang) {
    case (.tooLong(let max, let found), .zh):
      return "“\(header)”一栏有 \(found) 个字，超过上限 \(max)"
    case (.tooLong(let max, let found), .en):
      return "the \"\(header)\" cell has \(found) characters, over the limit of \(max)"
    case (.controlCharacter(let v), .zh):
      return "“\(header)”一栏含有控制字符 \(Self.scalarName(v))（不会自动删除：请在表格中清除后再导入）"
    case (.controlCharacter(let v), .en):
      return "the \"\(header)\" cell contains the control character \(Self.scalarName(v)) "
        + "(nothing is stripped: clear it in the sheet and import again)"
    case (.empty, _), (.notAPhoneNumber, _): return message(field: header, lang)
    }
  }
}
