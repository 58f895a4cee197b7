/// A one-line bar with segments on the left and right, e.g. `待办 120 · 逾期 3` and
/// `已保存 14:02`. The right side is drawn whole when it fits; the left is clipped with "…".
public struct StatusBar: Hashable, Sendable {
  public var left: [Segment]
  public var right: [Segment]
  /// The bar's background and default text role.
  public var role: Role
  /// Drawn between segments on one side.
  public var separator: String

  public init(
    left: [Segment] = [], right: [Segment] = [], role: Role = .status, separator: String = "  "
  ) {
    self.left = left
    self.right = right
    self.role = role
    self.separator = separator
  }

  /// Convenience: one plain segment per side.
  public init(left: String, right: String = "", role: Role = .status) {
    self.init(
      left: left.isEmpty ? [] : [Segment(left)], right: right.isEmpty ? [] : [Segment(right)],
      role: role)
  }

  /// Draws the bar on the first row of `rect`.
  public func render(on surface: some Surface, in rect: Rect) {
    let bar = surface.region(rect.row(0))
    bar.fill(bar.bounds, role: role)
    let width = bar.size.width
    let rightWidth = Self.width(of: right, separator: separator)
    let showRight = !right.isEmpty && rightWidth + 2 <= width
    let leftLimit = showRight ? width - rightWidth - 2 : width
    draw(left, on: bar, from: 1, limit: leftLimit - 1)
    if showRight { draw(right, on: bar, from: width - 1 - rightWidth, limit: rightWidth) }
  }

  private static func width(of segments: [Segment], separator: String) -> Int {
    segments.reduce(0) { $0 + $1.text.displayWidth }
      + Swift.max(0, segments.count - 1) * separator.displayWidth
  }

  private func draw(_ segments: [Segment], on bar: SubSurface, from x: Int, limit: Int) {
    guard limit > 0 else { return }
    let total = Self.width(of: segments, separator: separator)
    var x = x
    var room = limit
    for (i, seg) in segments.enumerated() {
      let text = i > 0 ? separator + seg.text : seg.text
      // Clip with "…" only where the whole side does not fit.
      let shown = total > limit ? text.clipped(to: room) : text
      if i > 0 {
        let sep = shown.prefix(separator.count)
        x += bar.put(String(sep), at: Point(x: x, y: 0), role: role, maxWidth: room)
        room = limit - (x - (limit - room + x - x))
      }
      let body = i > 0 ? String(shown.dropFirst(separator.count)) : shown
      let used = bar.put(body, at: Point(x: x, y: 0), role: seg.role ?? role, maxWidth: room)
      x += used
      room -= used + (i > 0 ? separator.displayWidth : 0)
      if room <= 0 || shown != text { break }
    }
  }
}
