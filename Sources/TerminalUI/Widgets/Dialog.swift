/// A bordered box centred on the screen: a title, message lines, an optional text input
/// and a row of buttons. Used for confirmations ("结案？"), prompts ("退回原因") and errors.
///
/// Keys: Left/Right (and Tab/Shift-Tab) choose a button, Enter picks it, Esc cancels, a
/// button's own key picks it directly. With an input, editing keys go to the field and
/// Left/Right move its cursor; Tab still moves between buttons.
public struct Dialog: Hashable, Sendable {
  /// A choice at the bottom of the dialog.
  public struct Button: Hashable, Sendable {
    public var label: String
    /// A key that picks this button at once (e.g. `y`), shown nowhere; nil: none.
    public var key: Key?

    public init(_ label: String, key: Key? = nil) {
      self.label = label
      self.key = key
    }
  }

  /// What a key did to the dialog.
  public enum Outcome: Hashable, Sendable {
    /// The dialog did not use the key.
    case ignored
    /// The dialog used the key (moved, edited); keep it open and redraw.
    case handled
    /// The user picked button `index`; `input` holds the text (if any).
    case chosen(Int)
    /// The user pressed Esc.
    case cancelled
  }

  public var title: String
  /// Message text; wrapped to the dialog's width, newlines kept.
  public var message: String
  /// A text input under the message, or nil.
  public var input: TextField?
  public var buttons: [Button]
  /// The highlighted button.
  public var selectedButton: Int
  /// Widest the dialog grows (inside the border), in cells.
  public var maxWidth: Int
  public var role: Role = .dialog
  public var titleRole: Role = .dialogTitle
  public var buttonRole: Role = .dialog
  public var selectedButtonRole: Role = .selected

  public init(
    title: String, message: String = "", input: TextField? = nil,
    buttons: [Button] = [Button("确定")], selectedButton: Int = 0, maxWidth: Int = 60
  ) {
    self.title = title
    self.message = message
    self.input = input
    self.buttons = buttons
    self.selectedButton = selectedButton
    self.maxWidth = maxWidth
  }

  /// Handles a key; see `Outcome`.
  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .escape: return .cancelled
    case .enter: return buttons.isEmpty ? .chosen(0) : .chosen(selectedButton)
    case .tab: cycle(1)
    case .backTab: cycle(-1)
    case .left where input == nil: cycle(-1)
    case .right where input == nil: cycle(1)
    default:
      if input == nil, let i = buttons.firstIndex(where: { $0.key == key }) { return .chosen(i) }
      if var field = input, field.handle(key) {
        input = field
        return .handled
      }
      return .ignored
    }
    return .handled
  }

  private mutating func cycle(_ step: Int) {
    guard !buttons.isEmpty else { return }
    selectedButton = (selectedButton + step + buttons.count) % buttons.count
  }

  private var buttonsText: [String] { buttons.map { "[ \($0.label) ]" } }
  private var buttonsWidth: Int {
    buttonsText.reduce(0) { $0 + $1.displayWidth } + 2 * Swift.max(0, buttons.count - 1)
  }

  /// Where the dialog sits inside `bounds` (its border included).
  public func frame(in bounds: Rect) -> Rect {
    let longest =
      message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(\.displayWidth).max() ?? 0
    var inner = Swift.max(title.displayWidth + 4, longest, buttonsWidth, input == nil ? 0 : 30, 16)
    inner = Swift.min(inner, maxWidth, Swift.max(1, bounds.width - 4))
    let lines = message.isEmpty ? 0 : message.wrapped(to: inner).count
    let height = 2 + lines + (input == nil ? 0 : (lines > 0 ? 2 : 1)) + (buttons.isEmpty ? 0 : 2)
    return bounds.centered(Size(width: inner + 4, height: Swift.max(3, height)))
  }

  /// Draws the dialog centred on `surface`; with an input, places the cursor in it.
  public func render(on surface: some Surface) {
    let box = frame(in: surface.bounds)
    surface.fill(box, role: role)
    surface.drawBox(box, role: role, title: title, titleRole: titleRole)
    let inside = surface.region(box.inset(top: 1, left: 2, bottom: 1, right: 2))
    let w = inside.size.width
    let h = inside.size.height
    let reserved = (input == nil ? 0 : 1) + (buttons.isEmpty ? 0 : 2)
    var y = 0
    for line in message.isEmpty ? [] : message.wrapped(to: w) where y < h - reserved {
      inside.put(line, at: Point(x: 0, y: y), role: role)
      y += 1
    }
    if let input {
      if y > 0 { y += 1 }
      input.render(
        on: inside, in: Rect(x: 0, y: Swift.min(y, h - 1), width: w, height: 1), focused: true)
    }
    guard !buttons.isEmpty, h >= 1 else { return }
    var x = Swift.max(0, (w - buttonsWidth) / 2)
    for (i, text) in buttonsText.enumerated() {
      let r = i == selectedButton ? selectedButtonRole : buttonRole
      x += inside.put(text, at: Point(x: x, y: h - 1), role: r) + 2
    }
  }
}
