import Crypto
import Foundation

/// AES-256-GCM over one database page in place: the first `pageSize - reserve` bytes are the
/// content SQLite uses; the page's last 28 reserved bytes (SQLite leaves them alone once the
/// database says `reserve = 28`) carry a fresh random nonce (12) and the tag (16). The
/// associated data names where the page belongs (database id, file kind, page or frame
/// position), so a page moved elsewhere fails to open.
// SymmetricKey is immutable once made (swift-crypto does not mark it Sendable yet).
struct PageCipher: @unchecked Sendable {
  /// The one page size of an encrypted database (SQLite's default; fixed so the VFS knows
  /// where pages start without parsing headers it cannot yet read).
  static let pageSize = 4096
  static let nonceSize = 12
  static let tagSize = 16
  /// Bytes at the end of every page SQLite must leave unused (`SQLITE_FCNTL_RESERVE_BYTES`).
  static let reserve = nonceSize + tagSize
  static var contentSize: Int { pageSize - reserve }

  let key: SymmetricKey
  /// 16 random bytes naming this data directory's database (from `encryption.json`).
  let databaseID: [UInt8]

  init(key: SymmetricKey, databaseID: [UInt8]) {
    self.key = key
    self.databaseID = databaseID
  }

  /// Where a page sits: the main file's page number, or a WAL frame (its page number, the
  /// WAL's two salts and the frame's position) so a replayed or moved frame fails.
  enum Place {
    case page(UInt32)
    case walFrame(page: UInt32, salt1: UInt32, salt2: UInt32, frame: UInt32)
  }

  func associatedData(_ place: Place) -> [UInt8] {
    var aad = databaseID
    func put(_ v: UInt32) {
      aad += [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }
    switch place {
    case .page(let n):
      aad.append(UInt8(ascii: "D"))
      put(n)
    case .walFrame(let page, let salt1, let salt2, let frame):
      aad.append(UInt8(ascii: "W"))
      put(page)
      put(salt1)
      put(salt2)
      put(frame)
    }
    return aad
  }

  /// Encrypts `page` (exactly `pageSize` bytes) in place.
  func seal(_ page: UnsafeMutableRawBufferPointer, at place: Place) throws {
    precondition(page.count == Self.pageSize)
    let content = UnsafeRawBufferPointer(rebasing: page[0..<Self.contentSize])
    let box = try AES.GCM.seal(
      content, using: key, nonce: AES.GCM.Nonce(), authenticating: associatedData(place))
    box.ciphertext.copyBytes(
      to: UnsafeMutableRawBufferPointer(rebasing: page[0..<Self.contentSize]))
    let nonceStart = Self.contentSize
    box.nonce.withUnsafeBytes { n in
      UnsafeMutableRawBufferPointer(rebasing: page[nonceStart..<nonceStart + Self.nonceSize])
        .copyMemory(from: n)
    }
    box.tag.copyBytes(
      to: UnsafeMutableRawBufferPointer(rebasing: page[(Self.pageSize - Self.tagSize)...]))
  }

  /// Decrypts `page` in place; false (and `page` unchanged) when the tag does not verify.
  func open(_ page: UnsafeMutableRawBufferPointer, at place: Place) -> Bool {
    precondition(page.count == Self.pageSize)
    let nonceStart = Self.contentSize
    guard
      let nonce = try? AES.GCM.Nonce(
        data: UnsafeRawBufferPointer(rebasing: page[nonceStart..<nonceStart + Self.nonceSize])),
      let box = try? AES.GCM.SealedBox(
        nonce: nonce, ciphertext: UnsafeRawBufferPointer(rebasing: page[0..<Self.contentSize]),
        tag: UnsafeRawBufferPointer(rebasing: page[(Self.pageSize - Self.tagSize)...])),
      let plain = try? AES.GCM.open(box, using: key, authenticating: associatedData(place))
    else { return false }
    plain.copyBytes(to: UnsafeMutableRawBufferPointer(rebasing: page[0..<Self.contentSize]))
    // The reserved bytes are SQLite's to ignore; zero rather than hand back the nonce and tag.
    UnsafeMutableRawBufferPointer(rebasing: page[Self.contentSize...]).initializeMemory(
      as: UInt8.self, repeating: 0)
    return true
  }
}
