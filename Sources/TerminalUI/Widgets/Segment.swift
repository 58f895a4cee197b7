/// A piece of text in a role, for bars built from parts.
public struct Segment: Hashable, Sendable {
  public var text: String
  /// The role to draw in (nil: the bar's own role).
  public var role: Role?

  public init(_ text: String, role: Role? = nil) {
    self.text = text
    self.role = role
  }
}
