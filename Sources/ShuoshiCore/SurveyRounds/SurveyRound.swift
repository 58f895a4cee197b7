import Foundation

/// One 排查 round (大走访大摸底大排查) of a grid: the day the grid head walked it, how many
/// households they visited, and whether nothing was found (零报告). The matters found are the
/// cases taken in linked to the round (`Intake.surveyRound`), counted by the store, so the
/// number never disagrees with the cases behind it. Recorded as one `round_recorded` event
/// whose entity is the round's UUID; the recorder is that event's operator.
public struct SurveyRound: Sendable, Equatable, Hashable, Identifiable {
  public var uuid: UUID
  public var gridID: UUID
  /// The grid's name when the round was recorded: the ledger's line reads without the register,
  /// and a round from another laptop whose grid has not arrived still says where it was.
  public var gridName: String
  /// The day the round was walked (local calendar day).
  public var day: CivilDate
  public var households: Int
  /// 零报告: the round found nothing to report.
  public var zeroReport: Bool
  public var note: String?

  public var id: UUID { uuid }

  public init(
    uuid: UUID = UUID(), gridID: UUID, gridName: String, day: CivilDate, households: Int,
    zeroReport: Bool = false,
    note: String? = nil
  ) {
    self.uuid = uuid
    self.gridID = gridID
    self.gridName = gridName
    self.day = day
    self.households = households
    self.zeroReport = zeroReport
    self.note = note
  }

  /// The most households one round may claim whatever the register says: a bound for rounds
  /// from another laptop, whose grid may not be here yet (a village grid is 1包15户, a
  /// community's 1包50户; a grid that grew past that still has far fewer than this).
  public static let maxHouseholds = 1000
}

extension SurveyRound: Codable {
  private enum Keys: String, CodingKey {
    case uuid, gridID, gridName, day, households, zeroReport, note
  }

  /// The day is written `YYYY-MM-DD`, as a session's day is.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    let text = try c.decode(String.self, forKey: .day)
    guard let day = CivilDate(iso: text), day.isValid else {
      throw DecodingError.dataCorruptedError(
        forKey: .day, in: c, debugDescription: "not a day: \(text)")
    }
    self.init(
      uuid: try c.decode(UUID.self, forKey: .uuid),
      gridID: try c.decode(UUID.self, forKey: .gridID),
      gridName: try c.decode(String.self, forKey: .gridName), day: day,
      households: try c.decode(Int.self, forKey: .households),
      zeroReport: try c.decodeIfPresent(Bool.self, forKey: .zeroReport) ?? false,
      note: try c.decodeIfPresent(String.self, forKey: .note))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(uuid, forKey: .uuid)
    try c.encode(gridID, forKey: .gridID)
    try c.encode(gridName, forKey: .gridName)
    try c.encode(day.description, forKey: .day)
    try c.encode(households, forKey: .households)
    try c.encode(zeroReport, forKey: .zeroReport)
    try c.encodeIfPresent(note, forKey: .note)
  }
}
