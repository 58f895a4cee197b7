import Foundation

extension UUID {
  /// A version 7 UUID (RFC 9562): the first 48 bits are the milliseconds of `at` since 1970,
  /// the next 12 the low bits of `sequence`, the rest random. New events get these so their
  /// entries in the `events` uuid index are written side by side at one end of it, where
  /// random (version 4) ones dirtied one page of that index per event anywhere in it — a
  /// catch-up sweep at 1,000,000 cases writes some 15,000 events. Still unique (74 random
  /// bits besides the clock), still a plain UUID to peers and older releases.
  static func timeOrdered(at: Date, sequence: Int64) -> UUID {
    // Two reads of the system's random source, not sixteen (each is a system call; a
    // catch-up sweep writes some 15,000 events).
    var random = SystemRandomNumberGenerator()
    let (high, low) = (random.next() as UInt64, random.next() as UInt64)
    var bytes = (0..<16).map { i in
      UInt8(truncatingIfNeeded: (i < 8 ? high : low) >> (8 * UInt64(i % 8)))
    }
    let ms = UInt64(max(0, (at.timeIntervalSince1970 * 1000).rounded(.down)))
    for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: ms >> (8 * (5 - i))) }
    let counter = UInt16(truncatingIfNeeded: sequence) & 0x0FFF
    bytes[6] = 0x70 | UInt8(counter >> 8)
    bytes[7] = UInt8(truncatingIfNeeded: counter)
    bytes[8] = 0x80 | (bytes[8] & 0x3F)
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }
}
