import Foundation

/// Merges imported rows into the register, so duplicates are merged, not doubled:
///
/// - a **unit** is found by its name (also its short name: `六堰` is 六堰社区); units named by
///   other files but missing are created, their kind guessed from the name (`…村` → village);
/// - a **grid** by its unit and its name however numbered (`第一网格` = `第1网格` = `1网格`);
/// - a **household** by its unit and normalized address (`3栋2单元502` = `3幢2单元502室`):
///   rows for one address merge into one household (members added, never dropped; a phone,
///   grid, note or yes/no flag the row states replaces the old value; a blank cell keeps it);
/// - a **person** by name and phone (or, without a phone, name and unit); the first row for
///   a person in a file sets their roles and buildings, later rows in the same file add to
///   them.
///
/// New records get stable UUIDs from their natural keys (`RegisterID.stable`), so importing
/// the same file on two laptops gives the same records. Only records that end up different
/// from the register produce events: importing a file twice changes nothing.
public struct RegisterMerger {
  public let file: String
  let originalUnits: [UUID: RegisterUnit]
  let originalGrids: [UUID: Grid]
  let originalHouseholds: [UUID: Household]
  let originalPeople: [UUID: Person]
  public private(set) var problems: [ImportProblem] = []
  public private(set) var rows = 0

  var units: [UUID: RegisterUnit] = [:]
  var unitOrder: [UUID] = []
  var unitByKey: [String: UUID] = [:]
  var grids: [UUID: Grid] = [:]
  var gridOrder: [UUID] = []
  /// `unit UUID|grid key` → grid.
  var gridByKey: [String: UUID] = [:]
  var households: [UUID: Household] = [:]
  var householdByKey: [String: UUID] = [:]
  var people: [UUID: Person] = [:]
  var peopleOrder: [UUID] = []
  var peopleByName: [String: [UUID]] = [:]
  /// Records this import touched, in first-touch order.
  var touched: [(RegisterRecordKind, UUID)] = []
  var touchedSet: Set<UUID> = []

  public init(snapshot: RegisterSnapshot, file: String) {
    self.file = file
    func byID<T: Identifiable>(_ items: [T]) -> [UUID: T] where T.ID == UUID {
      Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
    originalUnits = byID(snapshot.units)
    originalGrids = byID(snapshot.grids)
    originalHouseholds = byID(snapshot.households)
    originalPeople = byID(snapshot.people)
    for u in snapshot.units {
      units[u.uuid] = u
      unitOrder.append(u.uuid)
      if unitByKey[Self.unitKey(u.name)] == nil { unitByKey[Self.unitKey(u.name)] = u.uuid }
    }
    for g in snapshot.grids {
      grids[g.uuid] = g
      gridOrder.append(g.uuid)
      let key = Self.gridKey(g.unitID, g.name)
      if gridByKey[key] == nil { gridByKey[key] = g.uuid }
    }
    for h in snapshot.households {
      households[h.uuid] = h
      householdByKey[Self.householdKey(h.unitID, h.address)] = h.uuid
    }
    for p in snapshot.people {
      people[p.uuid] = p
      peopleOrder.append(p.uuid)
      peopleByName[p.name, default: []].append(p.uuid)
    }
  }

  // MARK: - Rows

  public mutating func apply(units rows: [UnitRow]) {
    for row in rows {
      self.rows += 1
      var u = unit(named: row.name, kind: row.kind)
      if let kind = row.kind { u.kind = kind }
      if let district = row.district { u.district = district }
      save(unit: u)
    }
  }

  public mutating func apply(grids rows: [GridRow]) {
    for row in rows {
      self.rows += 1
      let u = unit(named: row.unit, kind: nil)
      var g = grid(named: row.name, in: u)
      if let head = row.head {
        var p = person(named: head, phone: row.headPhone, unit: u)
        p.roles = Array(Set(p.roles + [.gridHead])).sorted()
        if let phone = row.headPhone { p.phone = phone }
        p.unitID = p.unitID ?? u.uuid
        p.gridID = p.gridID ?? g.uuid
        save(person: p)
        g.headID = p.uuid
      }
      save(grid: g)
    }
  }

  public mutating func apply(households rows: [HouseholdRow]) {
    for row in rows {
      self.rows += 1
      guard let unitName = row.unit else { continue }
      let u = unit(named: unitName, kind: nil)
      let key = Self.householdKey(u.uuid, row.address)
      var h =
        householdByKey[key].flatMap { households[$0] }
        ?? Household(
          uuid: RegisterID.stable("household", key), unitID: u.uuid, address: row.address)
      if let gridName = row.grid { h.gridID = grid(named: gridName, in: u).uuid }
      for m in row.members {
        if let i = h.members.firstIndex(where: { $0.name == m.name }) {
          if let phone = m.phone { h.members[i].phone = phone }
        } else {
          h.members.append(m)
        }
      }
      if let phone = row.phone { h.phone = phone }
      var flags = Set(h.flags)
      for (flag, on) in row.flags {
        if on { flags.insert(flag) } else { flags.remove(flag) }
      }
      h.flags = HouseholdFlag.canonical(Array(flags))
      if let note = row.note { h.note = note }
      householdByKey[key] = h.uuid
      save(household: h)
    }
  }

  public mutating func apply(people rows: [PersonRow]) {
    for row in rows {
      self.rows += 1
      let u = row.unit.map { unit(named: $0, kind: nil) }
      var g: Grid?
      if let gridName = row.grid {
        if let u {
          g = grid(named: gridName, in: u)
        } else {
          let key = Grid.key(gridName)
          let found = gridOrder.compactMap { grids[$0] }.filter { Grid.key($0.name) == key }
          guard found.count == 1 else {
            problems.append(
              ImportProblem(
                file: file, line: row.line,
                zh: found.isEmpty
                  ? "网格“\(gridName)”不存在，请填写社区/村" : "网格“\(gridName)”属于多个社区/村，请填写社区/村",
                en: found.isEmpty
                  ? "no grid \"\(gridName)\": fill the unit column"
                  : "grid \"\(gridName)\" exists in several units: fill the unit column"))
            continue
          }
          g = found[0]
        }
      }
      var p = person(named: row.name, phone: row.phone, unit: u)
      if touchedSet.contains(p.uuid) {
        p.roles = Array(Set(p.roles + row.roles)).sorted()
        p.buildings += row.buildings.filter { !p.buildings.contains($0) }
      } else {
        p.roles = Array(Set(row.roles)).sorted()
        if !row.buildings.isEmpty
          || !p.roles.contains(where: { $0 == .buildingHead || $0 == .centreHouseholdHead })
        {
          p.buildings = row.buildings
        }
      }
      if let phone = row.phone { p.phone = phone }
      if let u { p.unitID = u.uuid }
      if let g { p.gridID = g.uuid }
      if let district = row.district { p.district = district }
      if let party = row.partyMember { p.partyMember = party }
      if let veteran = row.veteran { p.veteran = veteran }
      save(person: p)
      if p.has(.gridHead), var grid = g {
        grid.headID = p.uuid
        save(grid: grid)
      }
    }
  }

  // MARK: - Plan

  /// The events that bring the register to the merged state, units first.
  public func plan() -> RegisterPlan {
    var counts = ImportCounts()
    var changes: [RegisterChange] = []
    let order = touched.enumerated().sorted {
      $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset
    }.map(\.element)
    for (kind, id) in order {
      let (draft, isNew, same) = change(kind, id)
      if same {
        counts.unchanged[kind, default: 0] += 1
        continue
      }
      if isNew {
        counts.created[kind, default: 0] += 1
      } else {
        counts.updated[kind, default: 0] += 1
      }
      changes.append(RegisterChange(record: kind, entity: id, draft: draft, isNew: isNew))
    }
    return RegisterPlan(changes: changes, counts: counts, rows: rows)
  }

  func change(_ kind: RegisterRecordKind, _ id: UUID) -> (EventDraft, Bool, Bool) {
    switch kind {
    case .unit:
      let old = originalUnits[id]
      return (RegisterSnapshot.draft(unit: units[id]!), old == nil, old == units[id])
    case .grid:
      let old = originalGrids[id]
      return (RegisterSnapshot.draft(grid: grids[id]!), old == nil, old == grids[id])
    case .person:
      let old = originalPeople[id]
      return (RegisterSnapshot.draft(person: people[id]!), old == nil, old == people[id])
    case .household:
      let old = originalHouseholds[id]
      return (RegisterSnapshot.draft(household: households[id]!), old == nil, old == households[id])
    }
  }

  // MARK: - Finding records

  static func householdKey(_ unit: UUID, _ address: HouseholdAddress) -> String {
    "\(unit.uuidString)|\(address.key)"
  }

  static func unitKey(_ name: String) -> String { AddressNormalizer.normalize(name) }

  static func gridKey(_ unit: UUID, _ name: String) -> String {
    "\(unit.uuidString)|\(Grid.key(name))"
  }

  /// The unit called `name` (or by that short name), created when the register has none.
  mutating func unit(named name: String, kind: UnitKind?) -> RegisterUnit {
    let key = Self.unitKey(name)
    if let id = unitByKey[key], let u = units[id] { return u }
    // `六堰` for 六堰社区 (or the other way round), when only one unit fits.
    let short = Self.unitKey(RegisterUnit(uuid: UUID(), name: name, kind: .community).shortName)
    let bySpelling = unitOrder.compactMap { units[$0] }.filter {
      Self.unitKey($0.shortName) == short
    }
    if bySpelling.count == 1 { return bySpelling[0] }
    let u = RegisterUnit(
      uuid: RegisterID.stable("unit", key), name: name.trimmingCharacters(in: .whitespaces),
      kind: kind ?? UnitKind.guess(fromName: name))
    units[u.uuid] = u
    unitOrder.append(u.uuid)
    unitByKey[key] = u.uuid
    touch(.unit, u.uuid)
    return u
  }

  /// The grid called `name` in `unit`, created when missing.
  mutating func grid(named name: String, in unit: RegisterUnit) -> Grid {
    let key = Grid.key(name)
    if let id = gridByKey[Self.gridKey(unit.uuid, name)], let g = grids[id] { return g }
    let g = Grid(
      uuid: RegisterID.stable("grid", "\(unit.uuid.uuidString)|\(key)"), unitID: unit.uuid,
      name: name.trimmingCharacters(in: .whitespaces))
    grids[g.uuid] = g
    gridOrder.append(g.uuid)
    gridByKey[Self.gridKey(unit.uuid, name)] = g.uuid
    touch(.grid, g.uuid)
    return g
  }

  /// The person with this name and phone (or this name in `unit` when no phone is given or
  /// known), or a new one.
  mutating func person(named name: String, phone: String?, unit: RegisterUnit?) -> Person {
    let digits = phone.map(PhoneNumber.digits) ?? ""
    let named = (peopleByName[name] ?? []).compactMap { people[$0] }
    if !digits.isEmpty, let p = named.first(where: { PhoneNumber.digits($0.phone) == digits }) {
      return p
    }
    let sameUnit = named.filter { p in
      (digits.isEmpty || PhoneNumber.digits(p.phone).isEmpty)
        && (unit == nil || p.unitID == nil || p.unitID == unit?.uuid)
    }
    if let p = sameUnit.first { return p }
    let key =
      digits.isEmpty ? "\(name)|\(unit.map { Self.unitKey($0.name) } ?? "")" : "\(name)|\(digits)"
    var id = RegisterID.stable("person", key)
    if people[id] != nil { id = RegisterID.stable("person", key + "|\(peopleOrder.count)") }
    let p = Person(uuid: id, name: name, phone: phone ?? "", unitID: unit?.uuid)
    people[id] = p
    peopleOrder.append(id)
    peopleByName[name, default: []].append(id)
    return p
  }

  mutating func touch(_ kind: RegisterRecordKind, _ id: UUID) {
    if touchedSet.insert(id).inserted { touched.append((kind, id)) }
  }

  mutating func save(unit: RegisterUnit) {
    units[unit.uuid] = unit
    touch(.unit, unit.uuid)
  }

  mutating func save(grid: Grid) {
    grids[grid.uuid] = grid
    touch(.grid, grid.uuid)
  }

  mutating func save(person: Person) {
    people[person.uuid] = Person(
      uuid: person.uuid, name: person.name, phone: person.phone, roles: person.roles,
      unitID: person.unitID, gridID: person.gridID, buildings: person.buildings,
      district: person.district, partyMember: person.partyMember, veteran: person.veteran)
    touch(.person, person.uuid)
  }

  mutating func save(household: Household) {
    households[household.uuid] = household
    touch(.household, household.uuid)
  }
}
