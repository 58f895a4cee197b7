extension Surface {
  /// Draws a single-line box (─│┌┐└┘) around the edge of `rect`, with an optional title
  /// in the top border: `┌─ 标题 ───┐`. The inside is not touched.
  public func drawBox(
    _ rect: Rect, role: Role = .border, title: String? = nil, titleRole: Role? = nil
  ) {
    let r = rect
    guard r.width >= 2, r.height >= 2 else { return }
    let horizontal = String(repeating: "─", count: r.width - 2)
    put("┌" + horizontal + "┐", at: r.origin, role: role)
    put("└" + horizontal + "┘", at: Point(x: r.x, y: r.maxY - 1), role: role)
    for y in (r.y + 1)..<(r.maxY - 1) {
      put("│", at: Point(x: r.x, y: y), role: role)
      put("│", at: Point(x: r.maxX - 1, y: y), role: role)
    }
    if let title, !title.isEmpty, r.width >= 6 {
      let shown = " " + title.clipped(to: r.width - 6) + " "
      put(shown, at: Point(x: r.x + 2, y: r.y), role: titleRole ?? role)
    }
  }
}
