import Foundation

/// A terminal colour: the terminal's own default, or an index in the 256-colour palette
/// (0–7 the basic colours, 8–15 their bright variants, 16–231 a 6×6×6 cube, 232–255 greys).
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's default foreground or background.
  case terminalDefault
  /// A palette index, 0–255.
  case indexed(UInt8)

  public static let black = ThemeColor.indexed(0)
  public static let red = ThemeColor.indexed(1)
  public static let green = ThemeColor.indexed(2)
  public static let yellow = ThemeColor.indexed(3)
  public static let blue = ThemeColor.indexed(4)
  public static let magenta = ThemeColor.indexed(5)
  public static let cyan = ThemeColor.indexed(6)
  public static let white = ThemeColor.indexed(7)
  public static let brightBlack = ThemeColor.indexed(8)
  public static let brightRed = ThemeColor.indexed(9)
  public static let brightGreen = ThemeColor.indexed(10)
  public static let brightYellow = ThemeColor.indexed(11)
  public static let brightBlue = ThemeColor.indexed(12)
  public static let brightMagenta = ThemeColor.indexed(13)
  public static let brightCyan = ThemeColor.indexed(14)
  public static let brightWhite = ThemeColor.indexed(15)

  /// Names of the 16 basic colours, by index.
  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Parses a theme-file colour: `default`, a basic name (`red`), a bright one
  /// (`bright-red`, `brightRed`, `bright_red`; `gray`/`grey` = bright black), an index
  /// `0`–`255`, or `#rrggbb` (mapped to the nearest palette colour).
  public init?(parsing text: String) {
    let s = text.trimmingCharacters(in: .whitespaces).lowercased()
    if s == "default" || s == "none" {
      self = .terminalDefault
    } else if let n = Int(s) {
      guard (0...255).contains(n) else { return nil }
      self = .indexed(UInt8(n))
    } else if s.hasPrefix("#") {
      guard s.count == 7, let v = Int(s.dropFirst(), radix: 16) else { return nil }
      self = .indexed(Self.nearestIndex(r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255))
    } else if s == "gray" || s == "grey" {
      self = .brightBlack
    } else {
      var name = s
      var bright = false
      for prefix in ["bright-", "bright_", "bright"] where name.hasPrefix(prefix) {
        name.removeFirst(prefix.count)
        bright = true
        break
      }
      guard let i = Self.names.firstIndex(of: name) else { return nil }
      self = .indexed(UInt8(i + (bright ? 8 : 0)))
    }
  }

  /// The theme-file spelling of this colour.
  public var description: String {
    switch self {
    case .terminalDefault: return "default"
    case .indexed(let i) where i < 8: return Self.names[Int(i)]
    case .indexed(let i) where i < 16: return "bright-" + Self.names[Int(i) - 8]
    case .indexed(let i): return String(i)
    }
  }

  /// This colour as the terminal can show it with `colors` colours: unchanged at 256 or more,
  /// the nearest of the 16 basic colours below that, of the 8 below 16, and
  /// `terminalDefault` below 8.
  public func reduced(toColors colors: Int) -> ThemeColor {
    guard case .indexed(let i) = self else { return self }
    if colors >= 256 { return self }
    if colors < 8 { return .terminalDefault }
    var idx = Int(i)
    if idx >= 16 {
      let (r, g, b) = Self.rgb(ofIndex: idx)
      idx = Self.nearestBasic(r: r, g: g, b: b)
    }
    if colors < 16 && idx >= 8 { idx -= 8 }
    return .indexed(UInt8(idx))
  }

  // MARK: - Palette arithmetic (xterm's default palette)

  private static let basicRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
    (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
    if i < 16 { return basicRGB[i] }
    if i < 232 {
      let c = i - 16
      return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }
    let v = 8 + (i - 232) * 10
    return (v, v, v)
  }

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }

  private static func nearestBasic(r: Int, g: Int, b: Int) -> Int {
    var best = 0
    for i in 1..<16 where distance(basicRGB[i], (r, g, b)) < distance(basicRGB[best], (r, g, b)) {
      best = i
    }
    return best
  }

  private static func nearestIndex(r: Int, g: Int, b: Int) -> UInt8 {
    var best = 16
    for i in 17..<256
    where distance(rgb(ofIndex: i), (r, g, b)) < distance(rgb(ofIndex: best), (r, g, b)) {
      best = i
    }
    return UInt8(best)
  }
}
