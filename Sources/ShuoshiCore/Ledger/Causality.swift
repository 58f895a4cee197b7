import Foundation

/// Who saw what: the ancestry of one entity's events through their `parents` links. Two
/// events are concurrent when neither is an ancestor of the other — their writers changed
/// the case without knowing of each other's change.
public struct Causality: Sendable {
  /// The events, in ledger order (a parent always sorts before its child).
  public let events: [Event]
  let index: [UUID: Int]
  let ancestors: [Set<Int>]

  public init(_ events: [Event]) {
    self.events = events
    var index: [UUID: Int] = [:]
    for (i, e) in events.enumerated() { index[e.uuid] = i }
    var ancestors: [Set<Int>] = []
    ancestors.reserveCapacity(events.count)
    for e in events {
      var set = Set<Int>()
      for p in e.parents {
        guard let j = index[p], j < ancestors.count else { continue }
        set.insert(j)
        set.formUnion(ancestors[j])
      }
      ancestors.append(set)
    }
    self.index = index
    self.ancestors = ancestors
  }

  /// True when `a` happened before `b` (b's writer had seen a).
  public func isAncestor(_ a: UUID, of b: UUID) -> Bool {
    guard let i = index[a], let j = index[b] else { return false }
    return ancestors[j].contains(i)
  }

  /// True when neither event had seen the other.
  public func concurrent(_ a: UUID, _ b: UUID) -> Bool {
    a != b && !isAncestor(a, of: b) && !isAncestor(b, of: a)
  }

  /// True when the history has events from more than one device: only then can anything be
  /// concurrent (a laptop always sees its own events).
  public static func hasSeveralDevices(_ events: [Event]) -> Bool {
    guard let first = events.first?.device else { return false }
    return events.contains { $0.device != first }
  }
}
