/// A row of tabs with optional counts: ` 待办 120 │ 逾期 3 │ 已办结 `, the active one in
/// `activeRole`. Tabs that do not fit are cut at the right edge with "…".
public struct TabBar: Hashable, Sendable {
  /// One tab.
  public struct Tab: Hashable, Sendable {
    public var label: String
    /// Shown after the label (nil: none).
    public var count: Int?

    public init(_ label: String, count: Int? = nil) {
      self.label = label
      self.count = count
    }

    /// The tab's text without padding: `待办 120`.
    public var title: String { count.map { "\(label) \($0)" } ?? label }
  }

  public var tabs: [Tab]
  /// Index of the active tab.
  public var active: Int
  public var role: Role
  public var activeRole: Role

  public init(_ tabs: [Tab], active: Int = 0, role: Role = .tab, activeRole: Role = .tabActive) {
    self.tabs = tabs
    self.active = active
    self.role = role
    self.activeRole = activeRole
  }

  /// Draws the tabs on the first row of `rect`.
  public func render(on surface: some Surface, in rect: Rect) {
    let bar = surface.region(rect.row(0))
    bar.fill(bar.bounds, role: role)
    var segments: [Segment] = []
    for (i, tab) in tabs.enumerated() {
      if i > 0 { segments.append(Segment("│")) }
      segments.append(Segment(" \(tab.title) ", role: i == active ? activeRole : role))
    }
    bar.putSegments(segments, at: .zero, limit: bar.size.width, role: role)
  }

  /// The tab under column `x` (for mouse-free tests and future mouse support), or nil.
  public func tab(atColumn x: Int) -> Int? {
    var col = 0
    for (i, tab) in tabs.enumerated() {
      if i > 0 { col += 1 }
      let w = tab.title.displayWidth + 2
      if x >= col && x < col + w { return i }
      col += w
    }
    return nil
  }
}
