extension Action {
  /// The step `RolePolicy` weighs for this action: 作废 and 恢复 are the street's; every other
  /// action is a change to the case.
  public var guardedStep: GuardedStep {
    switch self {
    case .void, .restore: .void
    default: .change
    }
  }
}
