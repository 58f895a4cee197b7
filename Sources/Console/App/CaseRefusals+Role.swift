import ShuoshiCore
import ShuoshiStore

extension Command {
  /// The step `RolePolicy` weighs for this key on case `c`, if it needs a role.
  func guardedStep(on c: Case) -> GuardedStep? {
    switch self {
    case .revealPhone: return .reveal
    case .mergeCase, .unmergeCase: return .merge
    case .voidRestore: return .void
    default: return actionKind(on: c) == nil ? nil : .change
    }
  }
}

extension CaseRefusals {
  /// Adds the keys the signed-in operator's role does not allow on `c`, with the role's
  /// reason ("需要 片区/街道 角色"), over the engine's: the role is asked first by the store.
  /// The store's `Actor.refusal` is the rule; nothing is decided here.
  mutating func addRoleRefusals(on c: Case, actor: Actor, lang: Lang) {
    guard actor.holder != nil else { return }
    for command in Command.allCases {
      guard let step = command.guardedStep(on: c),
        let refusal = actor.refusal(step, caseGrid: c.resident.gridID)
      else { continue }
      set(command, refusal.message(lang))
    }
  }
}
