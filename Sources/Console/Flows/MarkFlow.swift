import Foundation
import ShuoshiCore
import ShuoshiStore

/// `T`: marks the cases of the queue shown that a search for a pattern finds — the queue's
/// query with the pattern as its search, as the search screen matches (`漏水`, `wgl`). An
/// empty pattern clears every mark.
struct MarkFlow: Flow {
  unowned let app: App
  /// The queue's query (tab, mine only) when `T` was pressed.
  let query: CaseQuery

  /// At most this many cases are marked by one pattern: a batch is for a handful, not a
  /// whole queue by accident.
  static let limit = 200

  func begin() {
    let b = session.bulk
    show(
      prompt(b.patternTitle, b.patternMessage) { reply in
        let pattern = reply.text.trimmingCharacters(in: .whitespaces)
        guard !pattern.isEmpty else {
          session.marks.clear()
          session.status.show(b.marksCleared)
          return
        }
        var q = query
        q.search = pattern
        do {
          let ids = try session.store.list(q, offset: 0, limit: Self.limit).map(\.id)
          session.marks.add(ids)
          session.status.show(b.patternMarked(ids.count, pattern))
        } catch {
          session.status.error(session.message(for: error))
          show(reply.prompt)
        }
      })
  }
}
