extension Unicode.Scalar {
  /// Cells this code point takes on its own (see `DisplayWidth`).
  public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
  /// Cells this grapheme takes in a terminal: 0, 1 or 2 (see `DisplayWidth`).
  public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
  /// Cells this text takes in a terminal, summed grapheme by grapheme.
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// This text cut to at most `width` cells (see `DisplayWidth.clip(_:to:ellipsis:)`).
  public func clipped(to width: Int, ellipsis: Bool = true) -> String {
    DisplayWidth.clip(String(self), to: width, ellipsis: ellipsis)
  }

  /// This text made exactly `width` cells wide: clipped (with "…" when `ellipsis`) if longer,
  /// padded with spaces on the side given by `alignment` if shorter.
  public func padded(
    to width: Int, alignment: TextAlignment = .left, ellipsis: Bool = true
  ) -> String {
    let text = clipped(to: width, ellipsis: ellipsis)
    let gap = Swift.max(0, width - text.displayWidth)
    switch alignment {
    case .left: return text + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + text
    case .center:
      let left = gap / 2
      return String(repeating: " ", count: left) + text
        + String(repeating: " ", count: gap - left)
    }
  }

  /// This text right-aligned in exactly `width` cells.
  public func rightAligned(to width: Int) -> String {
    padded(to: width, alignment: .right)
  }

  /// This text broken into lines of at most `width` cells: at newlines, then between words
  /// (Latin) or anywhere (CJK). Trailing spaces are dropped from each line.
  public func wrapped(to width: Int) -> [String] {
    TextWrap.lines(String(self), width: width)
  }
}

extension DisplayWidth {
  /// Cuts `text` to at most `width` cells. Text that fits is returned unchanged. Text that is
  /// cut ends with "…" (when `ellipsis`) and is then exactly `width` cells: a 2-cell
  /// character that would straddle the edge is replaced by a space, never split.
  public static func clip(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    if text.displayWidth <= width { return text }
    let room = ellipsis ? width - 1 : width
    var out = ""
    var used = 0
    for ch in text {
      let w = ch.displayWidth
      if used + w > room { break }
      out.append(ch)
      used += w
    }
    if used < room { out += String(repeating: " ", count: room - used) }
    if ellipsis { out.append("…") }
    return out
  }
}
