import Foundation
import ShuoshiCore

/// One volunteer's account in the time bank (时间银行): deliveries recorded for them, the time
/// they spent, and the jobs still open.
public struct VolunteerTally: Sendable, Equatable {
  /// The register person, when the volunteer is one (else only the name is known).
  public var person: Person?
  public var name: String
  public var minutes: Int
  /// `delivered` events (送单).
  public var deliveries: Int
  /// Distinct cases delivered.
  public var cases: Int
  /// Cases dispatched to them and still open.
  public var openJobs: Int
  public var lastDelivered: Date?

  /// Hours, one decimal place is what the time bank shows.
  public var hours: Double { Double(minutes) / 60 }
}
