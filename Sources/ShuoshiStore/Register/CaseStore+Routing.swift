import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Who would own a case of this resident at `tier`, and why: the household, grid and unit
  /// the register matched, the owner and the reasons in order. What the intake form shows
  /// beside triage as the worker types (read-only; cheap enough per keystroke).
  public func suggestRoute(for resident: Resident, tier: Tier) throws(StoreError)
    -> RouteSuggestion
  {
    try read { db in
      let link = try StoreRouting.link(resident, db)
      let (owner, reasons) = try StoreRouting.owner(link, tier: tier, db)
      return RouteSuggestion(link: link, owner: owner, ownerReasons: reasons, tier: tier)
    }
  }

  /// Links the intake's resident to the register (household and grid), when it has any.
  func linkIntake(_ intake: Intake, _ db: Database) throws -> (Intake, ResidentLink?) {
    guard try StoreRouting.hasRegister(db) else { return (intake, nil) }
    var intake = intake
    let link = try StoreRouting.link(intake.resident, db)
    intake.resident = link.linking(intake.resident)
    return (intake, link)
  }

  /// Escalations move the case to the next tier's owner: each `escalated` draft without an
  /// assignee gets the owner routing picks for its tier (and the reasons, also when nobody
  /// was found). The engine stays pure; the projection already honours the assignee.
  func routeEscalations(_ drafts: [EventDraft], for c: Case, _ db: Database) throws
    -> [EventDraft]
  {
    func unowned(_ draft: EventDraft) -> EventPayload.Escalated? {
      guard case .escalated(let e) = draft.payload, e.assignee == nil else { return nil }
      return e
    }
    guard drafts.contains(where: { unowned($0) != nil }), try StoreRouting.hasRegister(db)
    else { return drafts }
    let link = try StoreRouting.link(c.resident, db)
    return try drafts.map { draft in
      guard var e = unowned(draft), let tier = e.tier else { return draft }
      let (owner, reasons) = try StoreRouting.owner(link, tier: tier, db)
      e.assignee = owner?.person.name
      e.assigneeID = owner?.person.uuid
      e.route = reasons
      return EventDraft(.escalated(e))
    }
  }

  /// Assigns a case to a person of the register (the console's person picker), with the
  /// worker's reason.
  public func assign(
    _ id: String, to person: Person, reason: String?, engine: CaseEngine, by actor: Actor,
    now: Date
  ) throws(StoreError) -> Case {
    try perform(
      .assignOwner(name: person.name, id: person.uuid, note: reason, route: []), on: id,
      engine: engine, by: actor, now: now)
  }

  /// Dispatches a case to a party member volunteer of the register (平台派单).
  public func dispatch(
    _ id: String, to volunteer: Person, note: String?, engine: CaseEngine, by actor: Actor,
    now: Date
  ) throws(StoreError) -> Case {
    try perform(
      .dispatch(to: volunteer.name, volunteerID: volunteer.uuid, note: note), on: id,
      engine: engine, by: actor, now: now)
  }
}
