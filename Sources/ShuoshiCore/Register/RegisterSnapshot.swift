import Foundation

/// Which kind of register record an event or a change is about.
public enum RegisterRecordKind: String, CaseIterable, Sendable, Comparable {
  case unit, grid, person, household

  public static func < (a: Self, b: Self) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// The event that saves a record of this kind.
  public var eventKind: EventKind {
    switch self {
    case .unit: return .unitSaved
    case .grid: return .gridSaved
    case .person: return .personSaved
    case .household: return .householdSaved
    }
  }

  /// 社区/村 · 网格 · 人员 · 住户.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.unit, .zh): return "社区/村"
    case (.grid, .zh): return "网格"
    case (.person, .zh): return "人员"
    case (.household, .zh): return "住户"
    case (.unit, .en): return "units"
    case (.grid, .en): return "grids"
    case (.person, .en): return "people"
    case (.household, .en): return "households"
    }
  }
}

/// The whole register at one moment, as values: what an import merges into and what routing
/// and the demo read. The store builds it from its register tables.
public struct RegisterSnapshot: Sendable, Equatable {
  public var units: [RegisterUnit]
  public var grids: [Grid]
  public var households: [Household]
  public var people: [Person]

  public init(
    units: [RegisterUnit] = [], grids: [Grid] = [], households: [Household] = [],
    people: [Person] = []
  ) {
    self.units = units
    self.grids = grids
    self.households = households
    self.people = people
  }

  /// The units as the address parser knows them.
  public var unitNames: [AddressParser.UnitName] {
    units.map { AddressParser.UnitName(name: $0.name, kind: $0.kind) }
  }

  /// The `*_saved` draft that records `value` (one of the four record types).
  public static func draft(unit: RegisterUnit) -> EventDraft {
    EventDraft(.unitSaved(.init(unit: unit)))
  }

  public static func draft(grid: Grid) -> EventDraft {
    EventDraft(.gridSaved(.init(grid: grid)))
  }

  public static func draft(household: Household) -> EventDraft {
    EventDraft(.householdSaved(.init(household: household)))
  }

  public static func draft(person: Person) -> EventDraft {
    EventDraft(.personSaved(.init(person: person)))
  }
}
