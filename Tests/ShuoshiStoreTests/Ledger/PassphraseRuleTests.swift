import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The rule for new passphrases (issue 12, finding 7), and bundles sealed before it.
@Suite("Ledger: passphrase rule")
struct PassphraseRuleTests {
  @Test func theRule() {
    for weak in ["", "1", "1234567", "aaaaaaaa", "口令", "老槐树", "长长长长长"] {
      #expect(!BundleSecret.isStrongEnough(weak), "\(weak)")
    }
    for strong in ["12345678", "abcd1234", "老槐树下", "门口的老槐树", "fuzz 口令 42"] {
      #expect(BundleSecret.isStrongEnough(strong), "\(strong)")
    }
  }

  /// A bundle an older release sealed with `1` still opens with `1`: the rule is for new ones.
  @Test func anOldBundleWithAShortPassphraseStillImports() throws {
    let laptops = try Laptops(2)
    let c = try laptops[0].add(
      laptops.intake("楼上漏水", at: "2026-11-28 09:00"), engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    let url = try laptops.export(0, secret: .passphrase("1"))
    try laptops.importBundle(url, into: 1, passphrase: "1")
    #expect(try laptops[1].find(c.id).text == "楼上漏水")
  }
}
