/// Cached case counts per queue tab. Counting is the expensive part of painting the queue on
/// a big store, so counts are kept between frames and recounted only after a write, a clock
/// tick or a refresh. Stale numbers stay on screen until their recount arrives.
struct TabCounts {
  private var values: [QueueTab: Int] = [:]
  private var fresh: Set<QueueTab> = []

  /// The last known count (possibly stale), or nil if never counted.
  subscript(tab: QueueTab) -> Int? { values[tab] }

  func isFresh(_ tab: QueueTab) -> Bool { fresh.contains(tab) }

  /// Tabs whose count must be redone, left to right.
  var stale: [QueueTab] { QueueTab.allCases.filter { !fresh.contains($0) } }

  mutating func set(_ count: Int, for tab: QueueTab) {
    values[tab] = count
    fresh.insert(tab)
  }

  /// Marks every count for recounting (after a write or when time moves on).
  mutating func invalidate() {
    fresh.removeAll()
  }

  /// Marks one count for recounting (the 待办 tab when switching mine/all).
  mutating func invalidate(_ tab: QueueTab) {
    fresh.remove(tab)
    values[tab] = nil
  }
}
