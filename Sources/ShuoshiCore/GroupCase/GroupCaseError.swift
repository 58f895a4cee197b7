/// Why a case cannot join, leave or form a group case (母案/子案). Each says itself in
/// Chinese and English; ids are the cases' short ids.
public enum GroupCaseError: LocalizedMessage, Equatable {
  /// A closed, resolved, voided or merged case cannot join a group (or be its parent).
  case notOpen(id: String)
  /// A case cannot be its own parent.
  case sameCase(id: String)
  /// One parent per child: the case is already in the group case `parent`.
  case alreadyGrouped(id: String, parent: String)
  /// A parent cannot itself join a group (groups are one level deep).
  case isParent(id: String)
  /// A child cannot itself be a parent.
  case isChild(id: String, parent: String)
  /// A group of more children than the bound.
  case tooLarge(count: Int, max: Int)
  /// A group case needs at least this many children to be formed.
  case tooFew(count: Int, min: Int)
  /// The case is in no group case (to leave).
  case notGrouped(id: String)
  /// The case named as a parent has no children.
  case notParent(id: String)

  public func message(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.notOpen(let id), .zh): return "案件 \(id) 已办结、作废或已合并，不能并入母案"
    case (.notOpen(let id), .en):
      return "case \(id) is resolved, closed, voided or merged: it cannot join a group case"
    case (.sameCase(let id), .zh): return "案件 \(id) 不能并入自己"
    case (.sameCase(let id), .en): return "case \(id) cannot be its own group case"
    case (.alreadyGrouped(let id, let parent), .zh):
      return "案件 \(id) 已在母案 \(parent) 中；一件案件只能有一个母案，请先移出"
    case (.alreadyGrouped(let id, let parent), .en):
      return "case \(id) is already in group case \(parent): remove it there first"
    case (.isParent(let id), .zh): return "案件 \(id) 本身是母案，不能并入其他母案"
    case (.isParent(let id), .en):
      return "case \(id) is a group case itself: it cannot join another"
    case (.isChild(let id, let parent), .zh):
      return "案件 \(id) 是母案 \(parent) 的子案，不能作为母案"
    case (.isChild(let id, let parent), .en):
      return "case \(id) is a child of group case \(parent): it cannot be a group case"
    case (.tooLarge(let count, let max), .zh): return "母案最多 \(max) 件子案，这里有 \(count) 件"
    case (.tooLarge(let count, let max), .en):
      return "a group case holds at most \(max) cases, not \(count)"
    case (.tooFew(let count, let min), .zh): return "母案至少要有 \(min) 件子案，这里只有 \(count) 件"
    case (.tooFew(let count, let min), .en):
      return "a group case needs at least \(min) cases, not \(count)"
    case (.notGrouped(let id), .zh): return "案件 \(id) 不在任何母案中"
    case (.notGrouped(let id), .en): return "case \(id) is in no group case"
    case (.notParent(let id), .zh): return "案件 \(id) 不是母案"
    case (.notParent(let id), .en): return "case \(id) is not a group case"
    }
  }
}
