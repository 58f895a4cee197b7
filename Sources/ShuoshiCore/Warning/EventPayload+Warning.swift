import Foundation

extension EventPayload {
  /// 预警: the level, the cases (at most `WarningRules.maxCases`), their distinct households,
  /// the place and other party they share, when the first came in, and the group word heard
  /// (`reason`), if any.
  public struct WarningRaised: Codable, Sendable, Equatable {
    public var level: WarningLevel?
    public var cases: [UUID]?
    public var households: Int?
    public var place: String?
    public var party: String?
    public var firstAt: Date?
    public var reason: String?
    /// Set by a merge: the warnings of the same matter folded into this one (a merge is news:
    /// it opens an acknowledged or dismissed warning again).
    public var absorbed: [UUID]?

    public init(
      level: WarningLevel? = nil, cases: [UUID]? = nil, households: Int? = nil,
      place: String? = nil, party: String? = nil, firstAt: Date? = nil, reason: String? = nil,
      absorbed: [UUID]? = nil
    ) {
      self.level = level
      self.cases = cases
      self.households = households
      self.place = place
      self.party = party
      self.firstAt = firstAt
      self.reason = reason
      self.absorbed = absorbed
    }
  }

  /// 已阅 or 排除: the worker's words (a dismissal needs them).
  public struct WarningNote: Codable, Sendable, Equatable {
    public var reason: String?
    public init(reason: String? = nil) { self.reason = reason }
  }

  /// 转办: the group case the warning's cases became.
  public struct WarningTakenOn: Codable, Sendable, Equatable {
    public var groupCase: UUID?
    public var reason: String?
    public init(groupCase: UUID? = nil, reason: String? = nil) {
      self.groupCase = groupCase
      self.reason = reason
    }
  }
}

extension EventPayload {
  /// 已并入: this warning (the entity) and `survivor` are one matter seen on two laptops; the
  /// survivor carries the cases of both from here on.
  public struct WarningMerged: Codable, Sendable, Equatable {
    public var survivor: UUID?
    public var reason: String?
    public init(survivor: UUID? = nil, reason: String? = nil) {
      self.survivor = survivor
      self.reason = reason
    }
  }
}
