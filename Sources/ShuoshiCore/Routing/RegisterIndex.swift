import Foundation

/// The register in memory, indexed for routing without a database: what the demo generator
/// uses to give its cases the owners the store would. The store finds the same candidates with
/// SQL; both then call `AddressMatcher` and `OwnerRouting`.
public struct RegisterIndex: Sendable {
  public let snapshot: RegisterSnapshot
  let units: [UUID: RegisterUnit]
  let grids: [UUID: Grid]
  let households: [UUID: Household]
  let byAddressKey: [String: [Household]]
  let byPhone: [String: [Household]]
  let byName: [String: [Household]]

  public init(_ snapshot: RegisterSnapshot) {
    self.snapshot = snapshot
    units = Dictionary(snapshot.units.map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
    grids = Dictionary(snapshot.grids.map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
    households = Dictionary(
      snapshot.households.map { ($0.uuid, $0) }, uniquingKeysWith: { a, _ in a })
    var key: [String: [Household]] = [:]
    var phone: [String: [Household]] = [:]
    var name: [String: [Household]] = [:]
    for h in snapshot.households {
      key[h.address.key, default: []].append(h)
      for p in h.phones { phone[p, default: []].append(h) }
      for m in h.members { name[m.name, default: []].append(h) }
    }
    byAddressKey = key
    byPhone = phone
    byName = name
  }

  /// Finds the resident's household, grid and unit (a resident already linked keeps theirs).
  public func link(_ resident: Resident) -> ResidentLink {
    if let id = resident.householdID.flatMap(UUID.init(uuidString:)), let h = households[id] {
      return ResidentLink(
        unit: units[h.unitID], grid: h.gridID.flatMap { grids[$0] },
        match: HouseholdMatch(household: h, quality: .exact, reasons: []), address: h.address)
    }
    let parsed = AddressParser.parse(resident.address, units: snapshot.unitNames)
    let unit = snapshot.units.first { $0.name == parsed.unitName }
    var candidates = byAddressKey[parsed.address.key] ?? []
    if let unit {
      candidates += snapshot.households.filter {
        $0.unitID == unit.uuid
          && ((parsed.address.building != nil && $0.address.building == parsed.address.building)
            || (parsed.address.group != nil && $0.address.group == parsed.address.group))
      }
    }
    candidates += byPhone[PhoneNumber.digits(resident.phone)] ?? []
    candidates += byName[resident.name] ?? []
    let (match, reasons) = AddressMatcher.match(
      parsed, unit: unit, name: resident.name, phone: resident.phone, candidates: candidates)
    return ResidentLink.make(
      parsed: parsed, match: match, matchReasons: reasons, unit: { units[$0] },
      grid: { grids[$0] }, unitNamed: unit)
  }

  /// Who owns the resident's case at `tier`, and why.
  public func route(_ resident: Resident, tier: Tier, openCases: [UUID: Int] = [:])
    -> RouteSuggestion
  {
    let link = link(resident)
    let people = snapshot.people.filter {
      $0.unitID == link.unit?.uuid || $0.has(.districtCoordinator) || $0.has(.streetOffice)
    }
    let (owner, reasons) = OwnerRouting.owner(
      for: tier, in: link.context(people: people, openCases: openCases))
    return RouteSuggestion(link: link, owner: owner, ownerReasons: reasons, tier: tier)
  }
}
