/// An in-memory screen of cells: what the app draws each frame, what a backend paints, and
/// what tests compare as text.
///
/// Invariant: a continuation cell always sits right of a 2-cell character and vice versa;
/// overwriting either half of a wide character blanks the other half.
public final class CellGrid: Surface {
  public private(set) var size: Size
  public var cursor: Point?
  private var cells: [Cell]

  /// A blank grid of `size` in `role`.
  public init(size: Size, role: Role = .normal) {
    let s = Size(width: Swift.max(0, size.width), height: Swift.max(0, size.height))
    self.size = s
    self.cells = Array(repeating: .blank(role), count: s.width * s.height)
  }

  /// A blank grid `width` × `height`.
  public convenience init(width: Int, height: Int) {
    self.init(size: Size(width: width, height: height))
  }

  /// Resizes to `newSize` and blanks everything (the app redraws each frame anyway).
  public func reset(to newSize: Size, role: Role = .normal) {
    size = Size(width: Swift.max(0, newSize.width), height: Swift.max(0, newSize.height))
    cells = Array(repeating: .blank(role), count: size.width * size.height)
    cursor = nil
  }

  /// The cell at column `x`, row `y` (which must be in bounds).
  public subscript(x: Int, y: Int) -> Cell {
    precondition(x >= 0 && x < size.width && y >= 0 && y < size.height, "cell out of bounds")
    return cells[y * size.width + x]
  }

  /// The role of the cell at column `x`, row `y`.
  public func roleAt(_ x: Int, _ y: Int) -> Role {
    self[x, y].role
  }

  /// Row `y` as text: graphemes in order, continuation cells skipped.
  public func line(_ y: Int, trimmingTrailingSpaces trim: Bool = true) -> String {
    var s = ""
    let start = y * size.width
    for cell in cells[start..<start + size.width] where !cell.isContinuation {
      s.append(cell.character)
    }
    if trim {
      while s.last == " " { s.removeLast() }
    }
    return s
  }

  /// Every row as text, trailing spaces trimmed.
  public var lines: [String] { (0..<size.height).map { line($0) } }

  /// The screen as text for snapshot tests: one line per row, trailing spaces trimmed,
  /// joined by "\n".
  public func text() -> String {
    lines.joined(separator: "\n")
  }

  /// The first position where `needle` starts, searching rows top to bottom, as a cell
  /// position (display columns, not character offsets); nil when absent.
  public func find(_ needle: String) -> Point? {
    for y in 0..<size.height {
      let row = line(y, trimmingTrailingSpaces: false)
      if let r = row.range(of: needle) {
        return Point(x: row[..<r.lowerBound].displayWidth, y: y)
      }
    }
    return nil
  }

  public func setCell(_ character: Character, width: Int, at point: Point, role: Role) {
    let w = size.width
    let x = point.x
    let y = point.y
    guard y >= 0, y < size.height, x >= 0, x + Swift.max(1, width) <= w else { return }
    let i = y * w + x
    // Keep wide characters whole: orphaned halves become blanks.
    if cells[i].isContinuation && x > 0 { cells[i - 1] = .blank(cells[i - 1].role) }
    let end = x + Swift.max(1, width)  // first cell after the new character
    if end < w && cells[y * w + end].isContinuation {
      cells[y * w + end] = .blank(cells[y * w + end].role)
    }
    cells[i] = Cell(character, role: role)
    if width == 2 { cells[i + 1] = .continuation(role) }
  }
}
