import ShuoshiCore
import TerminalUI

/// The sign-in and lock screen: the whole terminal, nothing of the screens behind it. Pick
/// the operator (↑↓), type the PIN (shown as dots), Enter. The app checks the PIN through the
/// keyring and keeps or swaps the operator's screens (`App+Lock`).
final class LockScreen {
  enum Mode: Equatable {
    /// The console's start: nobody has signed in yet.
    case signIn
    /// Locked by a key or idle time while `name` was signed in.
    case locked(by: String)
  }

  let mode: Mode
  let operators: [String]
  private(set) var chosen: Int
  /// Never drawn: only one dot per character.
  private(set) var secret = ""
  var message: (text: String, role: Role)?
  /// A line under the form (the demo's PIN).
  var note: String?
  /// The help line instead of the lock's (the sign-in before the store opens can quit).
  var hint: String?

  init(mode: Mode, operators: [String], preselect: String?) {
    self.mode = mode
    self.operators = operators
    chosen = preselect.flatMap { operators.firstIndex(of: $0) } ?? 0
  }

  var chosenName: String? { operators.indices.contains(chosen) ? operators[chosen] : nil }

  /// Takes a key; returns the name and secret to try when Enter is pressed with both.
  func handle(_ key: Key) -> (name: String, secret: String)? {
    switch key {
    case .up, .backTab: if chosen > 0 { chosen -= 1 }
    case .down, .tab: if chosen + 1 < operators.count { chosen += 1 }
    case .backspace: if !secret.isEmpty { secret.removeLast() }
    case .escape, .ctrl("u"): secret = ""
    case .char(let c) where !c.isNewline && secret.count < 1024: secret.append(c)
    case .enter:
      guard let name = chosenName, !secret.isEmpty else { return nil }
      defer { secret = "" }
      return (name, secret)
    default: break
    }
    return nil
  }

  func render(on surface: any Surface, strings s: LockStrings) {
    surface.clear()
    surface.cursor = nil
    let width = surface.size.width
    let title: String
    switch mode {
    case .signIn: title = s.signInTitle
    case .locked: title = s.lockedTitle
    }
    StatusBar(left: [Segment(title)], right: [], role: .header)
      .render(on: surface, in: Rect(x: 0, y: 0, width: width, height: 1))
    var y = 2
    let x = 2
    if case .locked(let name) = mode {
      _ = surface.put(s.lockedBy(name), at: Point(x: x, y: y), maxWidth: width - 2 * x)
      y += 2
    }
    _ = surface.put(s.whoLabel, at: Point(x: x, y: y), role: .label, maxWidth: width - 2 * x)
    y += 1
    let rows = max(1, surface.size.height - y - 6)
    let first = max(0, min(chosen - rows / 2, operators.count - rows))
    for (i, name) in operators.enumerated().dropFirst(first).prefix(rows) {
      let selected = i == chosen
      _ = surface.put(
        (selected ? "▶ " : "  ") + name, at: Point(x: x + 2, y: y),
        role: selected ? .selected : .normal, maxWidth: width - 2 * x - 2)
      y += 1
    }
    y += 1
    let label = s.pinLabel
    let at = x + surface.put(label, at: Point(x: x, y: y), role: .label, maxWidth: width - 2 * x)
    let dots = String(repeating: "•", count: min(secret.count, max(0, width - at - x - 1)))
    let end = at + surface.put(dots, at: Point(x: at, y: y), role: .inputFocused)
    surface.cursor = Point(x: end, y: y)
    y += 2
    if let note {
      for line in note.wrapped(to: max(10, width - 2 * x)) {
        _ = surface.put(line, at: Point(x: x, y: y), role: .muted, maxWidth: width - 2 * x)
        y += 1
      }
    }
    if let message {
      _ = surface.put(
        message.text, at: Point(x: x, y: y), role: message.role, maxWidth: width - 2 * x)
    }
    _ = surface.put(
      hint ?? s.help, at: Point(x: x, y: surface.size.height - 1), role: .hint,
      maxWidth: width - 2 * x)
  }
}
