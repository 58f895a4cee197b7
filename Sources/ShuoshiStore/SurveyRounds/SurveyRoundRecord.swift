import Foundation
import ShuoshiCore

/// A recorded 排查 round as the store keeps it: the round, who recorded it and when, and the
/// cases taken in linked to it (its matters found; voided and merged-away cases left out).
public struct SurveyRoundRecord: Sendable, Equatable, Identifiable {
  public var round: SurveyRound
  public var recorder: String
  public var recordedAt: Date
  public var mattersFound: Int

  public var id: UUID { round.uuid }

  public init(round: SurveyRound, recorder: String, recordedAt: Date, mattersFound: Int = 0) {
    self.round = round
    self.recorder = recorder
    self.recordedAt = recordedAt
    self.mattersFound = mattersFound
  }
}

/// One grid's line of the 排查 screen and `rounds list`: the grid, its unit and size, and where
/// it stands this period and the last.
public struct GridSurveyRow: Sendable, Equatable, Identifiable {
  public var grid: Grid
  public var unit: RegisterUnit?
  /// The grid head's name, when the grid has one.
  public var head: String?
  public var households: Int
  public var standing: GridSurveyStanding
  /// The grid's rounds in the current period, newest first.
  public var currentRounds: [SurveyRoundRecord]

  public var id: UUID { grid.uuid }

  /// The most households a round here may claim (the store's rule, shown by the form): the
  /// grid's households in the register, or 1包50户 / 1包15户 while none are entered.
  public var householdLimit: Int {
    households > 0 ? households : GridCapacity.limit(for: unit?.kind ?? .community)
  }

  /// The round a matter found here is taken in from: the newest this period that was not a
  /// 零报告.
  public var roundForIntake: SurveyRoundRecord? {
    currentRounds.first { !$0.round.zeroReport }
  }
}

/// What recording a round asks: the grid as typed (name, unit+name or id), the day, households
/// visited, 零报告, a note.
public struct SurveyRoundRequest: Sendable, Equatable {
  public var grid: String
  public var day: CivilDate
  public var households: Int
  public var zeroReport: Bool
  public var note: String?

  public init(
    grid: String, day: CivilDate, households: Int, zeroReport: Bool = false, note: String? = nil
  ) {
    self.grid = grid
    self.day = day
    self.households = households
    self.zeroReport = zeroReport
    self.note = note
  }
}
