import Foundation
import GRDB
import ShuoshiCore

/// The owner a new case gets from routing, as the engine's drafts. The intake appends them
/// right after its own events and before the case row is written (`intakeCase`), so the row
/// is inserted once, owned — the state and owner indexes get the owned case's entries alone.
enum SaveRouting {
  /// The `assigned` drafts for the new case `c`, or nil when it keeps no owner: flagged for
  /// referral (信访/涉诉, never routed silently), owned already, or nobody in the register.
  static func drafts(
    for c: Case, link: ResidentLink, engine: CaseEngine, now: Date, _ db: Database
  ) throws -> [EventDraft]? {
    guard !c.referred, c.assignee == nil else { return nil }
    let (owner, reasons) = try StoreRouting.owner(link, tier: c.tier, db)
    guard let owner else { return nil }
    return try engine.decide(
      .assignOwner(
        name: owner.person.name, id: owner.person.uuid, note: nil, route: link.reasons + reasons),
      on: c, history: [], now: now)
  }
}
