import ShuoshiCore

/// The CLI's words for the supervision verbs (延期, 退单, 催办, 督办, 暂停到期) and the day's 催办
/// list, one table per language like `CLIStrings`.
struct SupervisionStrings: Sendable {
  let waitExpired: String
  /// After the deadline of an extended case, in the one-line result of an action.
  let extendedNote: String
  let badGrounds: @Sendable (_ raw: String) -> String
  let badUntil: @Sendable (_ raw: String) -> String

  static func forLang(_ lang: Lang) -> SupervisionStrings { lang == .zh ? .zh : .en }

  static let zh = SupervisionStrings(
    waitExpired: "暂停到期，已恢复计时（暂停超时）",
    extendedNote: "（已延期）",
    badGrounds: { "无效退单理由“\($0)”：可用 not-ours/wrong-address/wrong-tier 或 不属于本级/地址有误/层级不对" },
    badUntil: { "无效日期“\($0)”：请用 2026-12-10 这样的日期" })

  static let en = SupervisionStrings(
    waitExpired: "wait expired: the clock runs again (暂停超时)",
    extendedNote: " (extended)",
    badGrounds: { "invalid grounds \"\($0)\": use not-ours|wrong-address|wrong-tier" },
    badUntil: { "invalid day \"\($0)\": use a day like 2026-12-10" })
}
