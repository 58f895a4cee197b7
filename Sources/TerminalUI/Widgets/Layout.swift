/// Screen-size checks: the app names the smallest size its screens work at, and draws a
/// notice instead of a broken screen when the terminal is smaller.
public struct Layout: Hashable, Sendable {
  /// The smallest terminal the app supports.
  public var minimum: Size

  public init(minimum: Size) {
    self.minimum = minimum
  }

  /// True when `size` is narrower or shorter than `minimum`.
  public func isTooSmall(_ size: Size) -> Bool {
    !size.contains(minimum)
  }

  /// Clears `surface` and draws a centred bilingual notice with the sizes needed and had.
  public func renderTooSmall(
    on surface: some Surface, role: Role = .normal, noticeRole: Role = .warning
  ) {
    surface.clear(role: role)
    surface.cursor = nil
    let size = surface.size
    let lines = [
      "窗口太小", "至少 \(minimum.width)×\(minimum.height)，当前 \(size.width)×\(size.height)",
      "Terminal too small: need \(minimum.width)×\(minimum.height)",
    ]
    let top = Swift.max(0, (size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let text = line.clipped(to: size.width)
      surface.put(
        text, at: Point(x: Swift.max(0, (size.width - text.displayWidth) / 2), y: top + i),
        role: noticeRole)
    }
  }
}
