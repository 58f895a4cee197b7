/// A one-line bar with segments on the left and right, e.g. `待办 120  逾期 3` and
/// `已保存 14:02`. The right side is drawn whole when it fits; the left is cut with "…".
public struct StatusBar: Hashable, Sendable {
  public var left: [Segment]
  public var right: [Segment]
  /// The bar's background and default text role.
  public var role: Role

  public init(left: [Segment] = [], right: [Segment] = [], role: Role = .status) {
    self.left = left
    self.right = right
    self.role = role
  }

  /// Convenience: plain text on each side.
  public init(left: String, right: String = "", role: Role = .status) {
    self.init(left: [Segment(left)], right: [Segment(right)], role: role)
  }

  /// Draws the bar on the first row of `rect`, with one cell of margin at each end.
  public func render(on surface: some Surface, in rect: Rect) {
    let bar = surface.region(rect.row(0))
    bar.fill(bar.bounds, role: role)
    let width = bar.size.width
    let rightWidth = right.reduce(0) { $0 + $1.text.displayWidth }
    let showRight = rightWidth > 0 && rightWidth + 4 <= width
    let leftLimit = (showRight ? width - rightWidth - 3 : width - 2)
    bar.putSegments(left, at: Point(x: 1, y: 0), limit: leftLimit, role: role)
    if showRight {
      bar.putSegments(
        right, at: Point(x: width - 1 - rightWidth, y: 0), limit: rightWidth, role: role)
    }
  }
}
