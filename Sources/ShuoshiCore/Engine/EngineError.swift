/// Why the engine refused an action. Each says itself in Chinese and English.
public enum EngineError: LocalizedMessage, Equatable {
  case notAllowed(action: ActionKind, state: CaseState)
  case alreadyAtTop
  case nothingToUndo
  case sameTier(Tier)
  case unknownCategory(String)
  /// 送单 before 派单: no volunteer was sent.
  case notDispatched
  /// Time spent must be 1 minute to 24 hours.
  case invalidMinutes(Int)
  /// A field left empty, over its length bound, carrying a control character (`FieldKind`), or
  /// a phone that is no phone number.
  case invalidField(CaseField, FieldProblem)
  /// 延期 asked after the deadline (the day it fell due).
  case extensionTooLate(deadline: CivilDate)
  /// 延期 asked a second time at a tier.
  case alreadyExtended(Tier)
  /// 延期 of a number of working days outside 1…max.
  case invalidExtension(days: Int, max: Int)
  /// 退单 of a case nobody owns.
  case noOwnerToReturn
  /// 退单 for 层级不对 without another tier (or a tier given for other grounds).
  case returnTier(ReturnGrounds)
  /// 催办 of a case neither past its deadline nor its first contact.
  case notLate
  /// 督办 set when set, or lifted when not set.
  case supervisionUnchanged(on: Bool)
  /// 暂停 until a day that is not after today, or too far ahead.
  case invalidWaitUntil(CivilDate, maxDays: Int)

  public func message(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.notAllowed(let action, let state), .zh):
      return "案件当前为“\(state.name(.zh))”，不能\(action.name(.zh))"
    case (.notAllowed(let action, let state), .en):
      return "cannot \(action.name(.en)) a case that is \(state.name(.en))"
    case (.alreadyAtTop, .zh): return "案件已上交街道，不能再升级"
    case (.alreadyAtTop, .en): return "the case is already handed up to the street office"
    case (.nothingToUndo, .zh): return "没有可以撤销的操作"
    case (.nothingToUndo, .en): return "nothing to undo"
    case (.sameTier(let tier), .zh): return "案件已在“\(tier.name(.zh))”层级"
    case (.sameTier(let tier), .en): return "the case is already at \(tier.name(.en))"
    case (.unknownCategory(let c), .zh): return "未知分类“\(c)”"
    case (.unknownCategory(let c), .en): return "unknown category \"\(c)\""
    case (.notDispatched, .zh): return "案件尚未派单给志愿者，不能登记送单"
    case (.notDispatched, .en): return "the case has not been dispatched to a volunteer"
    case (.invalidMinutes(let m), .zh): return "用时“\(m)”分钟无效：应为 1 到 1440 分钟"
    case (.invalidMinutes(let m), .en): return "invalid time spent \(m) min: use 1 to 1440 minutes"
    case (.invalidField(let field, let problem), _):
      return problem.message(field: field.name(lang), lang)
    default:
      return supervisionMessage(lang)
    }
  }
}
