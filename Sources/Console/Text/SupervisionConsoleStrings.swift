import Foundation
import ShuoshiCore

/// The console's words for the supervision dialogs (延期, 退单, 催办, 督办, a wait's expected end)
/// and the detail screen's supervision lines, one table per language like `Strings`.
public struct SupervisionConsoleStrings: Sendable {
  public let extendTitle: @Sendable (_ due: String) -> String
  public let extendOption: @Sendable (_ days: Int, _ until: String) -> String
  public let extendReasonTitle: String
  public let extendReasonMessage: @Sendable (_ until: String) -> String
  public let returnTitle: String
  public let returnTierTitle: String
  public let returnNoteTitle: String
  public let returnNoteMessage: @Sendable (_ grounds: String, _ tier: String) -> String
  public let urgeTitle: String
  public let urgeMessage: @Sendable (_ owner: String) -> String
  public let superviseTitle: String
  public let superviseMessage: String
  public let unsuperviseTitle: String
  public let unsuperviseMessage: String
  public let waitUntilTitle: String
  public let waitUntilMessage: String
  public let badDay: @Sendable (_ text: String) -> String
  /// Detail screen: the deadline's supervision notes.
  public let extendedNote: String
  public let waitingUntil: @Sendable (_ day: String) -> String
  public let waitExpired: String
  public let supervised: String
  public let urged: @Sendable (_ count: Int) -> String
  public let returned: @Sendable (_ count: Int) -> String
  public let labelSupervision: String
  public let tabWaitExpired: String
  public let tabSupervised: String
  /// After the sweep's message: waits it ended because their expected day passed.
  public let sweepWaitsExpired: @Sendable (_ count: Int) -> String

  public static func forLang(_ lang: Lang) -> SupervisionConsoleStrings { lang == .zh ? .zh : .en }

  public static let zh = SupervisionConsoleStrings(
    extendTitle: { "延期（现期限 \($0)）" },
    extendOption: { days, until in "\(days) 个工作日，至 \(until)" },
    extendReasonTitle: "延期原因",
    extendReasonMessage: { "延期至 \($0)，请写明原因（每个层级只能延期一次）" },
    returnTitle: "退单理由",
    returnTierTitle: "应在哪个层级",
    returnNoteTitle: "退单说明",
    returnNoteMessage: { grounds, tier in "以“\(grounds)”退回\(tier)待派单，请说明情况" },
    urgeTitle: "催办",
    urgeMessage: { "催办承办人\($0.isEmpty ? "" : " " + $0)（可写催办内容）" },
    superviseTitle: "督办",
    superviseMessage: "督办说明（可不填）：案件进入督办队列，直到办结",
    unsuperviseTitle: "取消督办",
    unsuperviseMessage: "取消督办的说明（可不填）",
    waitUntilTitle: "预计恢复日期",
    waitUntilMessage: "到期后自动恢复计时（日期格式 2026-12-10）",
    badDay: { "日期“\($0)”无效：请用 2026-12-10 这样的日期" },
    extendedNote: "（已延期）",
    waitingUntil: { "暂停至 \($0)" },
    waitExpired: "暂停超时",
    supervised: "督办",
    urged: { "催办 \($0) 次" },
    returned: { "退单 \($0) 次" },
    labelSupervision: "跟进",
    tabWaitExpired: "暂停超时",
    tabSupervised: "督办",
    sweepWaitsExpired: { "暂停到期 \($0) 件" })

  public static let en = SupervisionConsoleStrings(
    extendTitle: { "Extend (due \($0))" },
    extendOption: { days, until in "\(days) working day(s), to \(until)" },
    extendReasonTitle: "Why extend",
    extendReasonMessage: { "Extend to \($0): the reason (one extension per tier)" },
    returnTitle: "Grounds for the return",
    returnTierTitle: "Which tier it belongs at",
    returnNoteTitle: "Return note",
    returnNoteMessage: { grounds, tier in
      "Return as \(grounds), back to dispatch at \(tier): what you found"
    },
    urgeTitle: "Urge",
    urgeMessage: { "Urge the owner\($0.isEmpty ? "" : " " + $0) (a note, optional)" },
    superviseTitle: "Supervise",
    superviseMessage: "Note (optional): the case stays on the supervised view until closed",
    unsuperviseTitle: "Lift supervision",
    unsuperviseMessage: "Note (optional)",
    waitUntilTitle: "Expected end",
    waitUntilMessage: "The clock resumes by itself after this day (e.g. 2026-12-10)",
    badDay: { "invalid day \"\($0)\": use a day like 2026-12-10" },
    extendedNote: " (extended)",
    waitingUntil: { "waiting until \($0)" },
    waitExpired: "wait expired",
    supervised: "supervised",
    urged: { "urged \($0)×" },
    returned: { "returned \($0)×" },
    labelSupervision: "Supervision",
    tabWaitExpired: "Wait over",
    tabSupervised: "Supervised",
    sweepWaitsExpired: { "\($0) wait(s) over" })
}

extension SupervisionConsoleStrings {
  /// The detail screen's supervision line (督办 · 暂停超时 · 暂停至 … · 催办 n 次 · 退单 n 次), nil
  /// when there is nothing to say.
  func line(_ c: Case, day: (Date) -> String) -> String? {
    var parts: [String] = []
    if c.supervised { parts.append(supervised) }
    if c.waitExpired { parts.append(waitExpired) }
    if c.state == .waiting, let until = c.waitUntil { parts.append(waitingUntil(day(until))) }
    if c.urges > 0 { parts.append(urged(c.urges)) }
    if c.returns > 0 { parts.append(returned(c.returns)) }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
