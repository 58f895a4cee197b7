import Foundation
import GRDB
import ShuoshiCore

/// A member taken off a household of the register.
public struct RemovedMember: Sendable, Equatable {
  public var household: UUID
  /// The household's address, as the register shows it.
  public var address: String
  /// The member's name ("" when only the household's contact number was theirs).
  public var name: String
}

extension CaseStore {
  /// Removes the member called `name` from household `householdID` (short id, address, or a
  /// member's name or phone): a `household_saved` event with the household as it is without
  /// them, so the change syncs like every register change. Their phone goes too, and so does
  /// the household's contact number when it was theirs. Earlier versions stay in the
  /// household's history; `eraseResident` also wipes those.
  public func removeMember(
    _ name: String, from householdID: String, by actor: Actor, now: Date
  ) throws(StoreError) -> Household {
    try actor.require(.change)
    let h = try household(householdID)
    let key = name.trimmingCharacters(in: .whitespaces)
    guard let member = h.members.first(where: { $0.name == key }) else {
      throw StoreError.noMember(
        name: key, household: "\(RegisterID.short(h.uuid)) \(h.address.text)")
    }
    let phones = Set([PhoneNumber.digits(member.phone ?? "")].filter { !$0.isEmpty })
    let changed = h.removingMembers(where: { $0.name == key }, clearingPhones: phones)
    try save(household: changed, by: actor, now: now)
    return changed
  }

  /// The household members an erasure of `selector` reaches, with the residents of the cases
  /// it erases: a member matches by phone (7+ digits), or by name when erasing by name, or by
  /// name with no phone of their own in a household whose contact number is the resident's.
  /// A household whose contact number is the resident's loses it even if no member matches.
  static func registerMatches(
    _ selector: ResidentSelector, residents: [Resident], _ db: Database
  ) throws -> [(Household, RegisterEraseRule)] {
    var names = Set(residents.map(\.name).filter { !$0.isEmpty })
    var phones = Set(residents.map { PhoneNumber.digits($0.phone) }.filter { $0.count >= 7 })
    var byName = false
    switch selector {
    case .name(let n):
      names.insert(n.trimmingCharacters(in: .whitespaces))
      byName = true
    case .phone(let p):
      let d = PhoneNumber.digits(p)
      if d.count >= 7 { phones.insert(d) }
    case .caseID: break
    }
    let rule = RegisterEraseRule(names: names, phones: phones, byName: byName)
    guard !names.isEmpty || !phones.isEmpty else { return [] }
    let nameList = Array(names)
    let phoneList = Array(phones)
    let marks = { (n: Int) in Array(repeating: "?", count: max(n, 1)).joined(separator: ",") }
    let uuids = try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT household_uuid FROM household_members
        WHERE name IN (\(marks(nameList.count))) OR phone IN (\(marks(phoneList.count)))
        ORDER BY household_uuid
        """,
      arguments: StatementArguments(
        (nameList.isEmpty ? ["\u{0}"] : nameList) + (phoneList.isEmpty ? ["\u{0}"] : phoneList)))
    return try uuids.compactMap(UUID.init(uuidString:)).compactMap {
      try RegisterRecords.household($0, db)
    }.filter { rule.reaches($0) }.map { ($0, rule) }
  }

  /// Takes the erased resident off each matched household: an `erased` tombstone on the
  /// household, then the household saved without them as the tombstone's child. The tombstone
  /// wipes the personal data (the whole saved household: members, phones, flags, note) of
  /// every earlier or concurrent version, here and on every laptop the events reach, as case
  /// erasures do (`Erasure`); the new version, a descendant, keeps what remains.
  func eraseFromRegister(
    _ matches: [(Household, RegisterEraseRule)], by actor: Actor, at now: Date, _ db: Database
  ) throws -> (removed: [RemovedMember], records: Int) {
    var removed: [RemovedMember] = []
    var records = 0
    for (h, rule) in matches {
      let theirs = h.members.filter { rule.matches($0, in: h) }
        .map { PhoneNumber.digits($0.phone ?? "") }.filter { !$0.isEmpty }
      var kept = h.removingMembers(
        where: { rule.matches($0, in: h) }, clearingPhones: rule.phones.union(theirs))
      if kept.members.isEmpty {
        // Nobody left: the contact number, the flags (低保, 独居老人 …) and the note were theirs.
        kept.phone = ""
        kept.flags = []
        kept.note = nil
      }
      let events = try EventLog.append(
        [EventDraft(.erased(.init())), RegisterSnapshot.draft(household: kept)], entity: h.uuid,
        device: info.deviceID, by: actor, at: now, db)
      for e in events { try RegisterProjection.apply(e, in: db) }
      records += try Self.wipePersonal(of: h.uuid, db)
      removed += rule.removals(in: h)
    }
    return (removed, records)
  }
}

/// Which members of a household an erasure reaches (see `CaseStore.registerMatches`).
struct RegisterEraseRule: Sendable {
  var names: Set<String>
  var phones: Set<String>
  var byName: Bool

  func matches(_ m: HouseholdMember, in h: Household) -> Bool {
    let own = PhoneNumber.digits(m.phone ?? "")
    if !own.isEmpty, phones.contains(own) { return true }
    guard names.contains(m.name) else { return false }
    if byName { return true }
    return own.isEmpty && (phones.isEmpty || phones.contains(PhoneNumber.digits(h.phone)))
  }

  /// What taking the resident off `h` removes: the matching members, or (none matching) the
  /// household's contact number, as a member with no name.
  func removals(in h: Household) -> [RemovedMember] {
    let gone = h.members.filter { matches($0, in: h) }.map(\.name)
    return (gone.isEmpty ? [""] : gone).map {
      RemovedMember(household: h.uuid, address: h.address.text, name: $0)
    }
  }

  /// The household has a matching member, or the resident's phone as its contact number.
  func reaches(_ h: Household) -> Bool {
    h.members.contains { matches($0, in: h) } || phones.contains(PhoneNumber.digits(h.phone))
  }
}

extension Household {
  /// This household without the members `remove` picks, and without the contact number when
  /// it is one of `phones` (digits).
  func removingMembers(
    where remove: (HouseholdMember) -> Bool, clearingPhones phones: Set<String>
  ) -> Household {
    var h = self
    h.members.removeAll(where: remove)
    if phones.contains(PhoneNumber.digits(h.phone)) { h.phone = "" }
    return h
  }
}
