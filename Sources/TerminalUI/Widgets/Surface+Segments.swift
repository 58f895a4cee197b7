extension Surface {
  /// Draws `segments` one after another on row `point.y` from `point.x`, in at most `limit`
  /// cells. When they do not all fit, the text is cut (never inside a wide character) and
  /// ends with "…". Returns the cells used.
  @discardableResult
  public func putSegments(_ segments: [Segment], at point: Point, limit: Int, role: Role)
    -> Int
  {
    guard limit > 0 else { return 0 }
    let total = segments.reduce(0) { $0 + $1.text.displayWidth }
    if total <= limit {
      var x = point.x
      for s in segments { x += put(s.text, at: Point(x: x, y: point.y), role: s.role ?? role) }
      return x - point.x
    }
    var used = 0
    var lastRole = role
    outer: for s in segments {
      let r = s.role ?? role
      for ch in s.text {
        let w = ch.displayWidth
        if used + w > limit - 1 { break outer }
        put(String(ch), at: Point(x: point.x + used, y: point.y), role: r)
        used += w
        lastRole = r
      }
    }
    used += put(
      String(repeating: " ", count: limit - 1 - used) + "…",
      at: Point(x: point.x + used, y: point.y),
      role: lastRole)
    return used
  }
}
