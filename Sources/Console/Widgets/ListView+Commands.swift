import TerminalUI

extension ListView {
  /// Moves the selection for a movement command; false for other commands. The one mapping
  /// from movement commands to a list, for every screen that shows one.
  mutating func move(_ command: Command) -> Bool {
    switch command {
    case .down: moveDown()
    case .up: moveUp()
    case .pageDown: pageDown()
    case .pageUp: pageUp()
    case .first: moveToFirst()
    case .last: moveToLast()
    default: return false
    }
    return true
  }
}
