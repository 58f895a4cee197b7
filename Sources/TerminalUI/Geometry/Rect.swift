/// A rectangle of terminal cells: an origin (top left) and a size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var origin: Point
  public var size: Size

  public init(origin: Point, size: Size) {
    self.origin = origin
    self.size = size
  }

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
  }

  /// A rectangle at the origin covering `size`.
  public init(size: Size) {
    self.init(origin: .zero, size: size)
  }

  public var x: Int { origin.x }
  public var y: Int { origin.y }
  public var width: Int { size.width }
  public var height: Int { size.height }
  /// One past the last column.
  public var maxX: Int { origin.x + size.width }
  /// One past the last row.
  public var maxY: Int { origin.y + size.height }
  public var isEmpty: Bool { size.width <= 0 || size.height <= 0 }

  public var description: String { "\(origin) \(size)" }

  public func contains(_ p: Point) -> Bool {
    p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
  }

  /// The overlap of two rectangles (empty, with non-negative size, when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let x0 = Swift.max(x, other.x)
    let y0 = Swift.max(y, other.y)
    let x1 = Swift.min(maxX, other.maxX)
    let y1 = Swift.min(maxY, other.maxY)
    return Rect(x: x0, y: y0, width: Swift.max(0, x1 - x0), height: Swift.max(0, y1 - y0))
  }

  /// This rectangle shrunk by the given margins (never to a negative size).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(
      x: x + left, y: y + top, width: Swift.max(0, width - left - right),
      height: Swift.max(0, height - top - bottom))
  }

  /// This rectangle shrunk by `n` on every side.
  public func inset(by n: Int) -> Rect {
    inset(top: n, left: n, bottom: n, right: n)
  }

  /// Splits off the top `rows` rows: returns (top, rest).
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let n = Swift.max(0, Swift.min(rows, height))
    return (
      Rect(x: x, y: y, width: width, height: n),
      Rect(x: x, y: y + n, width: width, height: height - n)
    )
  }

  /// Splits off the bottom `rows` rows: returns (rest, bottom).
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let n = Swift.max(0, Swift.min(rows, height))
    return (
      Rect(x: x, y: y, width: width, height: height - n),
      Rect(x: x, y: maxY - n, width: width, height: n)
    )
  }

  /// Splits off the left `columns` columns: returns (left, rest).
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let n = Swift.max(0, Swift.min(columns, width))
    return (
      Rect(x: x, y: y, width: n, height: height),
      Rect(x: x + n, y: y, width: width - n, height: height)
    )
  }

  /// The single row `row` (relative to this rectangle's top).
  public func row(_ row: Int) -> Rect {
    Rect(x: x, y: y + row, width: width, height: 1)
  }

  /// A rectangle of `size` centred in this one (clamped to fit).
  public func centered(_ size: Size) -> Rect {
    let w = Swift.min(size.width, width)
    let h = Swift.min(size.height, height)
    return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
  }
}
