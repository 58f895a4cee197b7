import Foundation

/// Whether a unit is a residents' community (社区) or a village (村). It sets a grid's
/// capacity ("1包50户" in a community, "1包15户" in a village) and how addresses are written
/// (building/unit/room or group/house number).
public enum UnitKind: String, Codable, CaseIterable, Sendable {
  case community
  case village

  /// Accepts the English name or the Chinese word (社区/居委会 · 村/村委会).
  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let k = UnitKind(rawValue: s) { self = k; return }
    switch s {
    case "社区", "居", "居委会", "小区", "c": self = .community
    case "村", "村委会", "行政村", "v": self = .village
    default: return nil
    }
  }

  /// The kind a unit's name suggests: `…村` is a village, anything else a community.
  public static func guess(fromName name: String) -> UnitKind {
    name.hasSuffix("村") || name.hasSuffix("村委会") ? .village : .community
  }
}

/// A community or village: the residence tier (村居) of the ladder, owned by its committee.
public struct RegisterUnit: Codable, Sendable, Equatable, Hashable, Identifiable {
  public var uuid: UUID
  /// `六堰社区`, `七里垭村`.
  public var name: String
  public var kind: UnitKind
  /// The 片区 this unit belongs to (the district tier); nil when the street has one 片区.
  public var district: String?

  public var id: UUID { uuid }

  public init(uuid: UUID, name: String, kind: UnitKind, district: String? = nil) {
    self.uuid = uuid
    self.name = name
    self.kind = kind
    self.district = district
  }

  /// The name without its 社区/村 suffix (`六堰`), as residents often say it.
  public var shortName: String {
    for suffix in ["社区居委会", "居委会", "村委会", "社区", "村"] where name.hasSuffix(suffix) {
      let short = String(name.dropLast(suffix.count))
      return short.isEmpty ? name : short
    }
    return name
  }
}
