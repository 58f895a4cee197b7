/// The scrollable help screen: groups of key bindings, each a title then rows of
/// `keys  summary`. Build the groups from the keymap and command table so help never
/// drifts from the real bindings.
public struct HelpView: Hashable, Sendable {
  /// One line of help: key labels (`j, Down`) and what they do.
  public struct Row: Hashable, Sendable {
    public var keys: String
    public var summary: String

    public init(keys: String, summary: String) {
      self.keys = keys
      self.summary = summary
    }
  }

  /// A titled group of rows (`列表`, `编辑`…).
  public struct Group: Hashable, Sendable {
    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
      self.title = title
      self.rows = rows
    }
  }

  public var groups: [Group]
  /// First visible line.
  public private(set) var scrollOffset: Int = 0
  /// Lines visible at once (a hint for paging; rendering uses the real height).
  public var viewHeight: Int

  public init(groups: [Group], viewHeight: Int = 20) {
    self.groups = groups
    self.viewHeight = viewHeight
  }

  private enum Line {
    case title(String)
    case row(Row)
    case blank
  }

  private var lines: [Line] {
    var out: [Line] = []
    for (i, g) in groups.enumerated() {
      if i > 0 { out.append(.blank) }
      out.append(.title(g.title))
      out += g.rows.map(Line.row)
    }
    return out
  }

  /// Total lines of help.
  public var lineCount: Int { lines.count }

  private var maxOffset: Int { Swift.max(0, lineCount - Swift.max(1, viewHeight)) }

  /// Scrolls with j/k, Up/Down, PgUp/PgDn, Space, Home/End (g/G). Returns false otherwise.
  public mutating func handle(_ key: Key) -> Bool {
    let page = Swift.max(1, viewHeight - 1)
    switch key {
    case .down, .char("j"): scrollOffset += 1
    case .up, .char("k"): scrollOffset -= 1
    case .pageDown, .char(" "), .ctrl("f"): scrollOffset += page
    case .pageUp, .ctrl("b"): scrollOffset -= page
    case .home, .char("g"): scrollOffset = 0
    case .end, .char("G"): scrollOffset = maxOffset
    default: return false
    }
    scrollOffset = Swift.max(0, Swift.min(scrollOffset, maxOffset))
    return true
  }

  /// Draws the visible part of the help in `rect`.
  public func render(
    on surface: some Surface, in rect: Rect, role: Role = .normal, titleRole: Role = .title,
    keyRole: Role = .label
  ) {
    let area = surface.region(rect)
    area.fill(area.bounds, role: role)
    let all = lines
    let keyWidth = Swift.min(
      groups.flatMap(\.rows).map(\.keys.displayWidth).max() ?? 0, Swift.max(4, area.size.width / 3))
    let top = Swift.max(0, Swift.min(scrollOffset, all.count - area.size.height))
    for y in 0..<area.size.height where top + y < all.count {
      switch all[top + y] {
      case .title(let t):
        area.put(t.clipped(to: area.size.width), at: Point(x: 0, y: y), role: titleRole)
      case .row(let r):
        area.put(r.keys.padded(to: keyWidth), at: Point(x: 2, y: y), role: keyRole)
        let x = 2 + keyWidth + 2
        area.put(r.summary.clipped(to: area.size.width - x), at: Point(x: x, y: y), role: role)
      case .blank: break
      }
    }
  }
}
