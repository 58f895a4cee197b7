/// The textual name of a key in keymap files, and its label in hint bars and help.
///
/// | key | spec | label |
/// | --- | --- | --- |
/// | `.char("j")`, `.char("?")`, `.char("中")` | `j`, `?`, `中` | `j`, `?`, `中` |
/// | `.char(" ")` | `<Space>` | `Space` |
/// | `.enter`, `.tab`, `.backTab`, `.escape` | `<Enter>`, `<Tab>`, `<S-Tab>`, `<Esc>` | `Enter`, `Tab`, `Shift-Tab`, `Esc` |
/// | `.backspace`, `.delete`, `.insert` | `<Backspace>`, `<Del>`, `<Ins>` | `Backspace`, `Del`, `Ins` |
/// | arrows, `.home`, `.end` | `<Up>` `<Down>` `<Left>` `<Right>` `<Home>` `<End>` | `Up` … `End` |
/// | `.pageUp`, `.pageDown` | `<PgUp>`, `<PgDn>` | `PgUp`, `PgDn` |
/// | `.f(2)` | `<F2>` | `F2` |
/// | `.ctrl("s")` | `<C-s>` | `Ctrl-S` |
///
/// Parsing is case-insensitive inside `<…>` and accepts aliases (`<CR>`, `<Return>`,
/// `<Escape>`, `<BS>`, `<Delete>`, `<Insert>`, `<PageUp>`, `<PageDown>`, `<lt>` for `<`).
public struct KeySpec: Hashable, Sendable, CustomStringConvertible {
  /// The key this spec names.
  public let key: Key

  public init(_ key: Key) {
    self.key = key
  }

  private static let named: [(String, Key)] = [
    ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
    ("Backspace", .backspace), ("Del", .delete), ("Ins", .insert), ("Up", .up),
    ("Down", .down), ("Left", .left), ("Right", .right), ("Home", .home), ("End", .end),
    ("PgUp", .pageUp), ("PgDn", .pageDown), ("Space", .char(" ")),
  ]
  private static let aliases: [String: Key] = [
    "cr": .enter, "return": .enter, "escape": .escape, "bs": .backspace, "delete": .delete,
    "insert": .insert, "pageup": .pageUp, "pagedown": .pageDown, "backtab": .backTab,
    "lt": .char("<"),
  ]

  /// Parses a keymap spelling (`j`, `<Enter>`, `<C-s>`, `<F2>`); nil when it names no key.
  public init?(parsing text: String) {
    if text.count == 1, let c = text.first {
      guard c.displayWidth > 0 else { return nil }
      self.key = .char(c)
      return
    }
    guard text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 else { return nil }
    let inner = String(text.dropFirst().dropLast())
    let lower = inner.lowercased()
    if let hit = Self.named.first(where: { $0.0.lowercased() == lower }) {
      self.key = hit.1
    } else if let alias = Self.aliases[lower] {
      self.key = alias
    } else if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last,
      c.isASCII, c.isLetter || c == "["
    {
      self.key = Key.control(c)
    } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self.key = .f(n)
    } else {
      return nil
    }
  }

  /// The canonical keymap spelling; `KeySpec(parsing: spec.description)` gives it back.
  public var description: String {
    switch key {
    case .char(" "): return "<Space>"
    case .char(let c): return String(c)
    case .f(let n): return "<F\(n)>"
    case .ctrl(let c): return "<C-\(c)>"
    case .resize: return "<Resize>"
    case .unknown(let code): return "<Key\(code)>"
    default: return "<" + (Self.named.first { $0.1 == key }?.0 ?? "?") + ">"
    }
  }

  /// A short label for hint bars and help: `Enter`, `Ctrl-S`, `F2`, `PgDn`, `j`.
  public var label: String {
    switch key {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .backTab: return "Shift-Tab"
    case .f(let n): return "F\(n)"
    case .ctrl(let c): return "Ctrl-" + c.uppercased()
    case .resize: return "Resize"
    case .unknown(let code): return "Key \(code)"
    default: return Self.named.first { $0.1 == key }?.0 ?? "?"
    }
  }
}

extension Key {
  /// This key's keymap spelling and label.
  public var spec: KeySpec { KeySpec(self) }
  /// A short label for hint bars: `Enter`, `Ctrl-S`, `F2`.
  public var label: String { spec.label }
}
