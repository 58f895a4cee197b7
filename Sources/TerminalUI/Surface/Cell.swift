/// One terminal cell: a grapheme and the role it is drawn in.
///
/// A 2-cell character occupies its cell and the one to its right; that right half is a
/// *continuation* cell, which backends skip when painting.
public struct Cell: Hashable, Sendable {
  /// The grapheme in this cell (a space when blank; unused in continuation cells).
  public var character: Character
  /// The theme role the cell is drawn in.
  public var role: Role
  /// True for the right half of a 2-cell character.
  public var isContinuation: Bool

  public init(_ character: Character, role: Role = .normal, isContinuation: Bool = false) {
    self.character = character
    self.role = role
    self.isContinuation = isContinuation
  }

  /// A blank cell in `role`.
  public static func blank(_ role: Role = .normal) -> Cell {
    Cell(" ", role: role)
  }

  /// The right half of a wide character drawn in `role`.
  public static func continuation(_ role: Role) -> Cell {
    Cell(" ", role: role, isContinuation: true)
  }

  /// Cells this cell's character takes (0 for continuation cells).
  public var width: Int { isContinuation ? 0 : Swift.max(1, character.displayWidth) }
}
