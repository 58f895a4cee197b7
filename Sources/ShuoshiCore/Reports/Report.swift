import Foundation

/// A text in both languages, picked when rendered.
public struct Label: Codable, Sendable, Equatable, Hashable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The same text in both languages (ids, dates).
  public init(_ both: String) { self.init(zh: both, en: both) }

  public func text(_ lang: Lang) -> String { lang == .zh ? zh : en }
}

/// A report's numbers, ready to render: every count and rate already computed, names and
/// phones already masked unless the request asked for them. Renderers (text, Markdown, CSV,
/// HTML, the console screen) only lay it out.
public struct Report: Codable, Sendable, Equatable {
  /// One category's line.
  public struct CategoryRow: Codable, Sendable, Equatable {
    public var id: String
    public var name: Label
    public var received: Int
    public var resolved: Int
    /// Resolved where received, never escalated (numerator of 就地化解率).
    public var local: Int
    public var onSpot: Int
  }

  /// One tier's line: intake and closing, open and overdue at `asOf`, time to resolve.
  public struct TierRow: Codable, Sendable, Equatable {
    public var tier: Tier
    /// Cohort cases received at this tier.
    public var atIntake: Int
    /// Cohort cases resolved at this tier.
    public var atResolution: Int
    /// Mean working days from receipt to resolution of those (nil when none).
    public var averageWorkingDays: Double?
    /// All cases in scope received before the period's end, open at `asOf`, at this tier.
    public var openAtEnd: Int
    public var overdueAtEnd: Int
  }

  public struct ReasonRow: Codable, Sendable, Equatable {
    public var reason: EscalationReason
    public var count: Int
  }

  /// A case handed up to the street office (上交) within the period.
  public struct HandUp: Codable, Sendable, Equatable {
    public var caseID: String
    public var received: CivilDate
    public var handedUp: CivilDate
    public var category: Label
    /// The escalation that took it there; nil when received at street level, or moved there
    /// by hand (`byHand`).
    public var reason: EscalationReason?
    public var byHand: Bool
    public var from: Tier?
    public var stateAtEnd: CaseState
    /// Masked unless the report is made with names.
    public var resident: String
  }

  public struct GridRow: Codable, Sendable, Equatable {
    /// nil: residents not linked to a grid yet.
    public var gridID: String?
    public var received: Int
    public var resolved: Int
    public var open: Int
  }

  public struct RepeatResident: Codable, Sendable, Equatable {
    /// Masked unless the report is made with names.
    public var name: String
    public var phone: String
    public var cases: Int
    public var caseIDs: [String]
    public var categories: [Label]
  }

  public struct WeekRow: Codable, Sendable, Equatable {
    /// The week's Monday (the week may be cut by the period's edges).
    public var monday: CivilDate
    /// Cohort cases received that week.
    public var received: Int
    /// Of those, resolved at `asOf`.
    public var resolved: Int
    /// Of those, settled on the spot.
    public var onSpot: Int
    /// Escalations that week (any case in scope).
    public var escalations: Int
    /// Cases handed up that week.
    public var handedUp: Int
  }

  /// Counts of cohort cases by category (rows) and by a time pattern (columns).
  public struct Pattern: Codable, Sendable, Equatable {
    public var columns: [Label]
    public var rows: [PatternRow]
    /// Column totals.
    public var totals: [Int]
  }

  public struct PatternRow: Codable, Sendable, Equatable {
    public var label: Label
    public var counts: [Int]
    public var total: Int
  }

  public struct RateRow: Codable, Sendable, Equatable {
    public var kind: RateKind
    public var rate: Rate
  }

  public var request: ReportRequest
  public var generatedAt: Date
  /// The booth sessions the report is limited to (empty: not limited).
  public var sessions: [BoothSession]
  /// The calendar years the period touches that have no holiday file (deadlines there
  /// count Monday–Friday).
  public var missingCalendarYears: [Int]

  // Key figures
  public var received: Int
  public var resolved: Int
  public var onSpot: Int
  public var rated: Int
  public var satisfied: Int
  public var basicallySatisfied: Int
  public var unsatisfied: Int
  public var reopened: Int
  public var escalations: Int
  public var handedUpCount: Int
  /// Cases received in the period and voided (作废): counted nowhere else. nil when none (the
  /// JSON then leaves the key out).
  public var voided: Int?
  public var openAtEnd: Int
  public var overdueAtEnd: Int
  public var rates: [RateRow]

  // Tables
  public var categories: [CategoryRow]
  public var tiers: [TierRow]
  public var escalationReasons: [ReasonRow]
  public var handedUp: [HandUp]
  public var grids: [GridRow]
  public var repeatResidents: [RepeatResident]
  public var weeks: [WeekRow]
  public var weekdayPattern: Pattern
  public var monthPattern: Pattern
  /// 延期, 退单 (per owner), 催办, 督办 in the period.
  public var supervision = SupervisionCounts()
  /// 预警 raised in the period (nil when the store was not asked, as in replayed reports).
  public var warnings: WarningCounts?

  /// 回访 answers of the cohort (see `FollowUpTally`).
  public var followUps = FollowUpTally()

  /// 排查 rounds per grid over the period; nil where no round was ever recorded (the JSON then
  /// leaves the key out).
  public var surveyRounds: [SurveyRoundReportRow]?
  /// Group cases (母案) of the period; nil when there are none (the table and the JSON key are
  /// then left out).
  public var groupCases: GroupCaseCounts?

  /// The rate of `kind`.
  public func rate(_ kind: RateKind) -> Rate {
    rates.first { $0.kind == kind }?.rate ?? Rate(0, of: 0)
  }
}
