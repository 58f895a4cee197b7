/// What the linker compares of a profile, as integers: its places and parties interned once
/// (`MatterProfileInterner`, one per re-scan or per save's candidates), so a pair is compared
/// by integer equality instead of `String` equality (which normalises Chinese text each time)
/// and the per-profile questions (a whole community? only a neighbour?) are asked once.
public struct MatterProfileCodes: Sendable {
  /// Interned ids; 0 when the profile has none.
  var compound: Int32
  var building: Int32
  var grid: Int32
  var isCommunity: Bool
  /// The id of each party, in the profile's order.
  var parties: [Int32]
  /// Party indices in the order the linker tries them: named parties first (中瑞物业 says
  /// more than 物业), each group in the profile's order.
  var partyOrder: [Int]
  /// The complaint names a neighbour and no other party.
  var aboutNeighbour: Bool
}

/// Interns places and parties to ids: equal ids exactly when the values are equal.
public struct MatterProfileInterner: Sendable {
  private var places: [String: Int32] = [:]
  private var parties: [MatterLinkParty: Int32] = [:]

  public init() {}

  mutating func id(_ place: String?) -> Int32 {
    guard let place else { return 0 }
    if let id = places[place] { return id }
    let id = Int32(places.count + 1)
    places[place] = id
    return id
  }

  mutating func id(_ party: MatterLinkParty) -> Int32 {
    if let id = parties[party] { return id }
    let id = Int32(parties.count + 1)
    parties[party] = id
    return id
  }

  /// The codes of `p`, its ids from this interner.
  public mutating func codes(_ p: MatterLinkProfile) -> MatterProfileCodes {
    let named = p.parties.indices.filter { !p.parties[$0].name.isEmpty }
    let bare = p.parties.indices.filter { p.parties[$0].name.isEmpty }
    return MatterProfileCodes(
      compound: id(p.compound), building: id(p.building), grid: id(p.grid),
      isCommunity: p.isCommunity, parties: p.parties.map { id($0) }, partyOrder: named + bare,
      aboutNeighbour: p.parties.contains(where: \.weak) && !p.parties.contains { !$0.weak })
  }
}
