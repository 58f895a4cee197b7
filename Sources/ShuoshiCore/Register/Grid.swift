import Foundation

/// A grid (网格) of a unit: a group of households under one grid head (一格一长).
public struct Grid: Codable, Sendable, Equatable, Hashable, Identifiable {
  public var uuid: UUID
  public var unitID: UUID
  /// `第一网格`, `东区网格`.
  public var name: String
  /// The grid head (网格长), a person of the register.
  public var headID: UUID?

  public var id: UUID { uuid }

  public init(uuid: UUID, unitID: UUID, name: String, headID: UUID? = nil) {
    self.uuid = uuid
    self.unitID = unitID
    self.name = name
    self.headID = headID
  }

  /// The key that finds the same grid however it is written: `第一网格`, `第1网格` and
  /// `1网格` all give `1`; `东区网格` gives `东区`.
  public static func key(_ name: String) -> String {
    var s = AddressNormalizer.halfWidth(name).filter { !$0.isWhitespace }
    if s.hasPrefix("第") { s.removeFirst() }
    for suffix in ["网格", "格"] where s.hasSuffix(suffix) && s.count > suffix.count {
      s = String(s.dropLast(suffix.count))
      break
    }
    return ChineseNumber.digits(in: s).lowercased()
  }
}
