/// A single-line text input over graphemes, for forms, search boxes and dialogs.
///
/// Editing works on `Character`s, so a Chinese character, an emoji or `e` + combining
/// accent is one step for the arrow keys and Backspace. The cursor column is measured in
/// display cells; the view scrolls horizontally so the cursor is always visible, and a
/// wide character is never split at either edge.
///
/// Keys: printable characters insert; Backspace/Delete; Left/Right; and the shell's editing
/// keys (`TextEdit`): Ctrl-A/Home (start), Ctrl-E/End (end), Ctrl-U (delete to start),
/// Ctrl-W (delete the word before the cursor), Ctrl-K (delete to end).
/// Enter, Tab, Esc and the rest are not consumed: the form or dialog decides.
public struct TextField: Hashable, Sendable {
  /// The text, one element per grapheme.
  public private(set) var characters: [Character]
  /// Insertion point: 0…`characters.count`.
  public private(set) var cursor: Int
  /// The most graphemes the field holds (nil: unlimited). Inserts beyond it are cut.
  public var maxLength: Int?
  /// Shown in `muted` when the field is empty.
  public var placeholder: String
  /// The width the field is drawn at; with it, edits keep `scrollOffset` stable. Rendering
  /// corrects the offset for whatever width it is given, so this is only a hint.
  public var viewWidth: Int
  /// The first visible grapheme.
  public private(set) var scrollOffset: Int = 0

  public init(
    text: String = "", placeholder: String = "", maxLength: Int? = nil, viewWidth: Int = 0
  ) {
    self.characters = []
    self.cursor = 0
    self.maxLength = maxLength
    self.placeholder = placeholder
    self.viewWidth = viewWidth
    insert(text)
  }

  /// The text; setting it puts the cursor at the end.
  public var text: String {
    get { String(characters) }
    set {
      characters = []
      cursor = 0
      scrollOffset = 0
      insert(newValue)
    }
  }

  public var isEmpty: Bool { characters.isEmpty }

  /// The cursor's column in display cells from the start of the text.
  public var cursorColumn: Int { DisplayWidth.of(characters[..<cursor]) }

  // MARK: - Editing

  /// Inserts text at the cursor (typing or paste). Newlines and other control characters
  /// become spaces; text past `maxLength` is dropped.
  public mutating func insert(_ text: String) {
    var new: [Character] = []
    for ch in text {
      if ch.isNewline || ch == "\t" {
        new.append(" ")
      } else if ch.unicodeScalars.first?.properties.generalCategory != .control {
        new.append(ch)
      }
    }
    if let maxLength { new = Array(new.prefix(Swift.max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: new, at: cursor)
    cursor += new.count
    scrollToCursor()
  }

  /// Handles an editing key; returns false for keys the field does not use.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c): insert(String(c))
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left: cursor = Swift.max(0, cursor - 1)
    case .right: cursor = Swift.min(characters.count, cursor + 1)
    default:
      guard let edit = TextEdit(key) else { return false }
      perform(edit)
    }
    scrollToCursor()
    return true
  }

  /// Performs one of the shell's editing keys.
  public mutating func perform(_ edit: TextEdit) {
    switch edit {
    case .lineStart: cursor = 0
    case .lineEnd: cursor = characters.count
    case .deleteToStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .deleteWord:
      let start = TextEdit.wordStart(in: characters, before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .deleteToEnd: characters.removeSubrange(cursor...)
    }
    scrollToCursor()
  }

  /// Moves the cursor to grapheme `index` (clamped).
  public mutating func moveCursor(to index: Int) {
    cursor = Swift.max(0, Swift.min(characters.count, index))
    scrollToCursor()
  }

  private mutating func scrollToCursor() {
    scrollOffset = Swift.min(scrollOffset, characters.count)
    if viewWidth > 0 { scrollOffset = visibleStart(width: viewWidth) }
  }

  // MARK: - Layout and drawing

  /// The first grapheme to show in `width` cells so the cursor (which needs one cell of its
  /// own at the end of the text) is visible: starts from `scrollOffset`, moves only as far
  /// as needed, and shows as much text as fits.
  public func visibleStart(width: Int) -> Int {
    guard width > 0 else { return cursor }
    var start = Swift.min(scrollOffset, cursor)
    // Scroll right until the cursor cell fits.
    var before = DisplayWidth.of(characters[start..<cursor])
    while start < cursor && before + 1 > width {
      before -= characters[start].displayWidth
      start += 1
    }
    // Scroll back left while the text from there to the end (plus cursor) still fits.
    var tail = DisplayWidth.of(characters[start...])
    while start > 0 && tail + characters[start - 1].displayWidth + 1 <= width {
      start -= 1
      tail += characters[start].displayWidth
    }
    return start
  }

  /// The cursor's column within a view of `width` cells.
  public func cursorColumn(inWidth width: Int) -> Int {
    let start = visibleStart(width: width)
    return Swift.min(Swift.max(0, width - 1), DisplayWidth.of(characters[start..<cursor]))
  }

  /// Draws the field on row `rect.y` of `surface` across `rect.width` cells, background
  /// filled in `role`; with `focused`, the terminal cursor is placed in it.
  public func render(
    on surface: some Surface, in rect: Rect, focused: Bool, role: Role? = nil,
    placeholderRole: Role = .muted
  ) {
    let role = role ?? (focused ? .inputFocused : .input)
    let area = surface.region(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
    area.fill(area.bounds, role: role)
    let width = area.size.width
    guard width > 0 else { return }
    if characters.isEmpty && !placeholder.isEmpty {
      area.put(placeholder.clipped(to: width), at: .zero, role: placeholderRole)
    } else {
      let start = visibleStart(width: width)
      area.put(String(characters[start...]), at: .zero, role: role)
    }
    if focused { area.cursor = Point(x: cursorColumn(inWidth: width), y: 0) }
  }
}
