/// How a role looks: foreground and background colours and attributes.
public struct Style: Hashable, Sendable, CustomStringConvertible {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var attributes: TextAttributes

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// Shorthand: `Style(.white, on: .blue, .bold)`.
  public init(
    _ fg: ThemeColor, on bg: ThemeColor = .terminalDefault, _ attributes: TextAttributes = []
  ) {
    self.init(foreground: fg, background: bg, attributes: attributes)
  }

  /// Attributes only, terminal default colours.
  public static func attributes(_ attributes: TextAttributes) -> Style {
    Style(attributes: attributes)
  }

  /// The terminal's default look.
  public static let plain = Style()

  public var description: String {
    "{ fg: \(foreground), bg: \(background), attrs: \(attributes) }"
  }

  /// This style with colours reduced for a terminal of `colors` colours. With 8 colours a
  /// grey foreground becomes the default colour, dimmed (black on black would vanish).
  public func reduced(toColors colors: Int) -> Style {
    var out = Style(
      foreground: foreground.reduced(toColors: colors),
      background: background.reduced(toColors: colors), attributes: attributes)
    if colors >= 8 && colors < 16 && foreground.reduced(toColors: 16) == .brightBlack {
      out.foreground = .terminalDefault
      out.attributes.insert(.dim)
    }
    return out
  }
}
