import Foundation
import ShuoshiCore
import ShuoshiStore

// The stable JSON shapes of the register commands (`--json`); documented in docs/IMPORT.md.
// Field names never change meaning; new fields may be added. Phones are masked unless the
// command was asked to reveal them.

struct PersonJSON: Encodable {
  let id: String
  let uuid: String
  let name: String
  let phone: String
  let roles: [String]
  let role_names: [String]
  let unit: String?
  let grid: String?
  let buildings: [String]
  let district: String?
  let party_member: Bool
  let veteran: Bool
  let score: Int?

  init(_ p: Person, names: RegisterNames, lang: Lang, reveal: Bool, score: Int? = nil) {
    id = p.shortID
    uuid = p.uuid.uuidString.lowercased()
    name = p.name
    phone = reveal ? p.phone : PhoneMask.mask(p.phone)
    roles = p.roles.map(\.rawValue)
    role_names = p.roles.map { $0.name(lang) }
    unit = p.unitID.flatMap { names.units[$0] }
    grid = p.gridID.flatMap { names.grids[$0] }
    buildings = p.buildings
    district = p.district
    party_member = p.partyMember
    veteran = p.veteran
    self.score = score
  }
}

struct HouseholdJSON: Encodable {
  struct Member: Encodable {
    let name: String
    let phone: String?
  }
  let id: String
  let uuid: String
  let unit: String?
  let grid: String?
  let address: String
  let address_key: String
  let members: [Member]
  let phone: String
  let flags: [String]
  let note: String?

  init(_ h: Household, names: RegisterNames, reveal: Bool) {
    id = RegisterID.short(h.uuid)
    uuid = h.uuid.uuidString.lowercased()
    unit = names.units[h.unitID]
    grid = h.gridID.flatMap { names.grids[$0] }
    address = (names.units[h.unitID] ?? "") + h.address.text
    address_key = h.address.key
    members = h.members.map {
      Member(name: $0.name, phone: $0.phone.map { reveal ? $0 : PhoneMask.mask($0) })
    }
    phone = reveal ? h.phone : PhoneMask.mask(h.phone)
    flags = h.flags.map(\.rawValue)
    note = h.note
  }
}

struct GridLoadJSON: Encodable {
  let unit: String?
  let unit_kind: String?
  let grid: String
  let grid_id: String
  let head: String?
  let households: Int
  let limit: Int
  let over: Bool
  let open_cases: Int

  init(_ l: GridLoad) {
    unit = l.unit?.name
    unit_kind = l.unit?.kind.rawValue
    grid = l.grid.name
    grid_id = RegisterID.short(l.grid.uuid)
    head = l.head
    households = l.households
    limit = l.limit
    over = l.isOver
    open_cases = l.openCases
  }
}

struct RouteReasonJSON: Encodable {
  let kind: String
  let text: String

  init(_ r: RouteReason, _ lang: Lang) {
    kind = r.kind.rawValue
    text = r.text(lang)
  }
}

/// Names of units and grids by UUID, for printing records that hold only UUIDs.
struct RegisterNames {
  let units: [UUID: String]
  let grids: [UUID: String]
  /// Units that are villages (their buildings are groups, 组).
  let villages: Set<UUID>

  init(_ store: CaseStore) throws {
    let all = try store.units()
    units = Dictionary(all.map { ($0.uuid, $0.name) }, uniquingKeysWith: { a, _ in a })
    villages = Set(all.filter { $0.kind == .village }.map(\.uuid))
    grids = Dictionary(
      try store.grids().map { ($0.uuid, $0.name) }, uniquingKeysWith: { a, _ in a })
  }
}
