extension EngineError {
  /// The messages of the supervision rules (延期, 退单, 催办, 督办, 暂停到期).
  func supervisionMessage(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.extensionTooLate(let day), .zh):
      return "办理时限 \(day) 已过，不能再延期；请督促办理或升级"
    case (.extensionTooLate(let day), .en):
      return "the deadline \(day) has passed: an extension must be asked before it"
    case (.alreadyExtended(let tier), .zh):
      return "案件在“\(tier.name(.zh))”层级已延期过一次，不能再延期"
    case (.alreadyExtended(let tier), .en):
      return "the case was already extended once at \(tier.name(.en))"
    case (.invalidExtension(let days, let max), .zh):
      return "延期“\(days)”个工作日无效：应为 1 到 \(max) 个工作日"
    case (.invalidExtension(let days, let max), .en):
      return "invalid extension of \(days) working days: use 1 to \(max)"
    case (.noOwnerToReturn, .zh): return "案件还没有承办人，无需退单"
    case (.noOwnerToReturn, .en): return "nobody owns the case: there is nothing to return"
    case (.returnTier(.wrongTier), .zh): return "以“层级不对”退单时，请指明应在的另一个层级"
    case (.returnTier(.wrongTier), .en):
      return "a wrong-tier return names the tier the case belongs at"
    case (.returnTier(let g), .zh): return "以“\(g.name(.zh))”退单时不改层级；要改层级请选“层级不对”"
    case (.returnTier(let g), .en):
      return "a return as \(g.name(.en)) keeps the tier; choose wrong tier to name another"
    case (.notLate, .zh): return "案件未超期，也未错过首次联系，不能催办"
    case (.notLate, .en):
      return "the case is neither overdue nor past its first contact: nothing to urge"
    case (.supervisionUnchanged(true), .zh): return "案件已在督办中"
    case (.supervisionUnchanged(true), .en): return "the case is already supervised"
    case (.supervisionUnchanged(false), .zh): return "案件没有督办，无需取消"
    case (.supervisionUnchanged(false), .en): return "the case is not supervised"
    case (.invalidWaitUntil(let day, let max), .zh):
      return "预计恢复日期 \(day) 无效：应在今天之后、\(max) 天以内"
    case (.invalidWaitUntil(let day, let max), .en):
      return "invalid expected end \(day): use a day after today, within \(max) days"
    default:
      return ""
    }
  }
}
