import Foundation
import ShuoshiCore

/// A household opened at the booth: where it is, who looks after it, and every case of its
/// members — linked to it at intake, or brought by a member's phone or name at its address —
/// with the Saturdays they came.
public struct HouseholdHistory: Sendable, Equatable {
  public var household: Household
  public var unit: RegisterUnit?
  public var grid: Grid?
  /// The grid head and the building / centre-household heads of the household's building.
  public var carers: [Person]
  /// Newest first.
  public var cases: [Case]
  public var visits: BoothVisits

  /// Cases still open.
  public var openCases: [Case] { cases.filter { $0.state.isOpen } }
}
