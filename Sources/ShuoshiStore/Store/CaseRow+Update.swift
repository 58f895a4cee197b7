import GRDB
import ShuoshiCore

extension CaseRow {
  /// The names in `columns`, in order (the order of `values`).
  static let columnNames: [String] = columns.split(separator: ",").map {
    $0.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// An `UPDATE` of the stored `row` that sets only the columns whose stored values differ
  /// from `c`'s; nil when none does. The row ends as the upsert of all 44 columns would leave
  /// it, but SQLite rewrites the entry of every index on a column named in SET, changed or
  /// not: the upsert dirtied some twenty index pages per step, where an escalation changes
  /// five columns and about eight index entries (the catch-up sweep's main cost at 1M).
  static func update(_ row: Row, to c: Case) -> (sql: String, arguments: StatementArguments)? {
    update(SweepStoredRow(row), to: c)
  }

  /// `update` of a row whose values were read in `columnNames` order.
  static func update(_ stored: SweepStoredRow, to c: Case) -> (
    sql: String, arguments: StatementArguments
  )? {
    let after = values(c)
    var set: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    for (i, name) in columnNames.enumerated()
    where stored.values[i] != after[i]?.databaseValue ?? .null {
      set.append("\(name) = ?")
      arguments.append(after[i])
    }
    guard !set.isEmpty else { return nil }
    arguments.append(stored.num)
    return (
      "UPDATE cases SET \(set.joined(separator: ", ")) WHERE num = ?",
      StatementArguments(arguments)
    )
  }
}
