import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Records a 排查 round (the one use case behind `shuoshi rounds record` and the console's
  /// 排查 form): the grid is found as typed, the households bounded by the grid's size, the day
  /// neither after today nor a quarter back; a second round in the same period is kept (the
  /// period counts done once).
  @discardableResult
  public func recordRound(
    _ request: SurveyRoundRequest, rhythm: SurveyRhythm, by actor: Actor, now: Date
  ) throws(StoreError) -> SurveyRoundRecord {
    try actor.require(.change)
    let now = Millis.truncate(now)
    let today = rhythm.calendar.civilDate(of: now)
    return try write { db in
      let grid = try Self.findGrid(request.grid, db)
      let round = SurveyRound(
        gridID: grid.uuid, gridName: grid.name, day: request.day, households: request.households,
        zeroReport: request.zeroReport,
        note: request.note.flatMap { $0.isEmpty ? nil : $0 })
      let limit = try Self.householdLimit(of: grid, db)  // as GridSurveyRow.householdLimit
      if let problem = SurveyRoundCheck.problem(round, limit: limit, today: today) {
        throw problem
      }
      for event in try EventLog.append(
        [EventDraft(.roundRecorded(.init(round: round)))], entity: round.uuid,
        device: info.deviceID, by: actor, at: now, db)
      {
        try SurveyRoundProjection.apply(event, in: db)
      }
      return SurveyRoundRecord(round: round, recorder: actor.name, recordedAt: now)
    }
  }

  /// Rounds, newest first: of one grid (as typed) when given, recorded on or after `since`.
  public func surveyRounds(grid: String? = nil, since: CivilDate? = nil) throws(StoreError)
    -> [SurveyRoundRecord]
  {
    try read { db in
      var parts: [String] = []
      var args = StatementArguments()
      if let grid {
        parts.append("r.grid_uuid = ?")
        args += [try Self.findGrid(grid, db).uuid.uuidString]
      }
      if let since {
        parts.append("r.day >= ?")
        args += [since.description]
      }
      let clause = parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND ")
      return try SurveyRoundProjection.records(db, where: clause, args)
    }
  }

  /// The round answering to `key`: its UUID or a unique prefix of it (8+ hex digits shown).
  public func surveyRound(_ key: String) throws(StoreError) -> SurveyRoundRecord {
    try read { db in try Self.findRound(key, db) }
  }

  /// Every grid with where it stands this period and the last (register order).
  public func surveyStandings(rhythm: SurveyRhythm, now: Date) throws(StoreError)
    -> [GridSurveyRow]
  {
    try read { db in try Self.surveyStandings(rhythm: rhythm, now: now, db) }
  }

  static func surveyStandings(rhythm: SurveyRhythm, now: Date, _ db: Database) throws
    -> [GridSurveyRow]
  {
    let loads = try gridLoads(nil, db)
    let since = try gridsSince(rhythm.calendar, db)
    let today = rhythm.calendar.civilDate(of: now)
    // Two periods back covers the previous period of any cadence.
    let from = today.adding(days: -62)
    let rounds = try SurveyRoundProjection.records(
      db, where: "WHERE r.day >= ?", [from.description])
    let byGrid = Dictionary(grouping: rounds, by: \.round.gridID)
    return loads.map { load in
      let mine = byGrid[load.grid.uuid] ?? []
      let standing = rhythm.standing(
        grid: load.grid.uuid, kind: load.unit?.kind ?? .community,
        since: since[load.grid.uuid], marks: mine.map(\.mark), now: now)
      return GridSurveyRow(
        grid: load.grid, unit: load.unit, head: load.head, households: load.households,
        standing: standing,
        currentRounds: mine.filter { standing.current.contains($0.round.day) })
    }
  }

  /// The day each grid's rounds are owed from: the day it was first saved (its first
  /// `grid_saved` event), or its earliest round when that is earlier — a register imported
  /// today for a grid whose rounds are entered back to last month owes from then.
  static func gridsSince(_ calendar: WorkingCalendar, _ db: Database) throws -> [UUID: CivilDate] {
    var out: [UUID: CivilDate] = [:]
    let saved = try Row.fetchAll(
      db,
      sql:
        "SELECT case_uuid, MIN(at) AS first FROM events WHERE kind = 'grid_saved' GROUP BY case_uuid"
    )
    for row in saved {
      guard let uuid = UUID(uuidString: row["case_uuid"] as String) else { continue }
      out[uuid] = calendar.civilDate(of: Millis.date(row["first"] as Int64))
    }
    let rounds = try Row.fetchAll(
      db, sql: "SELECT grid_uuid, MIN(day) AS first FROM survey_rounds GROUP BY grid_uuid")
    for row in rounds {
      guard let uuid = UUID(uuidString: row["grid_uuid"] as String),
        let day = CivilDate(iso: row["first"] as String)
      else { continue }
      out[uuid] = min(out[uuid] ?? day, day)
    }
    return out
  }

  /// The most households a round of `grid` may claim: the grid's households in the register,
  /// or its unit's 1包50户 / 1包15户 while none are entered.
  static func householdLimit(of grid: Grid, _ db: Database) throws -> Int {
    let count =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM households WHERE grid_uuid = ?",
        arguments: [grid.uuid.uuidString]) ?? 0
    if count > 0 { return count }
    let kind = try RegisterRecords.unit(grid.unitID, db)?.kind ?? .community
    return GridCapacity.limit(for: kind)
  }

  /// The grid answering to `key`: its UUID (or a prefix of 4+ hex digits), its name however
  /// written (`第一网格`, `1网格`), or `单位名 网格名` / `单位名/网格名` when two units have it.
  static func findGrid(_ key: String, _ db: Database) throws -> Grid {
    let typed = key.trimmingCharacters(in: .whitespaces)
    let loads = try gridLoads(nil, db)
    let byID = Set(try CaseStore.uuidPrefix(typed, table: "grids", db))
    var found = loads.filter { byID.contains($0.grid.uuid) }
    if found.isEmpty {
      let parts = typed.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "·" })
      let unitName = parts.count > 1 ? parts.dropLast().joined() : nil
      let gridKey = Grid.key(String(parts.last ?? ""))
      found = loads.filter {
        Grid.key($0.grid.name) == gridKey && (unitName == nil || $0.unit?.name == unitName)
      }
    }
    if found.isEmpty {
      // `六堰社区第一网格`: the unit's name run into the grid's.
      found = loads.filter { l in
        guard let unit = l.unit?.name, typed.hasPrefix(unit), typed.count > unit.count else {
          return false
        }
        return Grid.key(String(typed.dropFirst(unit.count))) == Grid.key(l.grid.name)
      }
    }
    if found.count == 1 { return found[0].grid }
    if found.isEmpty { throw SurveyRoundError.unknownGrid(key: key) }
    throw SurveyRoundError.ambiguousGrid(
      key: key, matches: found.prefix(6).map { "\($0.unit?.name ?? "")\($0.grid.name)" })
  }

  static func findRound(_ key: String, _ db: Database) throws -> SurveyRoundRecord {
    let ids = try uuidPrefix(key.trimmingCharacters(in: .whitespaces), table: "survey_rounds", db)
    guard !ids.isEmpty else { throw SurveyRoundError.unknownRound(key: key) }
    let found = try SurveyRoundProjection.records(
      db, where: "WHERE r.uuid IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
      StatementArguments(ids.map(\.uuidString)))
    if found.count == 1 { return found[0] }
    if found.isEmpty { throw SurveyRoundError.unknownRound(key: key) }
    throw SurveyRoundError.ambiguousRound(
      key: key,
      matches: found.prefix(6).map {
        "\(RegisterID.short($0.round.uuid)) \($0.round.gridName) \($0.round.day)"
      })
  }

  /// A case may be found by a round that is here and found something.
  static func checkFoundBy(_ round: UUID, _ db: Database) throws {
    let found = try findRound(round.uuidString, db)
    if found.round.zeroReport {
      throw SurveyRoundError.zeroReportRound(day: found.round.day, grid: found.round.gridName)
    }
  }

  /// UUIDs in `table` equal to `key` or starting with it (4+ hex digits).
  static func uuidPrefix(_ key: String, table: String, _ db: Database) throws -> [UUID] {
    let hex = key.lowercased()
    guard hex.count >= 4, hex.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
    return try String.fetchAll(
      db, sql: "SELECT uuid FROM \(table) WHERE uuid >= ? AND uuid < ? LIMIT 7",
      arguments: [hex.uppercased(), hex.uppercased() + "~"]
    ).compactMap(UUID.init(uuidString:))
  }
}

extension SurveyRoundRecord {
  var mark: SurveyRhythm.Mark { SurveyRhythm.Mark(day: round.day, zeroReport: round.zeroReport) }
}
