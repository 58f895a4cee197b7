import Foundation
import GRDB
import ShuoshiCore

/// Taking in a grievance (受理): the one use case behind `shuoshi add` and the console's intake
/// form. Validation and triage are the engine's; the store links the resident to the register
/// and the day's booth session, allocates the id, and then gives the case its owner — the one
/// routing suggests, the worker's own choice with a reason, or none — or settles it on the spot,
/// all in one durable transaction: either the whole intake is saved or nothing is.
public struct TakeInRequest: Sendable {
  /// Who takes the case first.
  public enum Owner: Sendable {
    /// The owner the register's routing suggests (none when the register has nobody).
    case suggested
    /// Nobody yet: the case waits for dispatch (`add --no-route`).
    case unrouted
    /// The worker's choice over the suggestion, with the reason recorded in the `assigned` event.
    case chosen(Person, reason: String)
    /// A name as the worker typed it (no register, or nobody there by that name), with why.
    case named(String, reason: String)
  }

  public var intake: Intake
  public var owner: Owner
  /// Settled at the booth table (当场化解): how. The case is taken in and resolved at once.
  public var settledOnSpot: String?
  /// When the case is linked to others (预警): right after the save, or in the caller's
  /// idle upkeep (`CaseStore.linkPending`).
  public var linking: LinkingTime

  public init(
    _ intake: Intake, owner: Owner = .suggested, settledOnSpot: String? = nil,
    linking: LinkingTime = .afterSave
  ) {
    self.intake = intake
    self.owner = owner
    self.settledOnSpot = settledOnSpot
    self.linking = linking
  }
}

extension CaseStore {
  /// Takes in a grievance as `request` says, in one transaction; returns the saved case.
  /// Linking (预警) is not part of that transaction: the save marks the case, and linking runs
  /// after the commit in its own (`linkPending`), now or — `.deferred` — in the caller's idle
  /// upkeep. A linking failure leaves the save as it is and the mark for the next upkeep.
  public func takeIn(
    _ request: TakeInRequest, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    try actor.require(.change)
    // The worker who takes a case in may act on it at once (owner, 当场化解) whatever its grid.
    var actor = actor
    actor.holder?.grid = nil
    var intake = request.intake
    intake.receivedAt = Millis.truncate(intake.receivedAt)
    let now = Millis.truncate(now)
    let saved = try write { db in
      let routed = request.settledOnSpot == nil
      let suggested: Bool
      if case .suggested = request.owner { suggested = routed } else { suggested = false }
      var c = try intakeCase(intake, engine: engine, by: actor, now: now, route: suggested, db)
      if routed, case .chosen(let person, let reason) = request.owner {
        c = try act(
          .assignOwner(name: person.name, id: person.uuid, note: reason, route: []), on: c,
          engine: engine, by: actor, now: now, db)
      }
      if routed, case .named(let name, let reason) = request.owner {
        c = try act(.assign(to: name, note: reason), on: c, engine: engine, by: actor, now: now, db)
      }
      if let summary = request.settledOnSpot {
        c = try act(
          .resolve(summary: summary, onSpot: true), on: c, engine: engine, by: actor, now: now, db)
      }
      try WarningUpkeep.markPending(c.uuid, db)
      return c
    }
    if request.linking == .afterSave {
      _ = try? linkPending(rules: engine.rules.warning, by: actor, now: now)
    }
    return saved
  }

  /// `action` on the case `c` inside a transaction: the engine decides, the log appends and
  /// the new events are folded into the stored row. Only undo looks back (for its target);
  /// every other action needs the row alone, so its cost does not grow with the history.
  func act(
    _ action: Action, on c: Case, engine: CaseEngine, by actor: Actor, now: Date, _ db: Database
  ) throws -> Case {
    try actor.require(action.guardedStep, caseGrid: c.resident.gridID)
    let history = action == .undo ? try EventRow.history(of: c.uuid, in: db) : nil
    let drafts = try engine.decide(action, on: c, history: history ?? [], now: now)
    return try append(drafts, to: c.uuid, existing: c, history: history, by: actor, at: now, db)
  }
}
