import Crypto
import Foundation
import Testing

@testable import ShuoshiStore

/// The libcrypto page cipher keeps the on-disk format of the swift-crypto one it replaced:
/// same nonce and tag places, same associated data. Pages cross both ways, and what fails to
/// verify is refused by both.
@Suite("The page cipher over libcrypto: the format of the swift-crypto one, both ways")
struct PageCipherFormatTests {
  let key = SymmetricKey(size: .bits256)
  let id = (0..<16).map { UInt8($0 * 7 + 3) }
  var reference: PageCipherSwiftCrypto { PageCipherSwiftCrypto(key: key, databaseID: id) }
  var context: PageCipherContext { PageCipher(key: key, databaseID: id).makeContext()! }

  static let places: [PageCipher.Place] = [
    .page(1), .page(2), .page(262_145),
    .walFrame(page: 7, salt1: 0x1234_5678, salt2: 0x9abc_def0, frame: 0),
    .walFrame(page: 7, salt1: 0x1234_5678, salt2: 0x9abc_def0, frame: 41),
  ]

  /// A page of Chinese text, its reserved bytes zero (as SQLite hands it over).
  func plainPage(_ seed: Int) -> [UInt8] {
    var page = Array(String(repeating: "第\(seed)件：邻居夜里装修噪音扰民。", count: 200).utf8)
      .prefix(PageCipher.contentSize)
    page += [UInt8](repeating: 0, count: PageCipher.pageSize - page.count)
    return Array(page)
  }

  @Test(arguments: Array(places.indices))
  func aPageSealedBySwiftCryptoOpensWithLibcrypto(_ i: Int) throws {
    let place = Self.places[i]
    let plain = plainPage(i)
    var page = plain
    try page.withUnsafeMutableBytes { try reference.seal($0, at: place) }
    #expect(page != plain)
    let opened = page.withUnsafeMutableBytes { context.open($0, at: place) }
    #expect(opened)
    #expect(page == plain)
  }

  @Test(arguments: Array(places.indices))
  func aPageSealedByLibcryptoOpensWithSwiftCrypto(_ i: Int) throws {
    let place = Self.places[i]
    let plain = plainPage(i)
    var page = plain
    #expect(page.withUnsafeMutableBytes { context.seal($0, at: place) })
    #expect(page[..<PageCipher.contentSize] != plain[..<PageCipher.contentSize])
    #expect(page.withUnsafeMutableBytes { reference.open($0, at: place) })
    #expect(page == plain)
  }

  /// Each seal draws a fresh nonce: the same page sealed twice differs everywhere.
  @Test func twoSealsOfOnePageDiffer() {
    let c = context
    var a = plainPage(1)
    var b = a
    #expect(a.withUnsafeMutableBytes { c.seal($0, at: .page(3)) })
    #expect(b.withUnsafeMutableBytes { c.seal($0, at: .page(3)) })
    #expect(
      a[PageCipher.contentSize..<(PageCipher.contentSize + PageCipher.nonceSize)]
        != b[PageCipher.contentSize..<(PageCipher.contentSize + PageCipher.nonceSize)])
    #expect(a[..<100] != b[..<100])
  }

  /// A page in another place, a flipped byte in the content, nonce or tag, or another
  /// database's id: refused by both ciphers; libcrypto then zeroes the content so nothing
  /// unauthenticated is handed on.
  @Test func alteredPagesAreRefusedByBoth() throws {
    let place = PageCipher.Place.walFrame(page: 9, salt1: 1, salt2: 2, frame: 3)
    var sealed = plainPage(5)
    try sealed.withUnsafeMutableBytes { try reference.seal($0, at: place) }
    let otherID = Array(id.reversed())
    let ours = (context, reference)
    let others = (
      PageCipher(key: key, databaseID: otherID).makeContext()!,
      PageCipherSwiftCrypto(key: key, databaseID: otherID)
    )
    var cases: [(String, [UInt8], PageCipher.Place, (PageCipherContext, PageCipherSwiftCrypto))] =
      [
        ("other frame", sealed, .walFrame(page: 9, salt1: 1, salt2: 2, frame: 4), ours),
        ("other salts", sealed, .walFrame(page: 9, salt1: 1, salt2: 3, frame: 3), ours),
        ("other page", sealed, .walFrame(page: 8, salt1: 1, salt2: 2, frame: 3), ours),
        ("a database page", sealed, .page(9), ours),
        ("other database", sealed, place, others),
      ]
    for at in [0, 2000, PageCipher.contentSize + 3, PageCipher.pageSize - 1] {
      var flipped = sealed
      flipped[at] ^= 0x20
      cases.append(("byte \(at) flipped", flipped, place, ours))
    }
    for (what, bytes, at, (libcrypto, swiftCrypto)) in cases {
      var a = bytes
      #expect(!a.withUnsafeMutableBytes { libcrypto.open($0, at: at) }, "libcrypto: \(what)")
      #expect(a.allSatisfy { $0 == 0 }, "libcrypto leaves no byte of \(what)")
      var b = bytes
      #expect(!b.withUnsafeMutableBytes { swiftCrypto.open($0, at: at) }, "swift-crypto: \(what)")
    }
    var good = sealed
    #expect(good.withUnsafeMutableBytes { context.open($0, at: place) })
  }
}
