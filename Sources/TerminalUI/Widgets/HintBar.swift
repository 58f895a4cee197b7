/// The bottom line of key hints: `F1 帮助  / 搜索  Enter 打开  q 返回`.
///
/// Items are drawn in order, key labels in `keyRole` and summaries in `role`; items that
/// do not fit are left out whole (never half a hint).
public struct HintBar: Hashable, Sendable {
  /// One hint: a key label (see `KeySpec.label`) and what it does. A disabled hint (the key
  /// would be refused here) is drawn muted, key and all.
  public struct Item: Hashable, Sendable {
    public var key: String
    public var summary: String
    public var disabled: Bool

    public init(key: String, summary: String, disabled: Bool = false) {
      self.key = key
      self.summary = summary
      self.disabled = disabled
    }
  }

  public var items: [Item]
  public var role: Role
  public var keyRole: Role

  public init(_ items: [Item], role: Role = .hint, keyRole: Role = .hintKey) {
    self.items = items
    self.role = role
    self.keyRole = keyRole
  }

  /// Convenience: `HintBar([("F1", "帮助"), ("q", "返回")])`.
  public init(pairs: [(String, String)], role: Role = .hint, keyRole: Role = .hintKey) {
    self.init(pairs.map { Item(key: $0.0, summary: $0.1) }, role: role, keyRole: keyRole)
  }

  /// Cells one item takes: `key`, a space, `summary`.
  private static func width(_ item: Item) -> Int {
    item.key.displayWidth + 1 + item.summary.displayWidth
  }

  /// Draws the hints on the first row of `rect`.
  public func render(on surface: some Surface, in rect: Rect) {
    let bar = surface.region(rect.row(0))
    bar.fill(bar.bounds, role: role)
    let width = bar.size.width
    var x = 0
    for (i, item) in items.enumerated() {
      let gap = i == 0 ? 0 : 2
      let w = Self.width(item)
      if x + gap + w > width {
        // Not even the first fits: show what we can of it.
        if i == 0 {
          bar.putSegments(
            [Segment(item.key, role: keyRole), Segment(" " + item.summary)], at: .zero,
            limit: width, role: role)
        }
        break
      }
      x += gap
      x += bar.put(item.key, at: Point(x: x, y: 0), role: item.disabled ? .muted : keyRole)
      x += 1
      x += bar.put(item.summary, at: Point(x: x, y: 0), role: item.disabled ? .muted : role)
    }
  }
}
