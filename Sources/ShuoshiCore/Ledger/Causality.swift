import Foundation

/// Who saw what: the ancestry of one entity's events through their `parents` links. Two
/// events are concurrent when neither is an ancestor of the other — their writers changed
/// the case without knowing of each other's change.
///
/// Ancestry is kept as a vector clock per event (for each device, the highest sequence number
/// among the event and its ancestors): a laptop always sees its own earlier events, so the
/// ancestors from one device are exactly that device's events up to a sequence number. That
/// is O(events × devices) in time and memory; a set of ancestors per event was quadratic (a
/// 20,000-event case took 3 GB).
public struct Causality: Sendable {
  /// The events, in ledger order (a parent always sorts before its child).
  public let events: [Event]
  let index: [UUID: Int]
  /// Device of each event, as an index into the clock rows.
  let deviceIndex: [Int]
  let deviceCount: Int
  /// Row `i` (`deviceCount` wide): event `i`'s vector clock.
  let clocks: [Int64]

  public init(_ events: [Event]) {
    self.events = events
    var index: [UUID: Int] = [:]
    var devices: [String: Int] = [:]
    var deviceIndex: [Int] = []
    deviceIndex.reserveCapacity(events.count)
    for (i, e) in events.enumerated() {
      index[e.uuid] = i
      if devices[e.device] == nil { devices[e.device] = devices.count }
      deviceIndex.append(devices[e.device]!)
    }
    let width = devices.count
    var clocks = [Int64](repeating: 0, count: events.count * width)
    for (i, e) in events.enumerated() {
      let row = i * width
      for p in e.parents {
        // Only parents that sort earlier count (as before): a parent arriving later in ledger
        // order is not taken as an ancestor.
        guard let j = index[p], j < i else { continue }
        for k in 0..<width { clocks[row + k] = max(clocks[row + k], clocks[j * width + k]) }
      }
      clocks[row + deviceIndex[i]] = max(clocks[row + deviceIndex[i]], e.seq)
    }
    self.index = index
    self.deviceIndex = deviceIndex
    self.deviceCount = width
    self.clocks = clocks
  }

  /// True when `a` happened before `b` (b's writer had seen a).
  public func isAncestor(_ a: UUID, of b: UUID) -> Bool {
    guard let i = index[a], let j = index[b], i != j else { return false }
    return seen(i, by: j)
  }

  /// True when event `j`'s writer had seen event `i` (by index; `i != j`).
  func seen(_ i: Int, by j: Int) -> Bool {
    i < j && clocks[j * deviceCount + deviceIndex[i]] >= events[i].seq
  }

  /// The highest sequence number of device `d` (clock index) event `j`'s writer had seen.
  func clock(_ j: Int, device d: Int) -> Int64 { clocks[j * deviceCount + d] }

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
