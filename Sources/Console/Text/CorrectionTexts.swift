import ShuoshiCore

/// The console's words for 更正, 作废 and 恢复 and the intake's category override, one table per
/// language (kept apart from `Strings` so these dialogs stay in files of their own).
struct CorrectionTexts: Sendable {
  let pickFieldTitle: String
  /// A field in the picker with its value now.
  let fieldNow: @Sendable (_ field: String, _ value: String) -> String
  let valueTitle: @Sendable (_ field: String) -> String
  let valueMessage: @Sendable (_ old: String) -> String
  let reasonTitle: String
  let reasonMessage: @Sendable (_ field: String, _ old: String, _ new: String) -> String
  let categoryTitle: String
  let urgentTitle: String
  let yes: String
  let no: String
  let empty: String
  let voidTitle: @Sendable (_ id: String) -> String
  let voidMessage: @Sendable (_ what: String) -> String
  let voidButton: String
  let restoreTitle: @Sendable (_ id: String) -> String
  let restoreMessage: String
  let restoreButton: String
  /// After the case title on a voided case.
  let voidedBadge: String
  let categoryReasonTitle: String
  let categoryReasonMessage: @Sendable (_ suggested: String, _ chosen: String) -> String
  /// The triage panel's line under an overridden category.
  let categoryOverride: @Sendable (_ suggested: String, _ reason: String) -> String

  static func forLang(_ lang: Lang) -> CorrectionTexts { lang == .zh ? .zh : .en }

  static let zh = CorrectionTexts(
    pickFieldTitle: "更正哪一项",
    fieldNow: { f, v in "\(f)：\(v)" },
    valueTitle: { "更正\($0)" },
    valueMessage: { "原为：\($0)\n改为：" },
    reasonTitle: "更正原因",
    reasonMessage: { f, a, b in "\(f)：\(a) → \(b)\n请说明原因（记入办理记录）：" },
    categoryTitle: "改为哪个类别",
    urgentTitle: "是否紧急",
    yes: "是", no: "否", empty: "（空）",
    voidTitle: { "作废案件 \($0)" },
    voidMessage: { "\($0)\n作废后不再出现在队列和报表中，记录保留，可恢复。\n请说明原因：" },
    voidButton: "作废",
    restoreTitle: { "恢复案件 \($0)" },
    restoreMessage: "恢复后案件回到队列和报表，保持作废前的状态。\n请说明原因：",
    restoreButton: "恢复",
    voidedBadge: "〔已作废〕",
    categoryReasonTitle: "调整类别",
    categoryReasonMessage: { a, b in "建议类别：\(a)\n改为：\(b)\n请说明原因：" },
    categoryOverride: { suggested, reason in "人工调整类别（建议 \(suggested)）：\(reason)" })

  static let en = CorrectionTexts(
    pickFieldTitle: "Correct which field",
    fieldNow: { f, v in "\(f): \(v)" },
    valueTitle: { "Correct \($0)" },
    valueMessage: { "Was: \($0)\nNow:" },
    reasonTitle: "Why the correction",
    reasonMessage: { f, a, b in "\(f): \(a) → \(b)\nWhy (kept in the history):" },
    categoryTitle: "Which category",
    urgentTitle: "Urgent?",
    yes: "yes", no: "no", empty: "(empty)",
    voidTitle: { "Void case \($0)" },
    voidMessage: {
      "\($0)\nA voided case leaves queues and reports; the log keeps it and it can be restored.\nWhy:"
    },
    voidButton: "Void",
    restoreTitle: { "Restore case \($0)" },
    restoreMessage: "The case comes back to queues and reports as it was.\nWhy:",
    restoreButton: "Restore",
    voidedBadge: "[voided]",
    categoryReasonTitle: "Change the category",
    categoryReasonMessage: { a, b in "Suggested: \(a)\nChosen: \(b)\nWhy:" },
    categoryOverride: { suggested, reason in
      "category overridden (suggested \(suggested)): \(reason)"
    })
}
