import Foundation

/// A count out of a count. `value` is nil when nothing was counted (shown as “—”, never 0%).
public struct Rate: Codable, Sendable, Equatable {
  public var numerator: Int
  public var denominator: Int

  public init(_ numerator: Int, of denominator: Int) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// numerator / denominator, or nil when the denominator is 0.
  public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }

  /// “87.5%” (one decimal), or “—”.
  public var percentText: String {
    guard let value else { return "—" }
    return String(format: "%.1f%%", value * 100)
  }
}

/// The rates a report shows. Each is defined here once — the function computing it and the
/// sentence saying it (`definition(_:)`, also printed in every report and in
/// docs/REPORTS.md). All take the cohort: the cases received in the period (and in scope),
/// as they stood at the report's `asOf`.
public enum RateKind: String, Codable, CaseIterable, Sendable {
  /// 响应率
  case response
  /// 解决率: 回访 answers of 已解决 (the three rates a desk is judged by lead: 响应率, 解决率,
  /// 满意率)
  case solved
  /// 满意率
  case satisfaction
  /// 办结率 (resolution rate)
  case resolution
  /// 按期办结率
  case onTime
  /// 就地化解率
  case local
  /// 当场化解占比
  case onSpot

  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.response, .zh): return "响应率"
    case (.solved, .zh): return "解决率"
    case (.solved, .en): return "Solved rate"
    case (.resolution, .zh): return "办结率"
    case (.satisfaction, .zh): return "满意率"
    case (.onTime, .zh): return "按期办结率"
    case (.local, .zh): return "就地化解率"
    case (.onSpot, .zh): return "当场化解占比"
    case (.response, .en): return "Response rate"
    case (.resolution, .en): return "Resolution rate"
    case (.satisfaction, .en): return "Satisfaction rate"
    case (.onTime, .en): return "On-time rate"
    case (.local, .en): return "Resolved where received"
    case (.onSpot, .en): return "Settled on the spot"
    }
  }

  /// Numerator / denominator in words.
  public func definition(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.response, .zh):
      return "首次联系不晚于首次联系时限的案件 ÷ 首次联系时限已到或已联系的案件"
    case (.resolution, .zh):
      return "截至统计时点已办结（含已评价关闭）的案件 ÷ 受理案件"
    case (.solved, .zh):
      return "最近一次回访（含群众评单）答复“已解决”的案件 ÷ 回访联系上并答复的案件（部分解决计入分母；未联系上不计）"
    case (.solved, .en):
      return
        "cases whose latest follow-up (booth ratings included) answered solved ÷ cases followed up with an answer (partly solved in the denominator; not reached left out)"
    case (.satisfaction, .zh):
      return "最近一次评价（群众评单或回访）为满意或基本满意的案件 ÷ 已评价的案件"
    case (.onTime, .zh):
      return "在当时期限内办结（挂起等待的工作日顺延）且从未超期升级的案件 ÷ 已办结案件"
    case (.local, .zh):
      return "在受理时层级办结、从未升级的案件 ÷ 已办结案件"
    case (.onSpot, .zh):
      return "在说事现场当场化解的案件 ÷ 受理案件"
    case (.response, .en):
      return
        "cases first contacted by their first-contact deadline ÷ cases whose first-contact deadline has passed or that were contacted"
    case (.resolution, .en):
      return "cases resolved (or closed after rating) at the cut-off ÷ cases received"
    case (.satisfaction, .en):
      return
        "cases whose latest rating (booth rating or follow-up) is satisfied or mostly satisfied ÷ cases rated"
    case (.onTime, .en):
      return
        "cases resolved by the deadline in force (waiting pauses added) and never escalated as overdue ÷ cases resolved"
    case (.local, .en):
      return "cases resolved at the tier they were received at, never escalated ÷ cases resolved"
    case (.onSpot, .en):
      return "cases settled at the booth table ÷ cases received"
    }
  }

  /// This rate over a cohort read at `asOf`.
  public func compute(_ cohort: [CaseFacts], asOf: Date) -> Rate {
    switch self {
    case .response:
      let due = cohort.filter { c in
        guard let dueAt = c.firstContactDue else { return false }
        return c.firstContactAt != nil || dueAt < asOf
      }
      let inTime = due.filter { c in
        guard let at = c.firstContactAt, let dueAt = c.firstContactDue else { return false }
        return at <= dueAt
      }
      return Rate(inTime.count, of: due.count)
    case .solved:
      let answered = cohort.compactMap(\.followUpResult).filter { $0 != .unreached }
      return Rate(answered.filter { $0 == .solved }.count, of: answered.count)
    case .resolution:
      return Rate(cohort.filter(\.isResolved).count, of: cohort.count)
    case .satisfaction:
      let rated = cohort.compactMap(\.rating)
      return Rate(rated.filter { $0 != .unsatisfied }.count, of: rated.count)
    case .onTime:
      let resolved = cohort.filter(\.isResolved)
      let onTime = resolved.filter { c in
        guard !c.escalatedOverdue else { return false }
        guard let due = c.deadlineAtResolution, let at = c.resolvedAt else { return true }
        return at <= due
      }
      return Rate(onTime.count, of: resolved.count)
    case .local:
      let resolved = cohort.filter(\.isResolved)
      let local = resolved.filter { $0.escalationCount == 0 && $0.tier == $0.tierAtIntake }
      return Rate(local.count, of: resolved.count)
    case .onSpot:
      return Rate(cohort.filter(\.onSpot).count, of: cohort.count)
    }
  }
}
