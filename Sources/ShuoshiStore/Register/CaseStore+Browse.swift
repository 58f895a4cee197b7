import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Every grid (of `unit`, or all) with its households counted against "1包50户" /
  /// "1包15户", its open cases and its head: the capacity view of the console and of
  /// `check-register`. In register order (units, then their grids, as first imported).
  public func gridLoads(in unit: UUID? = nil) throws(StoreError) -> [GridLoad] {
    try read { db in try Self.gridLoads(unit, db) }
  }

  /// Only the grids over capacity.
  public func overCapacityGrids() throws(StoreError) -> [GridLoad] {
    try gridLoads().filter(\.isOver)
  }

  static func gridLoads(_ unit: UUID?, _ db: Database) throws -> [GridLoad] {
    let units = Dictionary(
      try RegisterRecords.units(db).map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
    let grids = try RegisterRecords.grids(db, unit: unit)
    let order = Dictionary(
      try RegisterRecords.units(db).enumerated().map { ($0.element.uuid, $0.offset) },
      uniquingKeysWith: { a, _ in a })
    let counts = try countBy(
      db,
      sql:
        "SELECT grid_uuid, COUNT(*) FROM households WHERE grid_uuid IS NOT NULL GROUP BY grid_uuid")
    let open = try countBy(
      db,
      sql: """
        SELECT grid_id, COUNT(*) FROM cases
        WHERE grid_id IS NOT NULL AND voided = 0 AND \(CaseState.sqlIn(CaseState.open))
        GROUP BY grid_id
        """)
    let heads = try Dictionary(
      Row.fetchAll(db, sql: "SELECT uuid, name FROM people").map {
        (($0["uuid"] as String), ($0["name"] as String))
      }, uniquingKeysWith: { a, _ in a })
    return grids.map { g in
      GridLoad(
        grid: g, unit: units[g.unitID], households: counts[g.uuid.uuidString] ?? 0,
        openCases: open[g.uuid.uuidString] ?? 0, head: g.headID.flatMap { heads[$0.uuidString] })
    }.enumerated().sorted {
      let a = order[$0.element.grid.unitID] ?? Int.max
      let b = order[$1.element.grid.unitID] ?? Int.max
      return a != b ? a < b : $0.offset < $1.offset
    }.map(\.element)
  }

  static func countBy(_ db: Database, sql: String, _ args: StatementArguments = []) throws
    -> [String: Int]
  {
    var out: [String: Int] = [:]
    for row in try Row.fetchAll(db, sql: sql, arguments: args) {
      if let key = row[0] as String? { out[key] = row[1] }
    }
    return out
  }

  /// The units with their counts: the register browser's first level.
  public func unitSummaries() throws(StoreError) -> [UnitSummary] {
    try read { db in
      let loads = try Self.gridLoads(nil, db)
      let households = try Self.countBy(
        db, sql: "SELECT unit_uuid, COUNT(*) FROM households GROUP BY unit_uuid")
      let people = try Self.countBy(
        db,
        sql: "SELECT unit_uuid, COUNT(*) FROM people WHERE unit_uuid IS NOT NULL GROUP BY unit_uuid"
      )
      return try RegisterRecords.units(db).map { u in
        let mine = loads.filter { $0.grid.unitID == u.uuid }
        return UnitSummary(
          unit: u, grids: mine.count, households: households[u.uuid.uuidString] ?? 0,
          people: people[u.uuid.uuidString] ?? 0, openCases: mine.reduce(0) { $0 + $1.openCases },
          gridsOver: mine.filter(\.isOver).count)
      }
    }
  }

  /// The households of a grid with their cases counted: the register browser's grid level.
  public func householdSummaries(inGrid grid: UUID) throws(StoreError) -> [HouseholdSummary] {
    try read { db in
      let households = try RegisterRecords.households(
        db, sql: "WHERE grid_uuid = ? ORDER BY address_key, uuid", [grid.uuidString])
      var stats: [String: (open: Int, all: Int, last: Int64?)] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT household_id,
            SUM(\(CaseState.sqlIn(CaseState.open))) AS open,
            COUNT(*) AS n, MAX(received_at) AS last
          FROM cases WHERE voided = 0
            AND household_id IN (SELECT uuid FROM households WHERE grid_uuid = ?)
          GROUP BY household_id
          """, arguments: [grid.uuidString])
      {
        stats[row["household_id"]] = (row["open"], row["n"], row["last"])
      }
      return households.map { h in
        let s = stats[h.uuid.uuidString]
        return HouseholdSummary(
          household: h, openCases: s?.open ?? 0, cases: s?.all ?? 0,
          lastReceived: Millis.date(s?.last))
      }
    }
  }

  /// Grids over capacity and the gaps that leave a tier without an owner.
  public func checkRegister() throws(StoreError) -> RegisterCheckReport {
    try read { db in
      let units = try RegisterRecords.units(db)
      let loads = try Self.gridLoads(nil, db)
      let people = try RegisterRecords.people(db, sql: "ORDER BY name, uuid")
      let households = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM households") ?? 0
      let loose =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM households WHERE grid_uuid IS NULL") ?? 0
      return RegisterCheckReport(
        loads: loads,
        findings: RegisterCheck.findings(
          units: units, loads: loads, people: people, householdsWithoutGrid: loose),
        units: units.count, households: households, people: people.count)
    }
  }
}
