import Foundation
import GRDBSQLite

/// The main database file: page N (1-based) lives at `(N-1) * pageSize`, sealed with AAD
/// `.page(N)`. SQLite reads parts of pages (100 bytes of page 1, 16 bytes at offset 24…):
/// the whole page is read and opened, then the part asked for is copied out.
extension EncryptedVFSFile {
  func readDatabase(_ buf: UnsafeMutableRawPointer, _ amount: Int, at offset: Int) -> Int32 {
    let size = Self.pageSize
    var done = 0
    var short = false
    while done < amount {
      let pos = offset + done
      let pageStart = pos / size * size
      let within = pos - pageStart
      let n = min(amount - done, size - within)
      let page = pageStart / size + 1
      // A whole page (SQLite's usual read) is opened in the caller's buffer; a part of one
      // in scratch, then copied out.
      let whole = n == size
      let target =
        whole ? UnsafeMutableRawBufferPointer(start: buf + done, count: size) : scratch
      let rc = readRaw(target.baseAddress!, size, at: pageStart)
      if rc == SQLITE_IOERR_SHORT_READ {
        // Past the end of the file: SQLite expects zeros. A page cut short is damage.
        guard isZero(target) else { return fail(page: page) }
        short = true
      } else if rc != SQLITE_OK {
        return rc
      } else if page == Self.lockBytePage && isZero(target) {
        // Never written (SQLite skips it); zeros are what it would read.
      } else if !cipher.open(target, at: .page(UInt32(page))) {
        return fail(page: page)
      }
      if !whole { (buf + done).copyMemory(from: scratch.baseAddress! + within, byteCount: n) }
      done += n
    }
    return short ? SQLITE_IOERR_SHORT_READ : SQLITE_OK
  }

  func writeDatabase(_ buf: UnsafeRawPointer, _ amount: Int, at offset: Int) -> Int32 {
    let size = Self.pageSize
    var done = 0
    while done < amount {
      let pos = offset + done
      let pageStart = pos / size * size
      let within = pos - pageStart
      let n = min(amount - done, size - within)
      let page = pageStart / size + 1
      if n < size {
        // Part of a page (SQLite writes whole pages; kept correct anyway): read, patch, seal.
        let rc = readDatabase(scratch.baseAddress!, size, at: pageStart)
        if rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ { return rc }
      }
      (scratch.baseAddress! + within).copyMemory(from: buf + done, byteCount: n)
      if page == 1, !Self.headerLeavesRoom(scratch) { return SQLITE_IOERR_WRITE }
      guard cipher.seal(scratch, at: .page(UInt32(page))) else { return SQLITE_IOERR_WRITE }
      let rc = writeRaw(scratch.baseAddress!, size, at: pageStart)
      if rc != SQLITE_OK { return rc }
      done += n
    }
    return SQLITE_OK
  }

  /// Page 1 must say page size 4096 and at least 28 reserved bytes, else SQLite would keep
  /// content where the nonce and tag go: refused rather than corrupted.
  static func headerLeavesRoom(_ page: UnsafeMutableRawBufferPointer) -> Bool {
    let pageSize = Int(page[16]) << 8 | Int(page[17])
    return pageSize == PageCipher.pageSize && Int(page[20]) >= PageCipher.reserve
  }

  func isZero(_ buf: UnsafeMutableRawBufferPointer) -> Bool {
    buf.allSatisfy { $0 == 0 }
  }
}
