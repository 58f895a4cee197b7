/// How serious a linked matter looks (预警等级): 黄 for a few households, 橙 for more, 红 for
/// many or when anyone speaks of group action. The raw value is the stable name in events.
public enum WarningLevel: String, Codable, CaseIterable, Sendable, Comparable {
  case yellow, orange, red

  public static func < (a: WarningLevel, b: WarningLevel) -> Bool { a.rank < b.rank }

  var rank: Int {
    switch self {
    case .yellow: 1
    case .orange: 2
    case .red: 3
    }
  }

  /// 黄 / 橙 / 红, or yellow / orange / red.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.yellow, .zh): "黄"
    case (.orange, .zh): "橙"
    case (.red, .zh): "红"
    case (_, .en): rawValue
    }
  }

  /// The sign shown where there is no colour (monochrome terminals, plain text).
  public var symbol: String {
    switch self {
    case .yellow: "·"
    case .orange: "!"
    case .red: "!!"
    }
  }
}
