import ShuoshiCore

extension Actor {
  /// Refuses `step` when the signed-in operator's role does not allow it (`RolePolicy`, the
  /// one rule); an actor without a role (no sign-in in this data directory) may do anything.
  public func require(_ step: GuardedStep, caseGrid: String? = nil) throws(StoreError) {
    guard let holder else { return }
    if let refusal = RolePolicy.refusal(step, by: holder, caseGrid: caseGrid) {
      throw .roleRefused(refusal)
    }
  }

  /// Why `step` would be refused, for a front end that dims a key before it is pressed.
  public func refusal(_ step: GuardedStep, caseGrid: String? = nil) -> RoleRefusal? {
    holder.flatMap { RolePolicy.refusal(step, by: $0, caseGrid: caseGrid) }
  }
}
