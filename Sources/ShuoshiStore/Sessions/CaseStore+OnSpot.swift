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
    try takeIn(TakeInRequest(intake, settledOnSpot: summary), engine: engine, by: actor, now: now)
  }
}
