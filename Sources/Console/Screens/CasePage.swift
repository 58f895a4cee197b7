import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// A scrolling list of cases backed by a store query. Only the rows on screen are fetched
/// (offset/limit), so a queue over a million cases costs one page of rows per frame.
struct CasePage {
  var query: CaseQuery
  var list = ListView()
  /// The fetched window: rows `offset ..< offset + rows.count` of the query.
  private(set) var rows: [Case] = []
  private(set) var offset = 0
  private var stale = true

  init(query: CaseQuery) {
    self.query = query
  }

  /// Forgets the fetched rows (the data or the query changed).
  mutating func invalidate() {
    stale = true
  }

  /// Shows another query from its first row.
  mutating func reset(to query: CaseQuery) {
    self.query = query
    list = ListView(count: 0, height: list.height)
    stale = true
  }

  /// Sizes the list for `height` rows of `count` cases and fetches the visible window if it
  /// moved or went stale.
  mutating func prepare(height: Int, count: Int, store: CaseStore) throws(StoreError) {
    list.height = max(1, height)
    list.count = count
    let range = list.visibleRange
    guard stale || range.lowerBound != offset || range.count > rows.count else { return }
    rows = range.isEmpty ? [] : try store.list(query, offset: range.lowerBound, limit: range.count)
    offset = range.lowerBound
    stale = false
  }

  /// Like `prepare`, for when the count is not known yet (the first frame): fetches one row
  /// more than fits, and counts what it saw, so the page paints without a `COUNT(*)` over the
  /// whole query. The real count replaces it as soon as it is done.
  mutating func prepareUncounted(height: Int, store: CaseStore) throws(StoreError) {
    list.height = max(1, height)
    let start = list.offset
    let fetched = try store.list(query, offset: start, limit: list.height + 1)
    list.count = start + fetched.count
    rows = Array(fetched.prefix(list.height))
    offset = start
    stale = false
  }

  /// The case at list index `index`, if fetched.
  func row(_ index: Int) -> Case? {
    let i = index - offset
    return i >= 0 && i < rows.count ? rows[i] : nil
  }

  /// The selected case: from the fetched window, else fetched on its own (a key moved the
  /// selection since the last frame).
  func selectedCase(store: CaseStore) -> Case? {
    guard !list.isEmpty else { return nil }
    if !stale, let c = row(list.selection) { return c }
    return (try? store.list(query, offset: list.selection, limit: 1))?.first
  }

  /// Moves the selection for a movement command; false for other commands.
  mutating func move(_ command: Command) -> Bool { list.move(command) }
}
