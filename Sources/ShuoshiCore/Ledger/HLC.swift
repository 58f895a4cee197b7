import Foundation

/// A hybrid logical clock reading: wall-clock milliseconds plus a counter that breaks ties
/// and keeps the clock moving forward when the wall clock stalls or steps back. Every laptop
/// orders events by (hlc, device, seq), so merged histories read the same everywhere.
///
/// Stored as one sortable integer: `physical << 16 | counter`. The physical part stays in
/// `HLC.physicalRange` (0 ..< 2^47 ms, up to about the year 6429), so the packed reading is a
/// non-negative Int64 and no arithmetic on it can wrap: a tick that would leave the range
/// throws `HLC.OutOfRange` instead (a bundle whose clock read 2^63−1 once made every later
/// local reading wrap to −2^63).
public struct HLC: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds since 1970 (UTC), never less than any reading seen before.
  public var physical: Int64
  /// Events within one millisecond (or while the wall clock is behind) count up here.
  public var counter: UInt16

  /// The milliseconds a reading may hold: from 1970 to 2^47 − 1 ms (about the year 6429).
  public static let physicalRange: Range<Int64> = 0..<(1 << 47)

  /// A tick or a reading past `physicalRange`: refused, never wrapped.
  public struct OutOfRange: Error, Equatable, Sendable {
    public let physical: Int64
  }

  /// Whether a packed reading from a file or another laptop is one this clock can hold: any
  /// non-negative Int64 unpacks to a physical part inside `physicalRange`.
  public static func isValid(raw: Int64) -> Bool { raw >= 0 }

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
  /// than `self`; equal to `now` (counter 0) when the wall clock is ahead. Throws rather
  /// than leave `physicalRange` (a wall clock or a last reading at its end).
  public func tick(now: Date) throws(OutOfRange) -> HLC {
    let ms = (now.timeIntervalSince1970 * 1000).rounded(.down)
    // Checked before converting: outside Int64 (or NaN) the conversion would trap.
    guard ms >= 0, ms < Double(Self.physicalRange.upperBound) else {
      throw OutOfRange(physical: ms < 0 ? -1 : Self.physicalRange.upperBound)
    }
    let wall = Int64(ms)
    guard Self.physicalRange.contains(physical) else { throw OutOfRange(physical: physical) }
    if wall > physical { return HLC(physical: wall, counter: 0) }
    if counter < .max { return HLC(physical: physical, counter: counter + 1) }
    guard physical + 1 < Self.physicalRange.upperBound else {
      throw OutOfRange(physical: physical + 1)
    }
    return HLC(physical: physical + 1, counter: 0)
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
