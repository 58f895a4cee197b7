import Foundation

/// A hybrid logical clock reading: wall-clock milliseconds plus a counter that breaks ties
/// and keeps the clock moving forward when the wall clock stalls or steps back. Every laptop
/// orders events by (hlc, device, seq), so merged histories read the same everywhere.
///
/// Stored as one sortable integer: `physical << 16 | counter`.
public struct HLC: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds since 1970 (UTC), never less than any reading seen before.
  public var physical: Int64
  /// Events within one millisecond (or while the wall clock is behind) count up here.
  public var counter: UInt16

  public init(physical: Int64 = 0, counter: UInt16 = 0) {
    self.physical = physical
    self.counter = counter
  }

  /// The reading packed into one integer that sorts like the clock.
  public init(raw: Int64) {
    self.physical = raw >> 16
    self.counter = UInt16(truncatingIfNeeded: raw & 0xFFFF)
  }

  public var raw: Int64 { physical << 16 | Int64(counter) }

  /// The reading for a new local event at wall time `now`, after this one. Strictly greater
  /// than `self`; equal to `now` (counter 0) when the wall clock is ahead.
  public func tick(now: Date) -> HLC {
    let wall = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
    if wall > physical { return HLC(physical: wall, counter: 0) }
    if counter == .max { return HLC(physical: physical + 1, counter: 0) }
    return HLC(physical: physical, counter: counter + 1)
  }

  /// The later of two readings: what the clock becomes after seeing a remote event.
  public func merged(with other: HLC) -> HLC { max(self, other) }

  public static func < (a: HLC, b: HLC) -> Bool { a.raw < b.raw }

  public var description: String { "\(physical).\(counter)" }
}

extension Event {
  /// The order every laptop agrees on: hybrid clock, then device, then per-device sequence.
  public static func ledgerOrder(_ a: Event, _ b: Event) -> Bool {
    if a.hlc != b.hlc { return a.hlc < b.hlc }
    if a.device != b.device { return a.device < b.device }
    return a.seq < b.seq
  }
}
