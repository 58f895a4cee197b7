/// Character attributes a style can switch on.
public struct TextAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt8

  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let reverse = TextAttributes(rawValue: 1 << 1)
  public static let underline = TextAttributes(rawValue: 1 << 2)
  public static let dim = TextAttributes(rawValue: 1 << 3)

  /// Theme-file names, in the order they are written.
  static let named: [(String, TextAttributes)] = [
    ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim),
  ]

  /// Parses one theme-file attribute name.
  public init?(name: String) {
    guard let hit = Self.named.first(where: { $0.0 == name.lowercased() }) else { return nil }
    self = hit.1
  }

  /// The attribute names, e.g. `[bold, reverse]`.
  public var description: String {
    "[" + Self.named.filter { contains($0.1) }.map(\.0).joined(separator: ", ") + "]"
  }
}
