import Foundation
import GRDB
import ShuoshiCore

/// Who is writing: recorded on every event. `holder` is the role of an operator who signed in
/// (`RolePolicy` decides what they may do); nil in a data directory without sign-in, where
/// every step is allowed as before.
public struct Actor: Sendable, Equatable {
  public var name: String
  public var holder: RoleHolder?
  public init(_ name: String, holder: RoleHolder? = nil) {
    self.name = name
    self.holder = holder
  }
}

extension CaseStore {
  /// Takes in a new grievance (`takeIn` with the suggested owner, or none): allocates its short id, appends `created` + `triaged` (+
  /// `retiered` for an override) and projects the case, in one durable transaction. When the
  /// register has people, the resident is linked to their household and grid, and — unless
  /// `route` is false — the case is assigned to the owner its tier picks (see
  /// `suggestRoute`), the reasons recorded in the `assigned` event.
  public func add(
    _ intake: Intake, engine: CaseEngine, by actor: Actor, now: Date, route: Bool = true
  ) throws(StoreError) -> Case {
    try takeIn(
      TakeInRequest(intake, owner: route ? .suggested : .unrouted), engine: engine, by: actor,
      now: now)
  }

  /// `add` inside a transaction: links the case to the booth session open on this laptop
  /// for the day it was received (unless the intake names one) and to the register's
  /// household and grid, allocates its id, appends, and assigns the owner routing suggests.
  func intakeCase(
    _ intake: Intake, engine: CaseEngine, by actor: Actor, now: Date, route: Bool = true,
    _ db: Database
  ) throws -> Case {
    var intake = intake
    let day = engine.calendar.civilDate(of: intake.receivedAt)
    if intake.session == nil {
      intake.session = try SessionLog.open(on: day, device: info.deviceID, db)?.uuid
    }
    if let round = intake.surveyRound { try Self.checkFoundBy(round, db) }
    let id = try CaseIDs.next(site: info.siteCode, laptop: info.laptop, day: day, in: db)
    let (linked, link) = try linkIntake(intake, db)
    let drafts = try engine.intake(linked, caseID: id)
    // Time-ordered, as events' are: the new case's entries in the indexes keyed by its uuid
    // (the case row's, its events', its ledger row's) land beside the last save's, in pages
    // already in the cache, instead of in a random page of each index.
    let uuid = UUID.timeOrdered(at: now, sequence: Int64(UInt16.random(in: 0...0xFFF)))
    var writer = try LedgerWriter(device: info.deviceID, in: db)
    var written = try EventLog.append(
      drafts, entity: uuid, by: actor, at: now, writer: &writer, db)
    // The owner routing suggests joins the history before the row is written: one insert of
    // the owned case, not an insert then an update that moves its entries in the state and
    // owner indexes (`SaveRouting`).
    if route, let link, let taken = Case.replay(written),
      let assign = try SaveRouting.drafts(for: taken, link: link, engine: engine, now: now, db)
    {
      written += try EventLog.append(
        assign, entity: uuid, by: actor, at: now, writer: &writer, db)
    }
    guard let c = try CaseProjector.project(uuid, history: written, db) else {
      throw StoreError.io(path: directory.databaseURL.path, detail: "case without created event")
    }
    return c
  }

  /// Applies a worker's action to the case `id` (short id, or its UUID); on a group case
  /// (母案) to its children too (`actThroughGroup`).
  public func perform(
    _ action: Action, on id: String, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    let now = Millis.truncate(now)
    return try write { db in
      try actThroughGroup(
        action, on: try resolve(id, in: db), engine: engine, by: actor, now: now, db)
    }
  }

  /// Appends drafts to the log and updates the projection: one fold step per new event on
  /// the stored row (`CaseProjector.fold`), or, for the kinds that need it, a replay of the
  /// whole history (`history` if the caller has read it, else read here) — so the row always
  /// equals what the log says.
  func append(
    _ drafts: [EventDraft], to caseUUID: UUID, existing: Case?, history: [Event]? = nil,
    by actor: Actor, at now: Date, _ db: Database
  ) throws -> Case {
    var writer = try LedgerWriter(device: info.deviceID, in: db)
    return try append(
      drafts, to: caseUUID, existing: existing, history: history, by: actor, at: now,
      writer: &writer, db)
  }

  /// `append` with this laptop's ledger writer kept by the caller across many cases of one
  /// transaction (the sweep), and the case's stored row if the caller has just read it.
  func append(
    _ drafts: [EventDraft], to caseUUID: UUID, existing: Case?, history: [Event]? = nil,
    by actor: Actor, at now: Date, writer: inout LedgerWriter, storedRow: SweepStoredRow? = nil,
    _ db: Database
  ) throws -> Case {
    let drafts = try existing.map { try routeEscalations(drafts, for: $0, db) } ?? drafts
    let written = try EventLog.append(
      drafts, entity: caseUUID, by: actor, at: now, writer: &writer, db)
    if let existing,
      let folded = try CaseProjector.fold(existing, with: written, storedRow: storedRow, db)
    {
      return folded
    }
    let events = try history.map { $0 + written } ?? EventRow.history(of: caseUUID, in: db)
    guard let projected = try CaseProjector.project(caseUUID, history: events, db) else {
      throw StoreError.io(path: directory.databaseURL.path, detail: "case without created event")
    }
    return projected
  }
}

/// Short case ids: site code, the laptop's letter, the day received, and a sequence within
/// that day on this laptop (`HJ-A-20261128-007`). Unique across the laptops of a site because
/// each has its own letter (checked when bundles meet); a data directory made before letters
/// keeps issuing `HJ-20261128-007` until it is given one.
enum CaseIDs {
  static func prefix(site: String, laptop: String? = nil, day: CivilDate) -> String {
    let date = day.description.replacingOccurrences(of: "-", with: "")
    return laptop.map { "\(site)-\($0)-\(date)-" } ?? "\(site)-\(date)-"
  }

  static func next(site: String, laptop: String?, day: CivilDate, in db: Database) throws
    -> String
  {
    let prefix = prefix(site: site, laptop: laptop, day: day)
    // Numerically, not as text: after 999 comes 1000, which sorts before 999. SQLite walks the
    // day's ids in the id index; reading them all into Swift was half of a save's time on a
    // day with thousands of cases.
    let highest =
      try Int.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM cases
            WHERE id >= ? AND id < ? AND substr(id, ?) NOT GLOB '*[^0-9]*'
            """),
        arguments: [prefix.count + 1, prefix, prefix + "~", prefix.count + 1]) ?? 0
    return prefix + String(format: "%03d", highest + 1)
  }
}
