/// Multi-line text input with soft wrapping by display width (for case descriptions and
/// notes).
///
/// Enter inserts a newline; Up/Down move by visual (wrapped) line keeping the column;
/// Home/End go to the start/end of the visual line; PgUp/PgDn move by a screenful. The view
/// scrolls to keep the cursor visible; the shell's editing keys (`TextEdit`: Ctrl-A/E, Ctrl-U,
/// Ctrl-W, Ctrl-K) work as in a text field. Tab, Esc and other Ctrl keys are left to the
/// caller (e.g. Ctrl-S to save).
public struct TextArea: Hashable, Sendable {
  /// One row of wrapped text: a range of `characters` (never including a newline).
  public struct VisualLine: Hashable, Sendable {
    public var range: Range<Int>
    /// True for the last row of a paragraph (followed by a newline or the end).
    public var endsParagraph: Bool
  }

  /// The text, one element per grapheme; `"\n"` separates paragraphs.
  public private(set) var characters: [Character] = []
  /// Insertion point: 0…`characters.count`.
  public private(set) var cursor: Int = 0
  /// The most graphemes the area holds (nil: unlimited).
  public var maxLength: Int?
  /// Shown in `muted` when empty.
  public var placeholder: String
  /// Width and height the area is drawn at; used for Up/Down and paging. Rendering
  /// corrects for the real size, so these are hints (0: assume 80×10).
  public var viewWidth: Int
  public var viewHeight: Int
  /// First visible visual line.
  public private(set) var scrollTop: Int = 0
  private var goalColumn: Int?

  public init(
    text: String = "", placeholder: String = "", maxLength: Int? = nil, viewWidth: Int = 0,
    viewHeight: Int = 0
  ) {
    self.maxLength = maxLength
    self.placeholder = placeholder
    self.viewWidth = viewWidth
    self.viewHeight = viewHeight
    insert(text)
  }

  /// The text; setting it puts the cursor at the end.
  public var text: String {
    get { String(characters) }
    set {
      characters = []
      cursor = 0
      scrollTop = 0
      insert(newValue)
    }
  }

  private var width: Int { viewWidth > 0 ? viewWidth : 80 }
  private var height: Int { viewHeight > 0 ? viewHeight : 10 }

  // MARK: - Layout

  /// The text wrapped into rows of at most `width` cells.
  public func visualLines(width: Int) -> [VisualLine] {
    var out: [VisualLine] = []
    var start = 0
    while true {
      let end = characters[start...].firstIndex(of: "\n") ?? characters.count
      let rows = TextWrap.ranges(characters[start..<end], width: width)
      for (i, r) in rows.enumerated() {
        out.append(VisualLine(range: r, endsParagraph: i == rows.count - 1))
      }
      if end == characters.count { break }
      start = end + 1
    }
    return out
  }

  /// The cursor as (column in cells, visual line) when wrapped at `width`.
  public func cursorPosition(width: Int) -> Point {
    let lines = visualLines(width: width)
    let row = lineIndex(of: cursor, in: lines)
    let r = lines[row].range
    return Point(x: DisplayWidth.of(characters[r.lowerBound..<cursor]), y: row)
  }

  private func lineIndex(of index: Int, in lines: [VisualLine]) -> Int {
    for (i, line) in lines.enumerated() {
      if line.range.contains(index) || (index == line.range.upperBound && line.endsParagraph) {
        return i
      }
    }
    return lines.count - 1
  }

  /// The last index the cursor may take on `line` (a wrapped row ends before its last
  /// boundary, which belongs to the next row).
  private func lastIndex(of line: VisualLine) -> Int {
    line.endsParagraph || line.range.isEmpty ? line.range.upperBound : line.range.upperBound - 1
  }

  private func index(atColumn column: Int, on line: VisualLine) -> Int {
    var used = 0
    var i = line.range.lowerBound
    while i < lastIndex(of: line) {
      let w = characters[i].displayWidth
      if used + w > column { break }
      used += w
      i += 1
    }
    return i
  }

  // MARK: - Editing

  /// Inserts text at the cursor; `\r\n` and `\r` become `\n`, tabs a space.
  public mutating func insert(_ text: String) {
    var new: [Character] = []
    for ch in text {
      if ch.isNewline {
        new.append("\n")
      } else if ch == "\t" {
        new.append(" ")
      } else if ch.unicodeScalars.first?.properties.generalCategory != .control {
        new.append(ch)
      }
    }
    if let maxLength { new = Array(new.prefix(Swift.max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: new, at: cursor)
    cursor += new.count
    goalColumn = nil
    scrollToCursor()
  }

  /// Handles an editing or movement key; returns false for keys the area does not use.
  public mutating func handle(_ key: Key) -> Bool {
    var keepGoal = false
    switch key {
    case .char(let c): insert(String(c))
    case .enter: insert("\n")
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = Swift.max(0, cursor - 1)
    case .right: cursor = Swift.min(characters.count, cursor + 1)
    case .up, .down, .pageUp, .pageDown:
      let lines = visualLines(width: width)
      let pos = cursorPosition(width: width)
      let goal = goalColumn ?? pos.x
      let step: Int
      switch key {
      case .up: step = -1
      case .down: step = 1
      case .pageUp: step = -Swift.max(1, height - 1)
      default: step = Swift.max(1, height - 1)
      }
      let target = Swift.max(0, Swift.min(lines.count - 1, pos.y + step))
      if target == pos.y {
        cursor = step < 0 ? 0 : characters.count
      } else {
        cursor = index(atColumn: goal, on: lines[target])
      }
      goalColumn = goal
      keepGoal = true
    default:
      guard let edit = TextEdit(key) else { return false }
      perform(edit)
      return true
    }
    cursor = Swift.min(cursor, characters.count)
    if !keepGoal { goalColumn = nil }
    scrollToCursor()
    return true
  }

  /// Performs one of the shell's editing keys: start and end of the visual line, deleting to
  /// the start or end of the paragraph (at its end, Ctrl-K joins the next one), deleting the
  /// word before the cursor.
  public mutating func perform(_ edit: TextEdit) {
    switch edit {
    case .lineStart:
      let lines = visualLines(width: width)
      cursor = lines[lineIndex(of: cursor, in: lines)].range.lowerBound
    case .lineEnd:
      let lines = visualLines(width: width)
      cursor = lastIndex(of: lines[lineIndex(of: cursor, in: lines)])
    case .deleteToEnd:
      let end = characters[cursor...].firstIndex(of: "\n") ?? characters.count
      let stop = end == cursor ? Swift.min(characters.count, end + 1) : end
      characters.removeSubrange(cursor..<stop)
    case .deleteToStart:
      let start = characters[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .deleteWord:
      let start = TextEdit.wordStart(in: characters, before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    }
    cursor = Swift.min(cursor, characters.count)
    goalColumn = nil
    scrollToCursor()
  }

  private mutating func scrollToCursor() {
    scrollTop = visibleTop(width: width, height: height)
  }

  /// The first visual line to show in a `width` × `height` view so the cursor is visible.
  public func visibleTop(width: Int, height: Int) -> Int {
    let lines = visualLines(width: width)
    let row = lineIndex(of: cursor, in: lines)
    var top = Swift.min(scrollTop, Swift.max(0, lines.count - 1))
    if row < top { top = row }
    if height > 0 && row >= top + height { top = row - height + 1 }
    return Swift.max(0, top)
  }

  // MARK: - Drawing

  /// Draws the area in `rect`; with `focused`, places the terminal cursor.
  public func render(
    on surface: some Surface, in rect: Rect, focused: Bool, role: Role? = nil,
    placeholderRole: Role = .muted
  ) {
    let role = role ?? (focused ? .inputFocused : .input)
    let area = surface.region(rect)
    area.fill(area.bounds, role: role)
    let w = area.size.width
    let h = area.size.height
    guard w > 0, h > 0 else { return }
    if characters.isEmpty && !placeholder.isEmpty {
      for (i, line) in placeholder.wrapped(to: w).prefix(h).enumerated() {
        area.put(line, at: Point(x: 0, y: i), role: placeholderRole)
      }
    }
    let lines = visualLines(width: w)
    let top = visibleTop(width: w, height: h)
    for row in 0..<h where top + row < lines.count {
      area.put(String(characters[lines[top + row].range]), at: Point(x: 0, y: row), role: role)
    }
    if focused {
      let pos = cursorPosition(width: w)
      area.cursor = Point(x: Swift.min(pos.x, w - 1), y: pos.y - top)
    }
  }
}
