import GRDB

/// A case's row as stored: its row id and its values in `CaseRow.columnNames` order, read by
/// position when the fold compares them with the new projection (`CaseRow.update`). A row
/// fetched into an array looks a column up by lowercasing every column name until one matches
/// (GRDB's copied rows), some two thousand `lowercased()` calls to compare a case's 44
/// columns; the sweep reads its rows through a cursor (names found in one dictionary lookup)
/// and keeps only these values.
struct SweepStoredRow {
  var num: Int64
  var values: [DatabaseValue]

  init(_ row: Row) {
    num = row["num"]
    values = CaseRow.columnNames.map { row[$0] as DatabaseValue }
  }
}
