import CLibCrypto
import Crypto
import Foundation

/// AES-256-GCM over one database page in place: the first `pageSize - reserve` bytes are the
/// content SQLite uses; the page's last 28 reserved bytes (SQLite leaves them alone once the
/// database says `reserve = 28`) carry a fresh random nonce (12) and the tag (16). The
/// associated data names where the page belongs (database id, file kind, page or frame
/// position), so a page moved elsewhere fails to open.
///
/// The cipher is the system's libcrypto (OpenSSL 3): the key schedule is computed once per
/// key (`PageCipherKeySchedule`); each open file gets its own `PageCipherContext`, a copy of
/// it, and seals or opens pages in place with no allocation.
struct PageCipher: Sendable {
  /// The one page size of an encrypted database (SQLite's default; fixed so the VFS knows
  /// where pages start without parsing headers it cannot yet read).
  static let pageSize = 4096
  static let nonceSize = 12
  static let tagSize = 16
  /// Bytes at the end of every page SQLite must leave unused (`SQLITE_FCNTL_RESERVE_BYTES`).
  static let reserve = nonceSize + tagSize
  static var contentSize: Int { pageSize - reserve }

  /// 16 random bytes naming this data directory's database (from `encryption.json`).
  let databaseID: [UInt8]
  /// nil only when libcrypto refused the key or has no AES-256-GCM (files then fail to open).
  let schedule: PageCipherKeySchedule?

  init(key: SymmetricKey, databaseID: [UInt8]) {
    self.databaseID = databaseID
    schedule = key.withUnsafeBytes { PageCipherKeySchedule(key: $0) }
  }

  /// A context for one open file (nil when libcrypto failed).
  func makeContext() -> PageCipherContext? {
    guard let ctx = schedule?.copy() else { return nil }
    return PageCipherContext(ctx, databaseID: databaseID)
  }

  /// Where a page sits: the main file's page number, or a WAL frame (its page number, the
  /// WAL's two salts and the frame's position) so a replayed or moved frame fails.
  enum Place {
    case page(UInt32)
    case walFrame(page: UInt32, salt1: UInt32, salt2: UInt32, frame: UInt32)
  }

  /// The associated data of a page at `place`: the database id, then "D" and the page number,
  /// or "W" and the frame's page number, salts and position (big-endian). The format on disk.
  static func associatedData(_ databaseID: [UInt8], _ place: Place) -> [UInt8] {
    var tail = [UInt8](repeating: 0, count: maxPlaceSize)
    let n = tail.withUnsafeMutableBytes { writePlace(place, to: $0.baseAddress!) }
    return databaseID + tail.prefix(n)
  }

  /// The longest place: "W" and four 32-bit words.
  static let maxPlaceSize = 17

  /// Writes `place`'s part of the associated data at `out`; returns its length.
  @inline(__always)
  static func writePlace(_ place: Place, to out: UnsafeMutableRawPointer) -> Int {
    @inline(__always) func put(_ v: UInt32, _ at: Int) {
      out.storeBytes(of: v.bigEndian, toByteOffset: at, as: UInt32.self)
    }
    switch place {
    case .page(let n):
      out.storeBytes(of: UInt8(ascii: "D"), as: UInt8.self)
      put(n, 1)
      return 5
    case .walFrame(let page, let salt1, let salt2, let frame):
      out.storeBytes(of: UInt8(ascii: "W"), as: UInt8.self)
      put(page, 1)
      put(salt1, 5)
      put(salt2, 9)
      put(frame, 13)
      return 17
    }
  }
}

/// AES-256-GCM fetched from libcrypto once per process, and one key's schedule, computed once:
/// files copy it (`EVP_CIPHER_CTX_copy`) rather than expanding the key again.
final class PageCipherKeySchedule: @unchecked Sendable {
  nonisolated(unsafe) static let aesGCM: OpaquePointer? = shuoshi_gcm_fetch()

  /// Only ever copied, under `lock` (OpenSSL does not promise a context may be read by two
  /// threads at once; a copy happens once per file opened, so the lock costs nothing).
  private let template: OpaquePointer
  private let lock = NSLock()

  init?(key: UnsafeRawBufferPointer) {
    guard key.count == 32, let gcm = Self.aesGCM,
      let ctx = shuoshi_gcm_context(gcm, key.bindMemory(to: UInt8.self).baseAddress)
    else { return nil }
    template = ctx
  }

  deinit { EVP_CIPHER_CTX_free(template) }

  func copy() -> OpaquePointer? {
    lock.withLock { shuoshi_gcm_copy(template) }
  }
}

/// One file's cipher context. Not shared: SQLite calls a file object from the one connection
/// that opened it, one call at a time (GRDB runs each connection on its own serial queue), so
/// a context per file needs no lock — the readers' pool and the console's upkeep each have
/// their own connections, hence their own files and contexts.
final class PageCipherContext {
  private let ctx: OpaquePointer
  /// The associated data: the database id, then room for the place (written per page).
  private let aad: UnsafeMutablePointer<UInt8>
  private let prefix: Int

  init(_ ctx: OpaquePointer, databaseID: [UInt8]) {
    self.ctx = ctx
    prefix = databaseID.count
    aad = .allocate(capacity: prefix + PageCipher.maxPlaceSize)
    aad.initialize(from: databaseID, count: prefix)
  }

  deinit {
    EVP_CIPHER_CTX_free(ctx)
    aad.deallocate()
  }

  private func aadLength(_ place: PageCipher.Place) -> Int32 {
    Int32(prefix + PageCipher.writePlace(place, to: UnsafeMutableRawPointer(aad + prefix)))
  }

  /// Encrypts `page` (exactly `pageSize` bytes) in place with a fresh random nonce; false if
  /// libcrypto failed (the page is then unusable).
  func seal(_ page: UnsafeMutableRawBufferPointer, at place: PageCipher.Place) -> Bool {
    precondition(page.count == PageCipher.pageSize)
    let base = page.baseAddress!.assumingMemoryBound(to: UInt8.self)
    let nonce = base + PageCipher.contentSize
    let tag = nonce + PageCipher.nonceSize
    guard shuoshi_random(nonce, Int32(PageCipher.nonceSize)) == 1 else { return false }
    return shuoshi_gcm_seal(
      ctx, nonce, aad, aadLength(place), base, Int32(PageCipher.contentSize), tag) == 1
  }

  /// Decrypts `page` in place; false when the tag does not verify, and then the content is
  /// zeroed (no unauthenticated byte is ever handed on).
  func open(_ page: UnsafeMutableRawBufferPointer, at place: PageCipher.Place) -> Bool {
    precondition(page.count == PageCipher.pageSize)
    let base = page.baseAddress!.assumingMemoryBound(to: UInt8.self)
    let nonce = base + PageCipher.contentSize
    let tag = nonce + PageCipher.nonceSize
    let ok =
      shuoshi_gcm_open(
        ctx, nonce, aad, aadLength(place), base, Int32(PageCipher.contentSize), tag) == 1
    // The reserved bytes are SQLite's to ignore; zero rather than hand back the nonce and tag.
    let from = ok ? PageCipher.contentSize : 0
    (UnsafeMutableRawPointer(base) + from).initializeMemory(
      as: UInt8.self, repeating: 0, count: PageCipher.pageSize - from)
    return ok
  }
}
