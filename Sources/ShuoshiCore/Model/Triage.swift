/// One rule that fired during triage, kept so the worker can see *why*.
public struct TriageReason: Codable, Sendable, Equatable, Hashable {
  public enum Kind: String, Codable, Sendable {
    /// A category keyword matched (`word` → `category`).
    case keyword
    /// A scope word raised the tier to at least `tier`.
    case scope
    /// A risk word set urgent and `tier` (district) at once.
    case risk
    /// The category is urgent by itself (gas, fire, burst pipes…).
    case urgentCategory
    /// The category is out of scope (信访/涉诉): refer, do not route.
    case refer
    /// The category's usual tier.
    case categoryDefault
    /// Nothing matched: residence by default.
    case noMatch
    /// An urgent case's short deadlines: `days` working days at `tier` and first contact within
    /// `contactDays` (0: the same day), because of the urgent `category` or the risk `word`.
    case urgentDeadline
  }

  public var kind: Kind
  public var word: String?
  public var category: String?
  public var tier: Tier?
  /// Working days to resolve (`.urgentDeadline` only).
  public var days: Int?
  /// Working days to the first contact, 0 for the same day (`.urgentDeadline` only).
  public var contactDays: Int?

  public init(
    _ kind: Kind, word: String? = nil, category: String? = nil, tier: Tier? = nil,
    days: Int? = nil, contactDays: Int? = nil
  ) {
    self.kind = kind
    self.word = word
    self.category = category
    self.tier = tier
    self.days = days
    self.contactDays = contactDays
  }
}

/// What triage suggests for a free-text grievance.
public struct TriageResult: Sendable, Equatable {
  /// Category id from `data/routing.yaml` (e.g. `neighbour`), or `other` when nothing matched.
  public var category: String
  public var tier: Tier
  public var urgent: Bool
  /// Out of scope: flagged for referral.
  public var referred: Bool
  /// 0…1: how sure the keyword match is.
  public var confidence: Double
  public var reasons: [TriageReason]

  public init(
    category: String, tier: Tier, urgent: Bool, referred: Bool = false, confidence: Double,
    reasons: [TriageReason]
  ) {
    self.category = category
    self.tier = tier
    self.urgent = urgent
    self.referred = referred
    self.confidence = confidence
    self.reasons = reasons
  }
}
