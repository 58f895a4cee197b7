/// Column layout by display width, for lists drawn as tables (编号 | 事项 | 层级 | 期限).
///
/// Each column starts at its `minWidth`; leftover space goes evenly to columns that may
/// grow (up to `maxWidth`, nil for no limit). When even the minimums do not fit, the last
/// columns shrink and then disappear. Cells are clipped with "…" and aligned.
public struct Table: Hashable, Sendable {
  /// One column.
  public struct Column: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    /// nil: takes any spare room.
    public var maxWidth: Int?
    public var alignment: TextAlignment

    public init(
      _ title: String, minWidth: Int, maxWidth: Int? = nil, alignment: TextAlignment = .left
    ) {
      self.title = title
      self.minWidth = Swift.max(0, minWidth)
      self.maxWidth = maxWidth.map { Swift.max($0, Swift.max(0, minWidth)) }
      self.alignment = alignment
    }

    /// A column exactly `width` cells wide.
    public static func fixed(_ title: String, width: Int, alignment: TextAlignment = .left)
      -> Column
    {
      Column(title, minWidth: width, maxWidth: width, alignment: alignment)
    }
  }

  public var columns: [Column]
  /// Blank cells between columns.
  public var spacing: Int

  public init(_ columns: [Column], spacing: Int = 1) {
    self.columns = columns
    self.spacing = Swift.max(0, spacing)
  }

  /// Column widths for a row `totalWidth` cells wide (0 for dropped columns).
  public func widths(for totalWidth: Int) -> [Int] {
    var w = columns.map(\.minWidth)
    let n = columns.count
    guard n > 0 else { return [] }
    var remaining = totalWidth - w.reduce(0, +) - spacing * (n - 1)
    var i = n - 1
    var shrunk = false
    while remaining < 0 && i >= 0 {
      shrunk = true
      let cut = Swift.min(w[i], -remaining)
      w[i] -= cut
      remaining += cut
      if w[i] == 0 && i > 0 { remaining += spacing }  // a dropped column needs no gap
      i -= 1
    }
    while remaining > 0 {
      // After shrinking, dropped columns stay dropped; the room left goes to the others.
      let growable = (0..<n).filter { j in
        (!shrunk || w[j] > 0) && (columns[j].maxWidth.map { w[j] < $0 } ?? true)
      }
      guard !growable.isEmpty else { break }
      let share = Swift.max(1, remaining / growable.count)
      for j in growable where remaining > 0 {
        let cap = columns[j].maxWidth ?? Int.max
        let add = Swift.min(share, cap - w[j], remaining)
        w[j] += add
        remaining -= add
      }
    }
    return w
  }

  /// One row as text exactly `totalWidth` cells wide (cells clipped with "…", aligned).
  public func format(_ values: [String], width totalWidth: Int) -> String {
    let ws = widths(for: totalWidth)
    var parts: [String] = []
    for (i, w) in ws.enumerated() where w > 0 {
      let value = i < values.count ? values[i] : ""
      parts.append(value.padded(to: w, alignment: columns[i].alignment))
    }
    return parts.joined(separator: String(repeating: " ", count: spacing)).padded(to: totalWidth)
  }

  /// The column titles as text, laid out like `format`.
  public func header(width: Int) -> String {
    format(columns.map(\.title), width: width)
  }

  /// Draws one row on the first line of `rect`: each cell in its segment's role (or `role`).
  public func render(
    _ cells: [Segment], on surface: some Surface, in rect: Rect, role: Role = .normal
  ) {
    let line = surface.region(rect.row(0))
    let ws = widths(for: line.size.width)
    var x = 0
    for (i, w) in ws.enumerated() where w > 0 {
      let cell = i < cells.count ? cells[i] : Segment("")
      line.put(
        cell.text.padded(to: w, alignment: columns[i].alignment), at: Point(x: x, y: 0),
        role: cell.role ?? role)
      x += w + spacing
    }
  }
}
