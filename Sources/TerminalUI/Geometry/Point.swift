/// A position in terminal cells: `x` is the column, `y` the row, both from 0 at the top left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  /// The origin (0, 0).
  public static let zero = Point(x: 0, y: 0)

  public var description: String { "(\(x), \(y))" }

  /// This point moved by `dx` columns and `dy` rows.
  public func offset(dx: Int = 0, dy: Int = 0) -> Point {
    Point(x: x + dx, y: y + dy)
  }
}
