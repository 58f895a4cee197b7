import Foundation

/// The words of the supervision events' one-line summaries (延期, 退单, 催办, 督办, 暂停到期), one
/// table per language like `EventStrings`. Arguments are already in the table's language.
public struct SupervisionEventStrings: Sendable {
  public let waitUntil: @Sendable (_ day: String) -> String
  public let resumedExpired: @Sendable (_ effective: String, _ due: String) -> String
  public let extended: @Sendable (_ days: Int, _ due: String, _ detail: String) -> String
  public let returned:
    @Sendable (_ owner: String, _ grounds: String, _ tier: String, _ detail: String) -> String
  public let urged: @Sendable (_ owner: String, _ detail: String) -> String
  public let supervisedOn: @Sendable (_ detail: String) -> String
  public let supervisedOff: @Sendable (_ detail: String) -> String

  public static func forLang(_ lang: Lang) -> SupervisionEventStrings { lang == .zh ? .zh : .en }

  public static let zh = SupervisionEventStrings(
    waitUntil: { "，预计 \($0) 恢复" },
    resumedExpired: { at, due in "暂停到期，\(at) 起自动恢复计时，办理时限 \(due)" },
    extended: { days, due, detail in "延期 \(days) 个工作日，至 \(due)\(detail)" },
    returned: { owner, grounds, tier, detail in
      "\(owner.isEmpty ? "" : owner + " ")退单（\(grounds)），回到\(tier)待派单\(detail)"
    },
    urged: { owner, detail in "催办\(owner.isEmpty ? "" : " " + owner)\(detail)" },
    supervisedOn: { "督办\($0)" },
    supervisedOff: { "取消督办\($0)" })

  public static let en = SupervisionEventStrings(
    waitUntil: { ", expected back \($0)" },
    resumedExpired: { at, due in "wait expired: clock running again from \(at), due \(due)" },
    extended: { days, due, detail in "extended by \(days) working day(s) to \(due)\(detail)" },
    returned: { owner, grounds, tier, detail in
      "returned\(owner.isEmpty ? "" : " by " + owner) (\(grounds)): back to dispatch at \(tier)\(detail)"
    },
    urged: { owner, detail in "urged\(owner.isEmpty ? "" : " " + owner)\(detail)" },
    supervisedOn: { "supervised\($0)" },
    supervisedOff: { "supervision lifted\($0)" })
}

extension Event {
  /// The summary of a supervision event; "" for other kinds.
  func supervisionSummary(_ lang: Lang, day: (Date?) -> String) -> String {
    let s = EventStrings.forLang(lang)
    let f = SupervisionEventStrings.forLang(lang)
    func words(_ text: String?) -> String { s.detail(text ?? "") }
    switch payload {
    case .extended(let d):
      return f.extended(d.days ?? 0, day(d.deadline), words(d.reason))
    case .returned(let d):
      return f.returned(
        d.owner ?? "", d.grounds?.name(lang) ?? "?", d.tier?.name(lang) ?? "?", words(d.reason))
    case .urged(let d):
      return f.urged(d.owner ?? "", words(d.reason))
    case .supervised(let d):
      return d.on == true ? f.supervisedOn(words(d.reason)) : f.supervisedOff(words(d.reason))
    default:
      return ""
    }
  }
}
