import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Takes in a grievance settled at the booth table (当场化解) in one action: the intake
  /// (linked to the day's open session like `add`) and its resolution on the spot, in one
  /// transaction — either both are saved or neither.
  public func addSettledOnSpot(
    _ intake: Intake, summary: String, engine: CaseEngine, by actor: Actor, now: Date
  ) throws(StoreError) -> Case {
    var intake = intake
    intake.receivedAt = Millis.truncate(intake.receivedAt)
    let now = Millis.truncate(now)
    return try write { db in
      let c = try intakeCase(intake, engine: engine, by: actor, now: now, route: false, db)
      let drafts = try engine.decide(
        .resolve(summary: summary, onSpot: true), on: c, history: [], now: now)
      return try append(drafts, to: c.uuid, existing: c, by: actor, at: now, db)
    }
  }
}
