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
  /// The case is voided (作废): nothing but 恢复 (or undo).
  case voided(ActionKind)
  /// 恢复 asked of a case that is not voided.
  case notVoided
  /// A correction to the value the field already has.
  case unchanged(CorrectableField)
  /// A corrected value that is not of the field's form (urgency, received time).
  case badCorrection(CorrectableField)
  /// A received time corrected onto another day than the case's (`day`).
  case receivedOtherDay(String)
  /// A 回访 that reached the resident needs both answers (是否解决, 满意度); one that did not
  /// reach them carries none.
  case followUpAnswers(reached: Bool)
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
    case (.voided(let action), .zh): return "案件已作废，不能\(action.name(.zh))；可先恢复"
    case (.voided(let action), .en):
      return "the case is voided: restore it before you \(action.name(.en))"
    case (.notVoided, .zh): return "案件未作废，无需恢复"
    case (.notVoided, .en): return "the case is not voided"
    case (.unchanged(let f), .zh): return "“\(f.name(.zh))”与原值相同，无需更正"
    case (.unchanged(let f), .en): return "\(f.name(.en)) already has that value"
    case (.badCorrection(.urgent), .zh): return "“紧急”应为 是 或 否"
    case (.badCorrection(.urgent), .en): return "urgent must be yes or no"
    case (.badCorrection(let f), .zh):
      return "“\(f.name(.zh))”无效：应为 时:分（如 08:30）或 年-月-日 时:分，且不晚于现在"
    case (.badCorrection(let f), .en):
      return "invalid \(f.name(.en)): use HH:mm (08:30) or YYYY-MM-DD HH:mm, not in the future"
    case (.receivedOtherDay(let day), .zh): return "登记时间只能在当天（\(day)）内更正"
    case (.receivedOtherDay(let day), .en):
      return "the received time can only be corrected within its day (\(day))"
    case (.followUpAnswers(true), .zh): return "联系上群众时须记录是否解决和满意度"
    case (.followUpAnswers(true), .en):
      return "a follow-up that reached the resident needs both answers: solved and satisfaction"
    case (.followUpAnswers(false), .zh): return "未联系上群众时不能记录是否解决或满意度"
    case (.followUpAnswers(false), .en):
      return "a follow-up that did not reach the resident cannot record answers"
    case (.invalidField(let field, let problem), _):
      return problem.message(field: field.name(lang), lang)
    default:
      return supervisionMessage(lang)
    }
  }
}
