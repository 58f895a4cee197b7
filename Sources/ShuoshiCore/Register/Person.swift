import Foundation

/// Someone of the register who owns or delivers cases: grid and building heads, committee
/// staff, the 片区 coordinator, the street office, party member volunteers.
public struct Person: Codable, Sendable, Equatable, Hashable, Identifiable {
  public var uuid: UUID
  public var name: String
  public var phone: String
  /// Sorted, without repeats.
  public var roles: [PersonRole]
  public var unitID: UUID?
  public var gridID: UUID?
  /// The buildings (community) or groups (village) a building / centre-household head looks
  /// after, normalized like `HouseholdAddress` parts (`["3", "4"]`).
  public var buildings: [String]
  /// The 片区 a coordinator covers.
  public var district: String?
  public var partyMember: Bool
  public var veteran: Bool

  public var id: UUID { uuid }

  public init(
    uuid: UUID, name: String, phone: String = "", roles: [PersonRole] = [], unitID: UUID? = nil,
    gridID: UUID? = nil, buildings: [String] = [], district: String? = nil,
    partyMember: Bool = false, veteran: Bool = false
  ) {
    self.uuid = uuid
    self.name = name
    self.phone = phone
    self.roles = Array(Set(roles)).sorted()
    self.unitID = unitID
    self.gridID = gridID
    self.buildings = buildings
    self.district = district
    self.partyMember = partyMember
    self.veteran = veteran
  }

  public func has(_ role: PersonRole) -> Bool { roles.contains(role) }

  /// The first eight hex digits of the UUID: what the CLI prints and accepts.
  public var shortID: String { RegisterID.short(uuid) }
}
