import Foundation
import ShuoshiCore

/// What a bundle from another laptop must keep to be imported (docs/LEDGER.md, "Limits a
/// bundle must keep"). Every bound is checked on the whole bundle before anything is written;
/// a bundle past one imports nothing.
public enum BundleLimits {
  /// The largest bundle file read: checked before the file is read into memory. The demo
  /// street (about 5,000 cases) exports to a few MiB.
  public static let maxFileBytes: Int64 = 256 << 20
  /// The most events of one case (or register record) in one bundle. A busy case has tens;
  /// 20,000 made every action take minutes (#12 finding 5).
  public static let maxEventsPerCase = 50_000
  /// How far an event's clock may read ahead of the importing laptop's "now" by default. A
  /// clock is never adopted past it: every later local event would follow it.
  public static let defaultClockSkew: TimeInterval = 24 * 3600
}

/// Choices an import takes from the person running it.
public struct BundleImportOptions: Sendable, Equatable {
  /// Take a bundle written with `--no-encrypt` (anyone could have written or read it).
  public var allowUnencrypted: Bool
  /// How far ahead of "now" an event's clock may read (`bundle_clock_skew_hours` in the
  /// settings file; default `BundleLimits.defaultClockSkew`).
  public var clockSkew: TimeInterval
  /// Linking of the imported cases (`warning:` of routing.yaml) and who raises what it finds.
  public var warningRules: WarningRules
  public var actor: Actor

  public init(
    allowUnencrypted: Bool = false, clockSkew: TimeInterval = BundleLimits.defaultClockSkew,
    warningRules: WarningRules = .standard, actor: Actor = Actor("shuoshi")
  ) {
    self.allowUnencrypted = allowUnencrypted
    self.clockSkew = clockSkew
    self.warningRules = warningRules
    self.actor = actor
  }
}
