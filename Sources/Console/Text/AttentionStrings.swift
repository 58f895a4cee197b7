/// The console's words for attention: the views' tab labels, the marks and the lateness
/// line (one table per language, apart from `Strings` so the views can grow on their own).
public struct AttentionStrings: Sendable {
  /// 临期: due today or on the next working day.
  public let tabDueSoon: String
  /// 已升级待派单, short enough for the 80-column tab row.
  public let tabEscalated: String
  /// The marks drawn before a late / due-soon deadline where the theme has no colours.
  public let lateSymbol: String
  public let dueSoonSymbol: String
  /// After a sweep that moved cases: the views where they are now, with those views' counts.
  public let sweepViews:
    @Sendable (_ late: String, _ lateCount: Int, _ escalated: String, _ escalatedCount: Int) ->
      String
  /// The detail screen's line on a late case: since when, and why.
  public let lateSince: @Sendable (_ when: String, _ why: String) -> String
  public let lateByDeadline: String
  public let lateByFirstContact: String
  /// The deadline column of a case late only for want of a first contact.
  public let noContact: String
  /// On an escalated case: the last overdue escalation's effective time and tier.
  public let escalatedLate: @Sendable (_ when: String, _ tier: String) -> String

  public static let zh = AttentionStrings(
    tabDueSoon: "临期",
    tabEscalated: "升级待派",
    lateSymbol: "!",
    dueSoonSymbol: "~",
    sweepViews: { late, n, escalated, m in " → \(late) \(n) · \(escalated) \(m)" },
    lateSince: { when, why in "\(when)起 · \(why)" },
    lateByDeadline: "期限已过",
    lateByFirstContact: "未按时联系",
    noContact: "未联系",
    escalatedLate: { when, tier in "\(when)超期 → \(tier)" }
  )

  public static let en = AttentionStrings(
    tabDueSoon: "Soon",
    tabEscalated: "Up",
    lateSymbol: "!",
    dueSoonSymbol: "~",
    sweepViews: { late, n, escalated, m in " → \(late) \(n) · \(escalated) \(m)" },
    lateSince: { when, why in "since \(when) · \(why)" },
    lateByDeadline: "deadline",
    lateByFirstContact: "no contact",
    noContact: "no contact",
    escalatedLate: { when, tier in "\(when) → \(tier)" }
  )
}

extension Strings {
  /// The attention words in this table's language.
  public var attention: AttentionStrings { lang == .zh ? .zh : .en }
}
