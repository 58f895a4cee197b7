import Foundation
import GRDB
import ShuoshiCore

/// The candidates of a link search read narrowly: only the columns a `MatterLinkProfile` is
/// made from (place, household, party, text, time) and its stored profile (`matter_profiles`),
/// the voided and merged-away cases left out in SQL — not whole `cases` rows decoded into full
/// cases. A stored profile is read back, not derived from the text again (at 1M most of a
/// save's linking time, docs/PERFORMANCE.md, "Early warning"); a case without one is derived
/// from its columns and says so (`Candidate.stored`), so linking can keep it.
enum WarningCandidateRows {
  static let columns = """
    num, uuid, received_at, resident_name, resident_phone, address, household_id, grid_id,
    text, other_parties
    """

  /// Row number and profile of each of `nums` still linkable (not voided, not merged away).
  /// `stored` false derives every profile from its row (the cost before `matter_profiles`,
  /// for the benchmark).
  static func profiles(_ nums: [Int64], stored: Bool = true, _ db: Database) throws
    -> [WarningUpkeep.Candidate]
  {
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
          SELECT \(columns), (SELECT profile FROM matter_profiles p WHERE p.num = cases.num)
          FROM cases WHERE num IN (\(marks)) AND voided = 0
            AND uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)
          """, arguments: StatementArguments(part))
      while let row = try rows.next() {
        out.append(candidate(row, stored: stored, decoder: decoder))
      }
    }
    return out
  }

  /// A row of `columns` and the stored profile (column 10) as a candidate.
  static func candidate(_ row: Row, stored: Bool = true, decoder: JSONDecoder)
    -> WarningUpkeep.Candidate
  {
    if stored, let line = row[10] as String?,
      let uuid = UUID(uuidString: row[1]),
      let p = MatterLinkProfile(
        stored: line, caseUUID: uuid, receivedAt: Millis.date(row[2] as Int64), text: row[8])
    {
      return WarningUpkeep.Candidate(num: row[0], profile: p, stored: true)
    }
    return WarningUpkeep.Candidate(
      num: row[0], profile: MatterLinkProfile(linkable(row, decoder: decoder)), stored: false)
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
