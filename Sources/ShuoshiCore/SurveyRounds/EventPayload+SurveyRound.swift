import Foundation

extension EventPayload {
  /// 排查: a grid's round as recorded (the event's entity is the round's UUID).
  public struct RoundRecorded: Codable, Sendable, Equatable {
    public var round: SurveyRound?
    public init(round: SurveyRound? = nil) { self.round = round }
  }
}
