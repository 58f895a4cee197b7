import Foundation
import GRDB
import ShuoshiCore

/// 更正, 作废, 恢复: the one use case behind `shuoshi correct|void|restore` and the console's
/// `E` and `X` on case detail. The engine decides the `corrected` event (and the deadlines
/// triage gives the corrected case); the store links a corrected address to the register and,
/// when the register now routes the case elsewhere (another unit, grid, building or household,
/// or a new tier after a new category), hands it to that owner as intake routing would — all in one
/// transaction.
extension CaseStore {
  /// Corrects one field of the case `id` (short id or UUID); returns the corrected case.
  public func correct(
    _ id: String, _ correction: Correction, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try write { db in
      let before = try resolve(id, in: db)
      try actor.require(.change, caseGrid: before.resident.gridID)
      var drafts = try engine.decide(.correct(correction), on: before, history: [], now: now)
      let register = try StoreRouting.hasRegister(db)
      if register, correction.field == .address, case .corrected(var d) = drafts[0].payload,
        let resident = d.resident
      {
        d.resident = try StoreRouting.link(resident, db).linking(resident)
        drafts[0] = EventDraft(.corrected(d))
      }
      let after = try append(drafts, to: before.uuid, existing: before, by: actor, at: now, db)
      guard register else { return after }
      return try reroute(after, from: before, engine: engine, by: actor, at: now, db)
    }
  }

  /// 作废 the case `id` with a reason: it leaves queues, counts and reports.
  public func void(
    _ id: String, reason: String, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    try perform(.void(reason: reason), on: id, engine: engine, by: actor, now: now)
  }

  /// 恢复 the voided case `id` with a reason: back in queues and reports as it was.
  public func restore(
    _ id: String, reason: String, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    try perform(.restore(reason: reason), on: id, engine: engine, by: actor, now: now)
  }

  /// After a correction: an open case that routing would now give to someone else than it
  /// gave for the old values (another unit, grid, building or household; another tier after a
  /// new category) goes to that owner, when it is not already theirs. Comparing the two answers
  /// of the same moment, not the answer with the owner, leaves a worker's own choice of owner
  /// alone when the correction changes nothing routing looks at. A case flagged for referral
  /// is never routed silently.
  func reroute(
    _ c: Case, from before: Case, engine: CaseEngine, by actor: Actor, at now: Date,
    _ db: Database
  ) throws -> Case {
    guard c.state.isOpen, !c.referred, !c.voided else { return c }
    let link = try StoreRouting.link(c.resident, db)
    let (owner, reasons) = try StoreRouting.owner(link, tier: c.tier, db)
    let (was, _) = try StoreRouting.owner(
      StoreRouting.link(before.resident, db), tier: before.tier, db)
    guard let owner, owner.person.uuid != was?.person.uuid, owner.person.uuid != c.assigneeID
    else { return c }
    return try act(
      .assignOwner(
        name: owner.person.name, id: owner.person.uuid, note: nil, route: link.reasons + reasons),
      on: c, engine: engine, by: actor, now: now, db)
  }
}
