/// How a bundle is protected: a passphrase (AES-256-GCM with a scrypt key), or nothing — only
/// when asked for explicitly (`--no-encrypt`), since a bundle carries residents' names.
public enum BundleSecret: Sendable, Equatable {
  case passphrase(String)
  case none
}

/// scrypt cost: N = 2^logN, block size r, parallelism p. Written in each bundle's header.
public struct ScryptParams: Sendable, Equatable {
  public var logN: UInt8
  public var r: UInt32
  public var p: UInt32

  public init(logN: UInt8, r: UInt32, p: UInt32) {
    self.logN = logN
    self.r = r
    self.p = p
  }

  /// N = 2^17, r = 8, p = 1: 128 MiB and about half a second per bundle.
  public static let standard = ScryptParams(logN: 17, r: 8, p: 1)
  /// The cheapest accepted: for tests only.
  public static let minimum = ScryptParams(logN: 10, r: 8, p: 1)

  /// Parameters an import accepts (bounded, so a crafted header cannot demand gigabytes):
  /// scrypt needs 128·r·N bytes and time in proportion to N·r·p, so besides each parameter's
  /// range, memory is capped at 256 MiB (2× standard) and work at 4× standard. The ranges
  /// alone let logN 20, r 16, p 4 through: 2 GiB and ~95 s before "wrong passphrase".
  var isAcceptable: Bool {
    guard (10...20).contains(logN), (1...16).contains(r), (1...4).contains(p) else { return false }
    let blocks = (UInt64(1) << UInt64(logN)) * UInt64(r)
    return blocks <= 1 << 21 && blocks * UInt64(p) <= 1 << 22
  }
}

extension BundleSecret {
  /// The rule for a NEW passphrase (sealing a bundle), so `1` or `aaaaaaaa` cannot protect a
  /// street's residents: at least `minimumStrength`, counting a character outside ASCII (a
  /// Chinese character, worth about 12 bits against 5–6 for a letter or digit) as two, and
  /// not one character repeated. Opening a bundle never applies it: bundles sealed by an
  /// older release with a shorter passphrase still import.
  public static func isStrongEnough(_ passphrase: String) -> Bool {
    let strength = passphrase.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    return strength >= minimumStrength && Set(passphrase).count > 1
  }

  /// 8: eight letters or digits, or four Chinese characters.
  public static let minimumStrength = 8
}
