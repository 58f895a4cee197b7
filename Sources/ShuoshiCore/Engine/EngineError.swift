/// Why the engine refused an action. Each says itself in Chinese and English.
public enum EngineError: LocalizedMessage, Equatable {
  case notAllowed(action: String, state: CaseState)
  case emptyField(String)
  case alreadyAtTop
  case nothingToUndo
  case sameTier(Tier)
  case unknownCategory(String)
  case invalidPhone(String)
  /// 送单 before 派单: no volunteer was sent.
  case notDispatched
  /// Time spent must be 1 minute to 24 hours.
  case invalidMinutes(Int)
  /// A field over its length bound or carrying a control character (`FieldKind`).
  case invalidField(CaseField, FieldProblem)

  public func message(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.notAllowed(let action, let state), .zh):
      return "案件当前为“\(state.name(.zh))”，不能\(Self.actionName(action, .zh))"
    case (.notAllowed(let action, let state), .en):
      return "cannot \(Self.actionName(action, .en)) a case that is \(state.name(.en))"
    case (.emptyField(let field), .zh): return "“\(Self.fieldName(field, .zh))”不能为空"
    case (.emptyField(let field), .en): return "\(Self.fieldName(field, .en)) must not be empty"
    case (.alreadyAtTop, .zh): return "案件已上交街道，不能再升级"
    case (.alreadyAtTop, .en): return "the case is already handed up to the street office"
    case (.nothingToUndo, .zh): return "没有可以撤销的操作"
    case (.nothingToUndo, .en): return "nothing to undo"
    case (.sameTier(let tier), .zh): return "案件已在“\(tier.name(.zh))”层级"
    case (.sameTier(let tier), .en): return "the case is already at \(tier.name(.en))"
    case (.unknownCategory(let c), .zh): return "未知分类“\(c)”"
    case (.unknownCategory(let c), .en): return "unknown category \"\(c)\""
    case (.invalidPhone(let p), .zh): return "电话号码“\(p)”无效：只能包含数字、空格和-"
    case (.invalidPhone(let p), .en):
      return "invalid phone number \"\(p)\": digits, spaces and - only"
    case (.notDispatched, .zh): return "案件尚未派单给志愿者，不能登记送单"
    case (.notDispatched, .en): return "the case has not been dispatched to a volunteer"
    case (.invalidMinutes(let m), .zh): return "用时“\(m)”分钟无效：应为 1 到 1440 分钟"
    case (.invalidMinutes(let m), .en): return "invalid time spent \(m) min: use 1 to 1440 minutes"
    case (.invalidField(let field, let problem), _):
      return problem.message(field: field.name(lang), lang)
    }
  }

  static func actionName(_ action: String, _ lang: Lang) -> String {
    let zh = [
      "assign": "派单", "visit": "记录走访", "wait": "挂起等待", "resume": "恢复办理",
      "resolve": "办结", "rate": "评价", "escalate": "升级", "retier": "调整层级",
      "reopen": "重新打开", "note": "添加备注", "dispatch": "派单给志愿者", "deliver": "登记送单",
    ]
    return lang == .zh ? zh[action] ?? action : action
  }

  static func fieldName(_ field: String, _ lang: Lang) -> String {
    let zh = [
      "name": "姓名", "text": "诉求内容", "summary": "办结说明", "reason": "原因",
      "assignee": "承办人", "note": "备注", "volunteer": "志愿者",
    ]
    return lang == .zh ? zh[field] ?? field : field
  }
}
