import Crypto
import Foundation

/// The page cipher as it was before libcrypto (swift-crypto's `AES.GCM`, which copies each page
/// into and out of `Data`): kept as the reference the format is checked against — pages it
/// seals open with `PageCipher` and the reverse (PageCipherFormatTests) — and as the "before"
/// of `shuoshi bench cipher`. The store itself never uses it.
// SymmetricKey is immutable once made (swift-crypto does not mark it Sendable yet).
struct PageCipherSwiftCrypto: @unchecked Sendable {
  let key: SymmetricKey
  let databaseID: [UInt8]

  /// Encrypts `page` (exactly `pageSize` bytes) in place.
  func seal(_ page: UnsafeMutableRawBufferPointer, at place: PageCipher.Place) throws {
    precondition(page.count == PageCipher.pageSize)
    let contentSize = PageCipher.contentSize
    let content = UnsafeRawBufferPointer(rebasing: page[0..<contentSize])
    let box = try AES.GCM.seal(
      content, using: key, nonce: AES.GCM.Nonce(),
      authenticating: PageCipher.associatedData(databaseID, place))
    box.ciphertext.copyBytes(to: UnsafeMutableRawBufferPointer(rebasing: page[0..<contentSize]))
    box.nonce.withUnsafeBytes { n in
      UnsafeMutableRawBufferPointer(
        rebasing: page[contentSize..<contentSize + PageCipher.nonceSize]
      ).copyMemory(from: n)
    }
    box.tag.copyBytes(
      to: UnsafeMutableRawBufferPointer(
        rebasing: page[(PageCipher.pageSize - PageCipher.tagSize)...]))
  }

  /// Decrypts `page` in place; false (and `page` unchanged) when the tag does not verify.
  func open(_ page: UnsafeMutableRawBufferPointer, at place: PageCipher.Place) -> Bool {
    precondition(page.count == PageCipher.pageSize)
    let contentSize = PageCipher.contentSize
    guard
      let nonce = try? AES.GCM.Nonce(
        data: UnsafeRawBufferPointer(
          rebasing: page[contentSize..<contentSize + PageCipher.nonceSize])),
      let box = try? AES.GCM.SealedBox(
        nonce: nonce, ciphertext: UnsafeRawBufferPointer(rebasing: page[0..<contentSize]),
        tag: UnsafeRawBufferPointer(rebasing: page[(PageCipher.pageSize - PageCipher.tagSize)...])),
      let plain = try? AES.GCM.open(
        box, using: key, authenticating: PageCipher.associatedData(databaseID, place))
    else { return false }
    plain.copyBytes(to: UnsafeMutableRawBufferPointer(rebasing: page[0..<contentSize]))
    UnsafeMutableRawBufferPointer(rebasing: page[contentSize...]).initializeMemory(
      as: UInt8.self, repeating: 0)
    return true
  }
}
