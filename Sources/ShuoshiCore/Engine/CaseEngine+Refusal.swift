import Foundation

/// What a worker may ask of a case, without the values they would type: the console dims a
/// key whose action is refused and says why; `decide` refuses with the same answer.
public enum ActionKind: String, CaseIterable, Sendable {
  case assign, note, visit, wait, resume, resolve, rate, escalate, retier, reopen, undo
  case dispatch, deliver
  case correct, void, restore
  /// 回访
  case followUp = "follow_up"
  case extend
  case returnCase = "return"
  case urge, supervise
}

extension ActionKind {
  /// What the action does, as a refusal names it (“不能办结”).
  public func name(_ lang: Lang) -> String {
    guard lang == .zh else { return self == .followUp ? "follow up" : rawValue }
    switch self {
    case .assign: return "派单"
    case .note: return "添加备注"
    case .visit: return "记录走访"
    case .wait: return "挂起等待"
    case .resume: return "恢复办理"
    case .resolve: return "办结"
    case .rate: return "评价"
    case .escalate: return "升级"
    case .retier: return "调整层级"
    case .reopen: return "重新打开"
    case .undo: return "撤销"
    case .dispatch: return "派单给志愿者"
    case .deliver: return "登记送单"
    case .correct: return "更正"
    case .void: return "作废"
    case .restore: return "恢复"
    case .followUp: return "回访"
    case .extend: return "延期"
    case .returnCase: return "退单"
    case .urge: return "催办"
    case .supervise: return "督办"
    }
  }
}

extension Action {
  /// The kind of this action (`assignOwner` is an assignment).
  public var kind: ActionKind {
    switch self {
    case .assign, .assignOwner: return .assign
    case .note: return .note
    case .visit: return .visit
    case .wait: return .wait
    case .resume: return .resume
    case .resolve: return .resolve
    case .rate: return .rate
    case .escalate: return .escalate
    case .retier: return .retier
    case .reopen: return .reopen
    case .undo: return .undo
    case .dispatch: return .dispatch
    case .deliver: return .deliver
    case .correct: return .correct
    case .void: return .void
    case .restore: return .restore
    case .followUp: return .followUp
    case .extend: return .extend
    case .returnCase: return .returnCase
    case .urge: return .urge
    case .supervise: return .supervise
    }
  }
}

extension CaseEngine {
  /// Why an action of `kind` is not allowed on `c` at `now`, or nil when it is. These are the
  /// rules of the case's standing (state, tier, history); what the worker types (a summary, a
  /// tier, minutes) is checked by `decide` after this.
  public func refusal(for kind: ActionKind, on c: Case, history: [Event], now: Date)
    -> EngineError?
  {
    let refused = EngineError.notAllowed(action: kind, state: c.state)
    // A voided case only waits to be restored (or the voiding undone).
    if c.voided && kind != .restore && kind != .undo { return .voided(kind) }
    switch kind {
    case .correct, .void: return nil
    case .restore: return c.voided ? nil : .notVoided
    case .note: return nil
    case .assign, .visit, .resolve, .retier, .dispatch: return c.state.isOpen ? nil : refused
    case .wait: return c.state.clockRuns ? nil : refused
    case .resume: return c.state == .waiting ? nil : refused
    case .rate: return c.state == .resolved ? nil : refused
    case .followUp: return c.state.isOpen ? refused : nil
    case .reopen: return c.state.isOpen ? refused : nil
    case .escalate:
      if !c.state.isOpen { return refused }
      return c.tier.next == nil ? .alreadyAtTop : nil
    case .deliver:
      if !c.state.isOpen { return refused }
      return c.volunteer == nil ? .notDispatched : nil
    case .undo: return Self.undoTarget(in: history) == nil ? .nothingToUndo : nil
    case .extend, .returnCase, .urge, .supervise:
      return supervisionRefusal(for: kind, on: c, now: now)
    }
  }
}
