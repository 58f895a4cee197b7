import ShuoshiCore

/// The words of the 回访 dialog.
struct FollowUpConsoleStrings: Sendable {
  let methodTitle: String
  let reachedTitle: String
  let reached: String
  let notReached: String
  let solvedTitle: String
  let satisfactionTitle: String
  let wordsTitle: String
  let closeOutcome: String
  let partlyOutcome: String
  let redoOutcome: @Sendable (_ tier: String) -> String
  let attemptOutcome: @Sendable (_ attempt: Int, _ max: Int) -> String
  let label: String
  let dueBy: @Sendable (_ day: String) -> String
  let lateSince: @Sendable (_ day: String) -> String
  let attempts: @Sendable (_ n: Int) -> String

  static func forLang(_ lang: Lang) -> FollowUpConsoleStrings { lang == .zh ? .chinese : .english }

  static let chinese = FollowUpConsoleStrings(
    methodTitle: "回访方式", reachedTitle: "联系上群众了吗", reached: "联系上", notReached: "未联系上",
    solvedTitle: "问题解决了吗", satisfactionTitle: "群众满意吗", wordsTitle: "回访：群众原话（可不填）",
    closeOutcome: "已解决且满意：案件办结关闭。", partlyOutcome: "部分解决：留在“待回访”，之后再回访。",
    redoOutcome: { tier in "未解决或不满意：案件重办，重新打开并升到“\(tier)”。" },
    attemptOutcome: { n, max in
      n >= max ? "第 \(n) 次未联系上：回访结束，记为“未联系上”。" : "第 \(n) 次未联系上（共可尝试 \(max) 次）。"
    }, label: "回访", dueBy: { "应于 \($0) 前回访" }, lateSince: { "回访已过期（\($0)）" },
    attempts: { "未联系上 \($0) 次" })

  static let english = FollowUpConsoleStrings(
    methodTitle: "Follow-up by", reachedTitle: "Was the resident reached?", reached: "reached",
    notReached: "not reached", solvedTitle: "Is it solved?", satisfactionTitle: "Satisfied?",
    wordsTitle: "Follow-up: the resident's words (optional)",
    closeOutcome: "Solved and satisfied: the case closes.",
    partlyOutcome: "Partly solved: stays under Follow-up for another call.",
    redoOutcome: { tier in "Unsolved or unsatisfied: the case reopens at \(tier)." },
    attemptOutcome: { n, max in
      n >= max
        ? "Attempt \(n) not reached: the follow-up closes as not reached."
        : "Attempt \(n) not reached (of \(max) allowed)."
    }, label: "Follow-up", dueBy: { "due by \($0)" }, lateSince: { "overdue since \($0)" },
    attempts: { "not reached \($0)×" })
}

extension FollowUpConsoleStrings {
  /// The detail screen's 回访 row of a resolved or closed case: due (late in warning), failed
  /// attempts, the latest answer. Nil for an open case or one with nothing to say.
  func standing(_ c: Case, session: Session) -> (label: String, text: String, late: Bool)? {
    guard !c.state.isOpen else { return nil }
    var parts: [String] = []
    var late = false
    if let due = c.followUpDue {
      late = session.now > due
      let day = session.format.dayWithWeekday(due)
      parts.append(late ? lateSince(day) : dueBy(day))
    }
    if c.followUpAttempts > 0 { parts.append(attempts(c.followUpAttempts)) }
    // An earlier round's answer (before a 重办) is not this resolution's.
    if let result = c.followUpResult, c.followUpDue == nil || result == .partly {
      parts.append(result.name(session.lang))
    }
    guard !parts.isEmpty else { return nil }
    return (label, parts.joined(separator: " · "), late)
  }
}
