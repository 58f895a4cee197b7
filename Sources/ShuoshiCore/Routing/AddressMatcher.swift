import Foundation

/// Matches a resident to a household of the register, in three steps, each tried only when
/// the one before found nothing:
///
/// 1. **Exact**: the normalized address (`3栋2单元502`) is the household's, in the unit the
///    address names (or, when it names none, in the only unit that has such an address).
/// 2. **Fuzzy on building/room**: every part both sides have is equal and building+room (or
///    group+number) are among them — so `3栋502` finds `3栋2单元502` when that building has
///    one room 502. Several such households: ambiguous, none chosen.
/// 3. **Name and phone**: a member with the resident's name whose phone (or the household's)
///    is the resident's; failing that, the phone alone when exactly one household has it.
///
/// Pure: the store passes the candidate households it looked up (same address key, same
/// building or group, same phone, same member name).
public enum AddressMatcher {
  public static func match(
    _ parsed: ParsedAddress, unit: RegisterUnit?, name: String, phone: String,
    candidates: [Household]
  ) -> (match: HouseholdMatch?, reasons: [RouteReason]) {
    var seen = Set<UUID>()
    let pool = candidates.filter { seen.insert($0.uuid).inserted }
    let inUnit = pool.filter { unit == nil || $0.unitID == unit!.uuid }
    var reasons: [RouteReason] = []
    let address = parsed.address

    if !address.isEmpty {
      // 1. Exact.
      let exact = inUnit.filter { $0.address.key == address.key }
      if exact.count == 1 {
        return (
          HouseholdMatch(
            household: exact[0], quality: .exact,
            reasons: [RouteReason(.addressExact, text: address.text)]), reasons
        )
      }
      // 2. Fuzzy on building/room.
      let fuzzy = inUnit.filter { compatible(address, $0.address) }
      let pick = exact.count > 1 ? exact : fuzzy
      if pick.count == 1 {
        let missing = missingParts(address, pick[0].address)
        return (
          HouseholdMatch(
            household: pick[0], quality: .fuzzy,
            reasons: [RouteReason(.addressFuzzy, text: missing.isEmpty ? nil : missing)]),
          reasons
        )
      }
      if pick.count > 1 {
        if let chosen = byNameAndPhone(pick, name: name, phone: phone) {
          return (chosen, reasons)
        }
        reasons.append(RouteReason(.ambiguous, text: address.text, count: pick.count))
      }
    }
    // 3. Name and phone.
    if let chosen = byNameAndPhone(pool, name: name, phone: phone) { return (chosen, reasons) }
    if !reasons.contains(where: { $0.kind == .ambiguous }) {
      reasons.append(RouteReason(.noHousehold, text: address.isEmpty ? nil : address.text))
    }
    return (nil, reasons)
  }

  /// Every part both addresses have is equal, and they share building+room or group+number.
  static func compatible(_ a: HouseholdAddress, _ b: HouseholdAddress) -> Bool {
    let pairs: [(String?, String?)] = [
      (a.building, b.building), (a.entrance, b.entrance), (a.room, b.room), (a.group, b.group),
      (a.number, b.number),
    ]
    for (x, y) in pairs {
      if let x, let y, x != y { return false }
    }
    let community = a.building != nil && a.room != nil && b.building != nil && b.room != nil
    let village = a.group != nil && a.number != nil && b.group != nil && b.number != nil
    return community || village
  }

  /// The parts the household has and the typed address left out (`2单元`).
  static func missingParts(_ typed: HouseholdAddress, _ stored: HouseholdAddress) -> String {
    var s = ""
    if typed.building == nil, let b = stored.building { s += "\(b)栋" }
    if typed.entrance == nil, let e = stored.entrance { s += "\(e)单元" }
    if typed.group == nil, let g = stored.group { s += "\(g)组" }
    return s
  }

  static func byNameAndPhone(_ pool: [Household], name: String, phone: String) -> HouseholdMatch? {
    let digits = PhoneNumber.digits(phone)
    let trimmedName = name.trimmingCharacters(in: .whitespaces)
    guard digits.count >= 7 else { return nil }
    let withPhone = pool.filter { $0.phones.contains(digits) }
    let named = withPhone.filter { h in h.members.contains { $0.name == trimmedName } }
    if named.count == 1 {
      return HouseholdMatch(
        household: named[0], quality: .namePhone,
        reasons: [RouteReason(.namePhone, person: trimmedName)])
    }
    if withPhone.count == 1 {
      return HouseholdMatch(
        household: withPhone[0], quality: .phone,
        reasons: [RouteReason(.phone, text: PhoneMask.mask(digits))])
    }
    return nil
  }
}
