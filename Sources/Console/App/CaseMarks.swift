import Foundation

/// The cases marked in the queue for a batch action, in the order marked. Kept by the session,
/// so marks survive a tab switch; cleared once a batch is applied.
struct CaseMarks {
  private(set) var ids: [String] = []

  var isEmpty: Bool { ids.isEmpty }
  var count: Int { ids.count }

  func contains(_ id: String) -> Bool { ids.contains(id) }

  mutating func toggle(_ id: String) {
    if let i = ids.firstIndex(of: id) { ids.remove(at: i) } else { ids.append(id) }
  }

  /// Marks `more` (those already marked stay where they are); returns how many are new.
  @discardableResult
  mutating func add(_ more: [String]) -> Int {
    let new = more.filter { !ids.contains($0) }
    ids += new
    return new.count
  }

  mutating func clear() { ids = [] }
}

/// The last batch applied in the queue, so that `u` can take it back as one step: the console
/// remembers only which events it wrote on which cases; the store undoes them.
struct CaseBatch {
  /// What the batch did, in the result line's words (`已派单`).
  var verb: String
  var cases: [(id: String, events: [UUID])]
}
