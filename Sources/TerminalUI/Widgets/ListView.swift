/// Selection and scrolling for a list of `count` rows, of which `height` are visible.
///
/// The list holds no rows itself: the app asks `visibleRange` which rows to fetch (so a
/// million cases cost one page of queries) and draws them in `render`'s row closure.
public struct ListView: Hashable, Sendable {
  /// Number of rows in the whole list.
  public var count: Int {
    didSet { clamp() }
  }
  /// Rows visible at once (set it from the layout; paging uses it).
  public var height: Int {
    didSet { clamp() }
  }
  /// The selected row (0 when the list is empty).
  public private(set) var selection: Int = 0
  /// The first visible row.
  public private(set) var offset: Int = 0

  public init(count: Int = 0, height: Int = 1) {
    self.count = Swift.max(0, count)
    self.height = Swift.max(1, height)
    clamp()
  }

  /// The rows to fetch and draw: `offset ..< offset + height`, cut at `count`.
  public var visibleRange: Range<Int> {
    offset..<Swift.min(count, offset + Swift.max(1, height))
  }

  public var isEmpty: Bool { count == 0 }

  /// Selects row `index` (clamped) and scrolls it into view.
  public mutating func select(_ index: Int) {
    selection = index
    clamp()
  }

  public mutating func moveUp(by n: Int = 1) { select(selection - n) }
  public mutating func moveDown(by n: Int = 1) { select(selection + n) }

  /// Moves a page up; the selection keeps its place on screen where possible.
  public mutating func pageUp() {
    let page = Swift.max(1, height - 1)
    offset = Swift.max(0, offset - page)
    select(selection - page)
  }

  /// Moves a page down; the selection keeps its place on screen where possible.
  public mutating func pageDown() {
    let page = Swift.max(1, height - 1)
    offset = Swift.min(Swift.max(0, count - height), offset + page)
    select(selection + page)
  }

  public mutating func moveToFirst() { select(0) }
  public mutating func moveToLast() { select(count - 1) }

  /// Handles list movement: j/k, Up/Down, PgUp/PgDn (and Ctrl-B/Ctrl-F), Home/End (and
  /// g/G). Returns false for other keys. Apps that route keys through a `Keymap` call the
  /// move methods instead.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char("j"), .down: moveDown()
    case .char("k"), .up: moveUp()
    case .pageDown, .ctrl("f"): pageDown()
    case .pageUp, .ctrl("b"): pageUp()
    case .home, .char("g"): moveToFirst()
    case .end, .char("G"): moveToLast()
    default: return false
    }
    return true
  }

  private mutating func clamp() {
    if height < 1 { height = 1 }
    if count < 0 { count = 0 }
    selection = Swift.max(0, Swift.min(selection, count - 1))
    if selection < offset { offset = selection }
    if selection >= offset + height { offset = selection - height + 1 }
    offset = Swift.max(0, Swift.min(offset, count - height))
  }

  /// Draws visible rows in `rect` (one row per line; `rect.height` overrides `height` for
  /// this frame). For each visible row the closure gets the row index, a one-line surface
  /// to draw it on (already filled with `selectedRole` for the selection, `role`
  /// otherwise) and whether it is selected.
  public func render(
    on surface: some Surface, in rect: Rect, role: Role = .normal,
    selectedRole: Role = .selected,
    row draw: (_ index: Int, _ line: SubSurface, _ selected: Bool) -> Void
  ) {
    var view = self
    view.height = Swift.max(1, rect.height)
    surface.fill(rect, role: role)
    for (i, index) in view.visibleRange.enumerated() {
      let line = surface.region(rect.row(i))
      let selected = index == selection
      line.fill(line.bounds, role: selected ? selectedRole : role)
      draw(index, line, selected)
    }
  }
}
