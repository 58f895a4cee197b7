import TerminalUI

/// A small centred box for choosing one of a few options (a tier, a rating, an escalation
/// reason): a numbered vertical list. Digits pick directly, Up/Down (j/k) move, Enter picks
/// the highlighted option, Esc cancels.
struct Picker: Hashable, Sendable {
  var title: String
  var options: [String]
  var selection: Int
  /// A line under the options (how to use the picker).
  var footer: String

  init(title: String, options: [String], selection: Int = 0, footer: String = "") {
    self.title = title
    self.options = options
    self.selection = max(0, min(selection, options.count - 1))
    self.footer = footer
  }

  mutating func handle(_ key: Key) -> Dialog.Outcome {
    switch key {
    case .escape: return .cancelled
    case .enter: return .chosen(selection)
    case .down, .char("j"), .tab: selection = (selection + 1) % options.count
    case .up, .char("k"), .backTab: selection = (selection + options.count - 1) % options.count
    case .char(let c):
      if let n = c.wholeNumberValue, n >= 1, n <= options.count { return .chosen(n - 1) }
      return .ignored
    default: return .ignored
    }
    return .handled
  }

  func frame(in bounds: Rect) -> Rect {
    let widest = options.map { $0.displayWidth + 4 }.max() ?? 0
    let inner = min(
      max(widest, title.displayWidth + 4, footer.displayWidth, 16), max(1, bounds.width - 4))
    let height = options.count + 2 + (footer.isEmpty ? 0 : 2)
    return bounds.centered(Size(width: inner + 4, height: height))
  }

  func render(on surface: some Surface) {
    let box = frame(in: surface.bounds)
    surface.fill(box, role: .dialog)
    surface.drawBox(box, role: .dialog, title: title, titleRole: .dialogTitle)
    let inside = surface.region(box.inset(top: 1, left: 2, bottom: 1, right: 2))
    let w = inside.size.width
    for (i, option) in options.enumerated() where i < inside.size.height {
      let role: Role = i == selection ? .selected : .dialog
      let line = inside.region(Rect(x: 0, y: i, width: w, height: 1))
      line.fill(line.bounds, role: role)
      line.put("\(i + 1) \(option)".clipped(to: w), at: .zero, role: role)
    }
    if !footer.isEmpty {
      inside.put(
        footer.clipped(to: w), at: Point(x: 0, y: inside.size.height - 1), role: .muted)
    }
    surface.cursor = nil
  }
}
