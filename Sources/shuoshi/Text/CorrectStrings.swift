import ShuoshiCore

/// The lines of `shuoshi correct`, `void` and `restore`, one table per language like
/// `CLIStrings`.
struct CorrectStrings: Sendable {
  let invalidField: @Sendable (_ field: String) -> String
  let voided: @Sendable (_ id: String) -> String
  let restored: @Sendable (_ id: String) -> String
  /// After the state in `show`.
  let voidedTag: String

  static func forLang(_ lang: Lang) -> CorrectStrings { lang == .zh ? .zh : .en }

  /// A bad `--field`, in both languages (exit code 2).
  static func badField(_ field: String) -> UsageProblem {
    UsageProblem(zh: zh.invalidField(field), en: en.invalidField(field))
  }

  static let fieldList = CorrectableField.allCases.map(\.rawValue).joined(separator: "、")

  static let zh = CorrectStrings(
    invalidField: { "无法更正“\($0)”：可更正 \(fieldList)" },
    voided: { "\($0) 已作废：不再出现在队列和报表中（shuoshi restore \($0) --reason … 可恢复）" },
    restored: { "\($0) 已恢复" },
    voidedTag: "（已作废，不计入队列和报表）")

  static let en = CorrectStrings(
    invalidField: {
      "cannot correct \"\($0)\": use \(fieldList.replacingOccurrences(of: "、", with: ", "))"
    },
    voided: {
      "\($0) voided: it leaves queues and reports (shuoshi restore \($0) --reason … brings it back)"
    },
    restored: { "\($0) restored" },
    voidedTag: " (voided: out of queues and reports)")
}
