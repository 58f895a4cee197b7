import Foundation

extension EventPayload {
  /// A child's link to its group case (`grouped`, `ungrouped`), written on the child (like
  /// RT's MemberOf): the parent (母案) by uuid and short id, why, and the warning (预警) the
  /// group was taken on from. The keys are `EventData`'s, so the JSON stays flat.
  public struct GroupCaseLink: Codable, Sendable, Equatable {
    /// The parent case (母案).
    public var otherCase: UUID?
    public var otherCaseID: String?
    public var reason: String?
    public var fromWarning: UUID?

    public init(
      otherCase: UUID? = nil, otherCaseID: String? = nil, reason: String? = nil,
      fromWarning: UUID? = nil
    ) {
      self.otherCase = otherCase
      self.otherCaseID = otherCaseID
      self.reason = reason
      self.fromWarning = fromWarning
    }

    init(_ d: EventData) {
      self.init(
        otherCase: d.otherCase, otherCaseID: d.otherCaseID, reason: d.reason,
        fromWarning: d.fromWarning)
    }

    func write(into d: inout EventData) {
      d.otherCase = otherCase
      d.otherCaseID = otherCaseID
      d.reason = reason
      d.fromWarning = fromWarning
    }
  }
}
