import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Every case of a household's members: cases linked to it, cases whose resident phone is a
  /// member's (or the household's), and cases by a member's name at the household's address
  /// taken before the register knew them. Newest first, with the booth days.
  public func householdHistory(_ id: UUID, calendar: WorkingCalendar) throws(StoreError)
    -> HouseholdHistory
  {
    try read { db in
      guard let h = try RegisterRecords.household(id, db) else {
        throw StoreError.noRecord(.household, id: RegisterID.short(id))
      }
      let unit = try RegisterRecords.unit(h.unitID, db)
      let grid = try h.gridID.flatMap { try RegisterRecords.grid($0, db) }
      var byNum: [Int64: Case] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT num, * FROM cases WHERE household_id = ? AND voided = 0",
        arguments: [h.uuid.uuidString])
      {
        byNum[row["num"]] = CaseRow.decode(row)
      }
      for c in try Self.cases(phones: h.phones, db) { byNum[c.0] = c.1 }
      let units = try RegisterRecords.units(db).map {
        AddressParser.UnitName(name: $0.name, kind: $0.kind)
      }
      for m in h.members {
        for (num, c) in try Self.cases(named: m.name, db) where c.resident.householdID == nil {
          let parsed = AddressParser.parse(c.resident.address, units: units)
          if parsed.address.key == h.address.key,
            parsed.unitName == nil || parsed.unitName == unit?.name
          {
            byNum[num] = c
          }
        }
      }
      let cases = byNum.sorted {
        $0.value.receivedAt != $1.value.receivedAt
          ? $0.value.receivedAt > $1.value.receivedAt : $0.key > $1.key
      }.map(\.value)
      var carers: [Person] = []
      if let grid {
        let people = try RegisterRecords.people(
          db, sql: "WHERE grid_uuid = ? OR uuid = ? ORDER BY name, uuid",
          [grid.uuid.uuidString, grid.headID?.uuidString ?? ""])
        let building = unit?.kind == .village ? h.address.group : h.address.building
        carers = people.filter {
          $0.uuid == grid.headID
            || (($0.has(.buildingHead) || $0.has(.centreHouseholdHead))
              && building.map($0.buildings.contains) == true)
        }
      }
      return HouseholdHistory(
        household: h, unit: unit, grid: grid, carers: carers, cases: cases,
        visits: BoothVisits(received: cases.map(\.receivedAt), calendar: calendar))
    }
  }

  /// Cases a resident brought before, by phone (exact digits) or, without a usable phone, by
  /// name: what the intake form shows so the booth sees a returning resident. Newest first.
  public func residentCases(name: String, phone: String, limit: Int = 20) throws(StoreError)
    -> [Case]
  {
    try read { db in
      let digits = PhoneNumber.digits(phone)
      let found =
        digits.count >= 7
        ? try Self.cases(phones: [digits], db)
        : try Self.cases(named: name.trimmingCharacters(in: .whitespaces), db)
      return found.map(\.1).sorted { $0.receivedAt > $1.receivedAt }.prefix(limit).map { $0 }
    }
  }

  /// Cases whose resident phone is one of `phones` (digits), found through the phone-tail index.
  static func cases(phones: [String], _ db: Database) throws -> [(Int64, Case)] {
    let usable = phones.filter { $0.count >= 7 }
    guard !usable.isEmpty else { return [] }
    let tails = Array(Set(usable.map { String($0.suffix(4)) }))
    let rows = try Row.fetchAll(
      db,
      sql:
        "SELECT num, * FROM cases WHERE voided = 0 AND phone_tail IN (\(tails.map { _ in "?" }.joined(separator: ",")))",
      arguments: StatementArguments(tails))
    return rows.compactMap { row in
      let c = CaseRow.decode(row)
      return usable.contains(PhoneNumber.digits(c.resident.phone)) ? (row["num"], c) : nil
    }
  }

  /// Cases whose resident is called exactly `name`, found through the search index.
  static func cases(named name: String, _ db: Database) throws -> [(Int64, Case)] {
    guard !name.isEmpty, let (table, match) = SearchIndex.match(name) else { return [] }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT c.num, c.* FROM \(table) f JOIN cases c ON c.num = f.rowid
        WHERE \(table) MATCH ? AND c.resident_name = ? AND c.voided = 0
        """, arguments: [match, name])
    return rows.map { ($0["num"], CaseRow.decode($0)) }
  }
}
