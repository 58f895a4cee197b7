/// Words of 排查 rounds shared by the ledger, the CLI and the console.
public struct SurveyRoundStrings: Sendable {
  /// The ledger's line for a `round_recorded` event.
  public let recorded:
    @Sendable (_ grid: String, _ day: String, _ households: Int, _ zero: Bool) -> String
  public let status: @Sendable (SurveyStatus) -> String
  public let cadence: @Sendable (SurveyCadence) -> String

  public static func forLang(_ lang: Lang) -> SurveyRoundStrings { lang == .zh ? .zh : .en }

  public static let zh = SurveyRoundStrings(
    recorded: { grid, day, n, zero in
      "排查 \(grid) \(day)：走访 \(n) 户\(zero ? "，零报告" : "")"
    },
    status: {
      switch $0 {
      case .done: return "已排查"
      case .zeroReport: return "零报告"
      case .due: return "未排查"
      case .missed: return "漏排查"
      }
    },
    cadence: {
      switch $0 {
      case .weekly: return "每周"
      case .halfMonthly: return "每半月"
      case .monthly: return "每月"
      }
    })

  public static let en = SurveyRoundStrings(
    recorded: { grid, day, n, zero in
      "survey round \(grid) \(day): \(n) households visited\(zero ? ", nothing found" : "")"
    },
    status: {
      switch $0 {
      case .done: return "done"
      case .zeroReport: return "zero report"
      case .due: return "due"
      case .missed: return "missed"
      }
    },
    cadence: {
      switch $0 {
      case .weekly: return "weekly"
      case .halfMonthly: return "half-monthly"
      case .monthly: return "monthly"
      }
    })
}
