import Foundation
import ShuoshiCore

/// A unit as the register browser's first level shows it.
public struct UnitSummary: Sendable, Equatable {
  public var unit: RegisterUnit
  public var grids: Int
  public var households: Int
  public var people: Int
  /// Open cases of the unit's households.
  public var openCases: Int
  /// Grids over capacity.
  public var gridsOver: Int
}

/// A household as the register browser's grid level shows it.
public struct HouseholdSummary: Sendable, Equatable {
  public var household: Household
  public var openCases: Int
  public var cases: Int
  public var lastReceived: Date?
}

/// What `check-register` reports: every grid's load and the findings.
public struct RegisterCheckReport: Sendable, Equatable {
  public var loads: [GridLoad]
  public var findings: [RegisterFinding]
  public var units: Int
  public var households: Int
  public var people: Int

  /// Grids over capacity: the check fails.
  public var flagged: [GridLoad] { loads.filter(\.isOver) }
}
