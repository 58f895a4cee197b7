import Foundation

extension EventPayload {
  /// 延期: the tier it was granted at, the working days, the new deadline and why.
  public struct Extended: Codable, Sendable, Equatable {
    public var tier: Tier?
    public var days: Int?
    public var deadline: Date?
    public var reason: String?
    public init(tier: Tier? = nil, days: Int? = nil, deadline: Date? = nil, reason: String? = nil) {
      self.tier = tier
      self.days = days
      self.deadline = deadline
      self.reason = reason
    }
  }

  /// 退单: the grounds, the tier the case goes back to (and the one it left), the owner who
  /// handed it back, the new deadline and their note.
  public struct Returned: Codable, Sendable, Equatable {
    public var grounds: ReturnGrounds?
    public var tier: Tier?
    public var fromTier: Tier?
    public var owner: String?
    public var deadline: Date?
    public var reason: String?
    public init(
      grounds: ReturnGrounds? = nil, tier: Tier? = nil, fromTier: Tier? = nil,
      owner: String? = nil, deadline: Date? = nil, reason: String? = nil
    ) {
      self.grounds = grounds
      self.tier = tier
      self.fromTier = fromTier
      self.owner = owner
      self.deadline = deadline
      self.reason = reason
    }
  }

  /// 催办: the owner urged (nil when nobody owned the case) and a note.
  public struct Urged: Codable, Sendable, Equatable {
    public var owner: String?
    public var reason: String?
    public init(owner: String? = nil, reason: String? = nil) {
      self.owner = owner
      self.reason = reason
    }
  }

  /// 督办: the supervisor's flag set (`on`) or lifted, with a note.
  public struct Supervised: Codable, Sendable, Equatable {
    public var on: Bool?
    public var reason: String?
    public init(on: Bool? = nil, reason: String? = nil) {
      self.on = on
      self.reason = reason
    }
  }
}
