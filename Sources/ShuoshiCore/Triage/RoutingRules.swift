/// The triage rules from `data/routing.yaml`: grievance categories with their keywords and
/// usual tier, the deadline for each tier, and the words that widen the scope or signal risk.
/// See `Triage` for how they are applied.
public struct RoutingRules: Sendable, Equatable {
  /// One kind of grievance (邻里纠纷, 物业服务 …).
  public struct Category: Sendable, Equatable {
    /// Stable ASCII id, stored in cases and events (`neighbour`).
    public let id: String
    public let zh: String
    public let en: String
    /// Words residents use for it, in file order.
    public let keywords: [String]
    /// The tier it usually goes to.
    public let tier: Tier
    /// Urgent by itself (gas, fire, unsafe buildings, burst pipes).
    public let urgent: Bool
    /// Out of scope (信访/涉诉): flagged and referred onward, never silently routed.
    public let refer: Bool
    /// Working days per tier, overriding the top-level deadlines for this category.
    public let deadlines: [Tier: Int]
    /// Guidance for the worker (当场答复 …).
    public let note: String?
    /// A narrower case of another category (群体欠薪 of 欠薪): considered only when a keyword of
    /// `base` matched, and then scored with the base's keywords and its own.
    public let base: String?
    /// A short English name for narrow columns (`Sanitation` for "Sanitation and rubbish");
    /// nil: the full name.
    public let enShort: String?

    public init(
      id: String, zh: String, en: String, keywords: [String], tier: Tier, urgent: Bool = false,
      refer: Bool = false, deadlines: [Tier: Int] = [:], note: String? = nil, base: String? = nil,
      enShort: String? = nil
    ) {
      self.id = id
      self.zh = zh
      self.en = en
      self.keywords = keywords
      self.tier = tier
      self.urgent = urgent
      self.refer = refer
      self.deadlines = deadlines
      self.note = note
      self.base = base
      self.enShort = enShort
    }

    /// The category's name in `lang`.
    public func name(_ lang: Lang) -> String { lang == .zh ? zh : en }

    /// The name for a narrow column: the Chinese name, or the short English one when given.
    public func shortName(_ lang: Lang) -> String { lang == .zh ? zh : (enShort ?? en) }
  }

  /// The id of the category used when nothing matches.
  public static let otherID = "other"
  /// Working days per tier when `routing.yaml` does not say.
  public static let defaultDeadlines: [Tier: Int] = [
    .household: 3, .residence: 7, .district: 15, .street: 20,
  ]

  /// Working days per tier for an urgent case whose category sets no urgent deadline of its own
  /// (a risk word on an ordinary category): one working day at every tier.
  public static let defaultUrgentDeadlines: [Tier: Int] = [
    .household: 1, .residence: 1, .district: 1, .street: 1,
  ]

  /// In file order; the order breaks ties.
  public let categories: [Category]
  /// Working days per tier (every tier present).
  public let deadlines: [Tier: Int]
  /// Working days within which the resident must first be contacted.
  public let firstContactDays: Int
  /// Words that show the matter concerns many households: at least this tier.
  public let scopeWords: [Tier: [String]]
  /// Words that signal danger or conflict: urgent, and at least district at once.
  public let riskWords: [String]
  /// Working days per tier for an urgent case (every tier present), unless its urgent category
  /// sets its own.
  public let urgentDeadlines: [Tier: Int]
  /// Working days within which an urgent case's resident must first be contacted; 0 is the
  /// day of intake.
  public let urgentFirstContactDays: Int
  /// When the 回访 falls due after a resolution, and how many failed attempts close it
  /// (`follow_up:`).
  public var followUp: FollowUpRules = .standard
  /// 延期: the most working days one extension may add (`extension: max_working_days`).
  public var extensionMaxDays = RoutingRules.defaultExtensionMaxDays
  /// 暂停: the working days a wait lasts when no end is given (`waiting: default_working_days`).
  public var waitDefaultDays = RoutingRules.defaultWaitDays
  /// 排查 rounds: how often each kind of grid must walk one (`survey_rounds:`).
  public var surveyRounds = SurveyRhythmRules.standard
  /// Linking and 预警 (`warning:`).
  public var warning = WarningRules.standard
  public static let defaultExtensionMaxDays = 5
  public static let defaultWaitDays = 5
  /// The furthest a wait's expected end may be, in calendar days from today.
  public static let waitMaxCalendarDays = 90

  public init(
    categories: [Category], deadlines: [Tier: Int] = [:], firstContactDays: Int = 1,
    scopeWords: [Tier: [String]] = [:], riskWords: [String] = [],
    urgentDeadlines: [Tier: Int] = [:], urgentFirstContactDays: Int = 0
  ) {
    self.categories = categories
    self.deadlines = RoutingRules.defaultDeadlines.merging(deadlines) { _, new in new }
    self.firstContactDays = firstContactDays
    self.scopeWords = scopeWords
    self.riskWords = riskWords
    self.urgentDeadlines = RoutingRules.defaultUrgentDeadlines.merging(urgentDeadlines) {
      _, new in new
    }
    self.urgentFirstContactDays = urgentFirstContactDays
  }

  /// The category with this id.
  public func category(id: String) -> Category? {
    categories.first { $0.id == id }
  }

  /// Working days for a case of `category` at `tier`: the category's override, else the
  /// default for the tier. An urgent case gets its urgent category's deadline for the tier, else
  /// the urgent deadline (`urgent: deadlines`, one working day) — never more than an ordinary
  /// case would get.
  public func deadlineDays(category: String, tier: Tier, urgent: Bool = false) -> Int {
    let found = self.category(id: category)
    let ordinary =
      found?.deadlines[tier] ?? deadlines[tier] ?? RoutingRules.defaultDeadlines[tier] ?? 7
    guard urgent else { return ordinary }
    if let found, found.urgent, let days = found.deadlines[tier] { return days }
    return min(ordinary, urgentDeadlines[tier] ?? 1)
  }

  /// These rules as they were before urgent cases had short deadlines: an urgent case gets the
  /// ordinary deadlines and first contact (an urgent category's own deadlines still apply).
  /// For replaying a history recorded under the old rules (the demo street).
  public func withoutUrgentDeadlines() -> RoutingRules {
    var rules = RoutingRules(
      categories: categories, deadlines: deadlines, firstContactDays: firstContactDays,
      scopeWords: scopeWords, riskWords: riskWords, urgentDeadlines: deadlines,
      urgentFirstContactDays: firstContactDays)
    rules.followUp = followUp
    rules.extensionMaxDays = extensionMaxDays
    rules.waitDefaultDays = waitDefaultDays
    rules.warning = warning
    return rules
  }

  /// Working days within which the resident must first be contacted: the same day (by
  /// default) for an urgent case.
  public func firstContactDays(urgent: Bool) -> Int {
    urgent ? min(urgentFirstContactDays, firstContactDays) : firstContactDays
  }

  /// The category's name in `lang`; the id itself for an unknown category (“其他” / “Other”
  /// for `other` when the file does not define it).
  public func name(ofCategory id: String, lang: Lang) -> String {
    if let category = category(id: id) { return category.name(lang) }
    if id == RoutingRules.otherID { return CoreStrings.forLang(lang).otherCategory }
    return id
  }

  /// `name(ofCategory:lang:)` for a narrow column (a queue row at 80 columns).
  public func shortName(ofCategory id: String, lang: Lang) -> String {
    category(id: id)?.shortName(lang) ?? name(ofCategory: id, lang: lang)
  }
}
