/// A rectangular region of another surface, with its own coordinates starting at (0, 0).
///
/// Drawing is translated into the base and clipped to the region: text never spills past
/// its right edge, and a 2-cell character whose right half would fall off is drawn as a
/// space. Regions nest.
public final class SubSurface: Surface {
  /// The surface this region draws on.
  public let base: any Surface
  /// The region in `base` coordinates (already clipped to the base's bounds).
  public let frame: Rect

  /// A region of `base` covering `frame` (clipped to the base's bounds).
  public init(base: any Surface, frame: Rect) {
    self.base = base
    self.frame = frame.intersection(Rect(size: base.size))
  }

  public var size: Size { frame.size }

  /// The base's cursor in local coordinates (nil when it lies outside this region). Setting
  /// a point outside the region hides the cursor.
  public var cursor: Point? {
    get {
      guard let c = base.cursor, frame.contains(c) else { return nil }
      return Point(x: c.x - frame.x, y: c.y - frame.y)
    }
    set {
      guard let p = newValue, bounds.contains(p) else {
        base.cursor = nil
        return
      }
      base.cursor = Point(x: p.x + frame.x, y: p.y + frame.y)
    }
  }

  public func setCell(_ character: Character, width: Int, at point: Point, role: Role) {
    base.setCell(
      character, width: width, at: Point(x: point.x + frame.x, y: point.y + frame.y), role: role)
  }
}
