import Foundation
import GRDB
import ShuoshiCore

/// Routing with the register in SQLite: finds the candidate households and people with
/// indexed queries, then applies the pure rules (`AddressMatcher`, `OwnerRouting`).
enum StoreRouting {
  /// True when the register holds anyone who could own a case.
  static func hasRegister(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM people)")) ?? false
  }

  /// The resident's unit, grid and household. A resident already linked keeps their links.
  static func link(_ resident: Resident, _ db: Database) throws -> ResidentLink {
    if let id = resident.householdID.flatMap(UUID.init(uuidString:)),
      let h = try RegisterRecords.household(id, db)
    {
      return ResidentLink(
        unit: try RegisterRecords.unit(h.unitID, db),
        grid: try h.gridID.flatMap { try RegisterRecords.grid($0, db) },
        match: HouseholdMatch(household: h, quality: .exact, reasons: []), address: h.address)
    }
    let units = try RegisterRecords.units(db)
    let parsed = AddressParser.parse(
      resident.address, units: units.map { AddressParser.UnitName(name: $0.name, kind: $0.kind) })
    let unit = units.first { $0.name == parsed.unitName }
    let candidates = try candidates(parsed, unit: unit, resident: resident, db)
    let (match, reasons) = AddressMatcher.match(
      parsed, unit: unit, name: resident.name, phone: resident.phone, candidates: candidates)
    var link = ResidentLink.make(
      parsed: parsed, match: match, matchReasons: reasons,
      unit: { id in units.first { $0.uuid == id } },
      grid: { id in try? RegisterRecords.grid(id, db) }, unitNamed: unit)
    if link.grid == nil, let gid = resident.gridID.flatMap(UUID.init(uuidString:)) {
      link.grid = try RegisterRecords.grid(gid, db)
    }
    return link
  }

  /// Households that could be the resident's: same address key, same building or group in
  /// the named unit (any unit when none is named), same phone, a member of the same name.
  static func candidates(
    _ parsed: ParsedAddress, unit: RegisterUnit?, resident: Resident, _ db: Database
  ) throws -> [Household] {
    var parts: [String] = []
    var args = StatementArguments()
    let a = parsed.address
    if !a.isEmpty {
      parts.append("address_key = ?")
      args += [a.key]
    }
    for (column, value) in [("building", a.building), ("grp", a.group)] {
      guard let value else { continue }
      if let unit {
        parts.append("(unit_uuid = ? AND \(column) = ?)")
        args += [unit.uuid.uuidString, value]
      } else {
        parts.append("\(column) = ?")
        args += [value]
      }
    }
    let digits = PhoneNumber.digits(resident.phone)
    if digits.count >= 7 {
      parts.append("uuid IN (SELECT household_uuid FROM household_members WHERE phone = ?)")
      args += [digits]
    }
    let name = resident.name.trimmingCharacters(in: .whitespaces)
    if !name.isEmpty {
      parts.append("uuid IN (SELECT household_uuid FROM household_members WHERE name = ?)")
      args += [name]
    }
    guard !parts.isEmpty else { return [] }
    return try RegisterRecords.households(
      db, sql: "WHERE \(parts.joined(separator: " OR ")) ORDER BY uuid LIMIT 500", args)
  }

  /// The owner for `tier`: people of the resident's unit, the 片区 coordinators and the
  /// street office are the candidates; their open cases share the work out.
  static func owner(_ link: ResidentLink, tier: Tier, _ db: Database) throws -> (
    OwnerSuggestion?, [RouteReason]
  ) {
    var sql = "WHERE roles LIKE '%,district_coordinator,%' OR roles LIKE '%,street_office,%'"
    var args = StatementArguments()
    if let unit = link.unit {
      sql += " OR unit_uuid = ?"
      args += [unit.uuid.uuidString]
    }
    let people = try RegisterRecords.people(db, sql: sql + " ORDER BY name, uuid", args)
    let load = try openCases(of: people.map(\.uuid), db)
    return OwnerRouting.owner(for: tier, in: link.context(people: people, openCases: load))
  }

  /// Open cases per owner (`assignee_id`), for the given people.
  static func openCases(of people: [UUID], _ db: Database) throws -> [UUID: Int] {
    guard !people.isEmpty else { return [:] }
    let marks = people.map { _ in "?" }.joined(separator: ",")
    var load: [UUID: Int] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT assignee_id, COUNT(*) AS n FROM cases
        WHERE assignee_id IN (\(marks)) AND voided = 0 AND \(CaseState.sqlIn(CaseState.open))
        GROUP BY assignee_id
        """, arguments: StatementArguments(people.map(\.uuidString)))
    for row in rows {
      if let id = (row["assignee_id"] as String?).flatMap(UUID.init(uuidString:)) {
        load[id] = row["n"]
      }
    }
    return load
  }
}
