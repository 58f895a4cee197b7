import CNcursesw
import TerminalUI

/// Role → (attributes, colour pair) for the running terminal: one ncurses colour pair per
/// distinct (foreground, background) in the effective theme.
struct Palette {
  struct Entry {
    var attributes: attr_t
    var pair: Int32
  }

  private var entries: [Role: Entry] = [:]
  private var fallback = Entry(attributes: shim_a_normal(), pair: 0)

  /// Sets up colour pairs for `theme` (already reduced with `Theme.effective`). Without
  /// colour support only attributes are used.
  init(theme: Theme, colors: Bool, defaultColors: Bool) {
    var pairs: [PairKey: Int32] = [:]
    let maxPairs = Int32(shim_color_pairs())
    for (role, style) in theme.styles {
      var pair: Int32 = 0
      let key = PairKey(fg: style.foreground, bg: style.background)
      if colors && key != PairKey(fg: .terminalDefault, bg: .terminalDefault) {
        if let existing = pairs[key] {
          pair = existing
        } else if Int32(pairs.count) + 1 < maxPairs {
          pair = Int32(pairs.count) + 1
          pairs[key] = pair
          init_pair(
            Int16(pair), Self.number(style.foreground, default: defaultColors ? -1 : 7),
            Self.number(style.background, default: defaultColors ? -1 : 0))
        }
      }
      entries[role] = Entry(attributes: Self.attributes(style.attributes), pair: pair)
    }
    if let normal = entries[.normal] { fallback = normal }
  }

  /// How to draw `role` (unknown roles draw like `normal`).
  func entry(for role: Role) -> Entry {
    entries[role] ?? fallback
  }

  private struct PairKey: Hashable {
    var fg: ThemeColor
    var bg: ThemeColor
  }

  private static func number(_ color: ThemeColor, default fallback: Int16) -> Int16 {
    switch color {
    case .terminalDefault: return fallback
    case .indexed(let i): return Int16(i)
    }
  }

  private static func attributes(_ a: TextAttributes) -> attr_t {
    var out = shim_a_normal()
    if a.contains(.bold) { out |= shim_a_bold() }
    if a.contains(.reverse) { out |= shim_a_reverse() }
    if a.contains(.underline) { out |= shim_a_underline() }
    if a.contains(.dim) { out |= shim_a_dim() }
    return out
  }
}
