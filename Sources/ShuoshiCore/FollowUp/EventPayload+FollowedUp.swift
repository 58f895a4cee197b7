import Foundation

extension EventPayload {
  /// A 回访: how, whether the resident was reached, their answers (is it solved, are they
  /// satisfied) and their words (`reason`, personal). `unreached` is set on the failed
  /// attempt that used up the allowed number: the 回访 closes as 未联系上.
  public struct FollowedUp: Codable, Sendable, Equatable {
    public var method: FollowUpMethod?
    public var reached: Bool?
    public var solved: Solved?
    public var rating: Rating?
    public var reason: String?
    public var unreached: Bool?

    public init(
      method: FollowUpMethod? = nil, reached: Bool? = nil, solved: Solved? = nil,
      rating: Rating? = nil, reason: String? = nil, unreached: Bool? = nil
    ) {
      self.method = method
      self.reached = reached
      self.solved = solved
      self.rating = rating
      self.reason = reason
      self.unreached = unreached
    }
  }
}
