import Foundation

/// The 预警 of a report: warnings first raised in the period, by level (the highest reached)
/// and by outcome, and how long after the matter's first complaint each was raised.
public struct WarningCounts: Codable, Sendable, Equatable {
  public var yellow = 0
  public var orange = 0
  public var red = 0
  public var open = 0
  public var acknowledged = 0
  public var dismissed = 0
  public var takenOn = 0
  /// Hours from the first complaint to the warning: median and longest.
  public var medianHoursToWarning: Double?
  public var maxHoursToWarning: Double?

  public var raised: Int { yellow + orange + red }

  public init() {}

  public init(_ warnings: [Warning], period: ReportPeriod) {
    let inPeriod = warnings.filter { period.contains($0.raisedAt) }
    for w in inPeriod {
      switch w.level {
      case .yellow: yellow += 1
      case .orange: orange += 1
      case .red: red += 1
      }
      switch w.state {
      case .open: open += 1
      case .acknowledged: acknowledged += 1
      case .dismissed: dismissed += 1
      case .takenOn: takenOn += 1
      }
    }
    let hours = inPeriod.map { max(0, $0.raisedAt.timeIntervalSince($0.firstAt)) / 3600 }.sorted()
    if !hours.isEmpty {
      let mid = hours.count / 2
      medianHoursToWarning = hours.count % 2 == 1 ? hours[mid] : (hours[mid - 1] + hours[mid]) / 2
      maxHoursToWarning = hours.last
    }
  }
}
