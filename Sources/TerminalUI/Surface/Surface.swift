/// Something widgets draw on: the in-memory `CellGrid`, or a `SubSurface` region of one.
///
/// Surfaces are reference types so a region can be handed to a widget and write through to
/// the grid beneath. They belong to one thread (the UI's); they are not `Sendable`.
///
/// Conformers implement only `setCell`; `put` and `fill` do the clipping for all of them.
public protocol Surface: AnyObject {
  /// The drawable area, in cells.
  var size: Size { get }
  /// Where the terminal cursor should sit (for text input), or nil to hide it.
  var cursor: Point? { get set }
  /// Writes one grapheme of `width` (1 or 2) cells at `point`. Callers guarantee that all
  /// `width` cells lie inside `size`; use `put` rather than calling this directly.
  func setCell(_ character: Character, width: Int, at point: Point, role: Role)
}

extension Surface {
  /// The whole surface as a rectangle at the origin.
  public var bounds: Rect { Rect(size: size) }

  /// Draws `text` on one row starting at `point`, clipped by display width to the surface
  /// edge and to `maxWidth` cells. Never wraps. A 2-cell character that would not fit is
  /// drawn as a space; tabs and newlines are drawn as spaces; other controls, bidi overrides
  /// and stray joiners are drawn as their visible escapes (`TerminalText`, the same rule as
  /// the command line); lone combining marks are dropped. Returns the number of cells advanced.
  @discardableResult
  public func put(_ text: String, at point: Point, role: Role = .normal, maxWidth: Int? = nil)
    -> Int
  {
    guard point.y >= 0, point.y < size.height else { return 0 }
    var limit = size.width - point.x
    if let maxWidth { limit = Swift.min(limit, maxWidth) }
    guard limit > 0 else { return 0 }
    var used = 0
    /// Draws one grapheme; false once the limit is reached.
    func place(_ ch: Character) -> Bool {
      let w = ch.displayWidth
      if w == 0 { return true }  // a lone combining mark
      let x = point.x + used
      if used + w > limit {
        if used < limit && x >= 0 {
          setCell(" ", width: 1, at: Point(x: x, y: point.y), role: role)
        }
        used = limit
        return false
      }
      if x >= 0 {
        setCell(ch, width: w, at: Point(x: x, y: point.y), role: role)
      } else if x + w > 0 {
        // A wide character straddling the left edge: only its right half would show.
        setCell(" ", width: 1, at: Point(x: 0, y: point.y), role: role)
      }
      used += w
      return true
    }
    for ch in text {
      if ch == "\n" || ch == "\r\n" || ch == "\t" {
        guard place(" ") else { break }
      } else if let shown = TerminalText.visible(ch, lines: .escape) {
        guard shown.allSatisfy({ place($0) }) else { break }
      } else {
        guard place(ch) else { break }
      }
    }
    return used
  }

  /// Draws `text` so that it ends at column `rightEdge` (exclusive) on row `y`, clipped.
  @discardableResult
  public func putRight(_ text: String, endingAt rightEdge: Int, y: Int, role: Role = .normal)
    -> Int
  {
    let w = text.displayWidth
    return put(text, at: Point(x: rightEdge - w, y: y), role: role)
  }

  /// Blanks every cell of `rect` (clipped to the surface) and gives it `role`.
  public func fill(_ rect: Rect, role: Role = .normal) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX {
        setCell(" ", width: 1, at: Point(x: x, y: y), role: role)
      }
    }
  }

  /// Blanks the whole surface in `role`.
  public func clear(role: Role = .normal) {
    fill(bounds, role: role)
  }

  /// A view of `rect` of this surface in local coordinates, clipped to it.
  public func region(_ rect: Rect) -> SubSurface {
    SubSurface(base: self, frame: rect)
  }
}
