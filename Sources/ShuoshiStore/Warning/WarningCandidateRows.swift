import Foundation
import GRDB
import ShuoshiCore

/// The candidates of a link search read narrowly: only the columns a `MatterLinkProfile` is
/// made from (place, household, party, text, time), the voided and merged-away cases left out
/// in SQL — not whole `cases` rows decoded into full cases, which at 1M was most of a save's
/// linking time (docs/PERFORMANCE.md, "Early warning").
enum WarningCandidateRows {
  static let columns = """
    num, uuid, received_at, resident_name, resident_phone, address, household_id, grid_id,
    text, other_parties
    """

  /// Row number and profile of each of `nums` still linkable (not voided, not merged away).
  static func profiles(_ nums: [Int64], _ db: Database) throws -> [WarningUpkeep.Candidate] {
    guard !nums.isEmpty else { return [] }
    let decoder = JSONDecoder()
    var out: [WarningUpkeep.Candidate] = []
    out.reserveCapacity(nums.count)
    for chunk in stride(from: 0, to: nums.count, by: 500) {
      let part = Array(nums[chunk..<min(chunk + 500, nums.count)])
      let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(columns) FROM cases WHERE num IN (\(marks)) AND voided = 0
            AND uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)
          """, arguments: StatementArguments(part))
      while let row = try rows.next() {
        out.append(
          WarningUpkeep.Candidate(
            num: row[0], profile: MatterLinkProfile(linkable(row, decoder: decoder))))
      }
    }
    return out
  }

  /// The case as far as linking reads it (columns by position, in `columns`' order).
  static func linkable(_ row: Row, decoder: JSONDecoder) -> Case {
    let resident = Resident(
      name: row[3], phone: row[4], address: row[5], householdID: row[6], gridID: row[7])
    var c = Case(
      uuid: UUID(uuidString: row[1]) ?? UUID(), id: "",
      receivedAt: Millis.date(row[2] as Int64), resident: resident, text: row[8])
    let parties: String = row[9]
    c.otherParties = (try? decoder.decode([String].self, from: Data(parties.utf8))) ?? []
    return c
  }
}
