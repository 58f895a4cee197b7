import Foundation

/// Styles by role. Screens draw with roles; the backend asks the theme how each role looks.
///
/// A theme need not name every role: `style(for:)` falls back to `normal`, and themes loaded
/// from files are filled from a built-in base (`Theme.builtinDefault` unless the file says
/// `base: mono`). See `Theme.load(yaml:file:)` for the file format.
public struct Theme: Hashable, Sendable {
  /// The theme's name (its file name without `.yaml` for shipped themes).
  public var name: String
  /// Style of each role this theme defines.
  public var styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  /// How `role` looks: its own style, else `normal`'s, else the terminal default.
  public func style(for role: Role) -> Style {
    styles[role] ?? styles[.normal] ?? .plain
  }

  /// This theme with every role it lacks taken from `base`.
  public func filled(from base: Theme) -> Theme {
    Theme(name: name, styles: styles.merging(base.styles) { mine, _ in mine })
  }

  /// Whether any role has a colour; a theme without (mono) needs marks as symbols.
  public var hasColours: Bool {
    styles.values.contains {
      $0.foreground != .terminalDefault || $0.background != .terminalDefault
    }
  }

  /// This theme with colours reduced for a terminal of `colors` colours.
  public func reduced(toColors colors: Int) -> Theme {
    Theme(name: name, styles: styles.mapValues { $0.reduced(toColors: colors) })
  }

  /// The theme to use on a terminal: `Theme.mono` when `NO_COLOR` is set to anything
  /// non-empty (https://no-color.org) or the terminal has fewer than 8 colours; otherwise
  /// `theme` with colours reduced to what the terminal has.
  public static func effective(
    _ theme: Theme, colors: Int,
    environment: [String: String] = ProcessInfo.processInfo
      .environment
  ) -> Theme {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
    if colors < 8 { return .mono }
    return theme.reduced(toColors: colors)
  }
}
