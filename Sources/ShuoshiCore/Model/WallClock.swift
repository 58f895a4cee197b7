import Foundation

/// Where "now" comes from. The engine never reads the system clock itself; callers pass a
/// `WallClock` (or a `Date`) so tests can set time.
public protocol WallClock: Sendable {
  var now: Date { get }
}

public struct SystemClock: WallClock {
  public init() {}
  public var now: Date { Date() }
}

/// A clock that says what it is told; for tests and for the demo generator.
public struct FixedClock: WallClock {
  public var now: Date
  public init(_ now: Date) { self.now = now }
}
