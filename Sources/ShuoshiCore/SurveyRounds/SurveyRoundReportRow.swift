/// A grid's 排查 over a report's period: the periods of its rhythm that ended within it,
/// done (零报告 among them) or missed, its rounds, the households they visited and the cases
/// they found.
public struct SurveyRoundReportRow: Codable, Sendable, Equatable {
  /// `六堰社区第一网格`.
  public var grid: String
  public var periods: Int
  public var done: Int
  public var missed: Int
  public var zeroReports: Int
  public var rounds: Int
  public var households: Int
  public var mattersFound: Int

  public init(
    grid: String, tally: SurveyTally, rounds: Int, households: Int, mattersFound: Int
  ) {
    self.grid = grid
    self.periods = tally.periods
    self.done = tally.done
    self.missed = tally.missed
    self.zeroReports = tally.zeroReports
    self.rounds = rounds
    self.households = households
    self.mattersFound = mattersFound
  }
}
