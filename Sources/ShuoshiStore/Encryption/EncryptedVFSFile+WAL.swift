import Foundation
import GRDBSQLite

/// The write-ahead log: a 32-byte header, then frames of a 24-byte header (page number,
/// commit size, salts, checksums — no record content, left in clear for SQLite's recovery)
/// and one page sealed with AAD `.walFrame(page, salts, frame position)`.
extension EncryptedVFSFile {
  /// Frame `k` (0-based) whose page area overlaps `pos`, or nil for a header byte.
  func frameData(at pos: Int) -> Int? {
    guard pos >= Self.walHeaderSize else { return nil }
    let k = (pos - Self.walHeaderSize) / Self.frameSize
    let inFrame = (pos - Self.walHeaderSize) % Self.frameSize
    return inFrame >= Self.frameHeaderSize ? k : nil
  }

  func dataStart(ofFrame k: Int) -> Int {
    Self.walHeaderSize + k * Self.frameSize + Self.frameHeaderSize
  }

  /// Where frame `k`'s page belongs: the page number from its header, the salts of the log
  /// (its 32-byte header: a frame's own salt copy is still zero while SQLite rewrites the
  /// transaction's checksums) and the frame's position.
  func place(fromFrameHeader h: UnsafeRawPointer, frame k: Int, salts: (UInt32, UInt32))
    -> PageCipher.Place
  {
    .walFrame(page: Self.word(h, 0), salt1: salts.0, salt2: salts.1, frame: UInt32(k))
  }

  static func word(_ h: UnsafeRawPointer, _ at: Int) -> UInt32 {
    let b = h.advanced(by: at).assumingMemoryBound(to: UInt8.self)
    return UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])
  }

  /// Reads the 24-byte header of frame `k` from the file.
  func frameHeader(_ k: Int) -> [UInt8]? {
    var h = [UInt8](repeating: 0, count: Self.frameHeaderSize)
    let rc = h.withUnsafeMutableBytes {
      readRaw(
        $0.baseAddress!, Self.frameHeaderSize, at: dataStart(ofFrame: k) - Self.frameHeaderSize)
    }
    return rc == SQLITE_OK ? h : nil
  }

  func writeWAL(_ buf: UnsafeRawPointer, _ amount: Int, at offset: Int) -> Int32 {
    var done = 0
    while done < amount {
      let pos = offset + done
      guard let k = frameData(at: pos) else {
        // Header bytes (the WAL's or a frame's) go through as they are.
        let next =
          pos < Self.walHeaderSize
          ? Self.walHeaderSize : dataStart(ofFrame: (pos - Self.walHeaderSize) / Self.frameSize)
        let n = min(amount - done, next - pos)
        let rc = writeRaw(buf + done, n, at: pos)
        if rc != SQLITE_OK { return rc }
        noteHeaderWrite(buf + done, n, at: pos)
        done += n
        continue
      }
      // SQLite writes a frame's page whole (no splitting with power-safe overwrite).
      guard pos == dataStart(ofFrame: k), amount - done >= Self.pageSize else {
        return SQLITE_IOERR_WRITE
      }
      // The frame's header: in this buffer, just written by this file, or read back.
      let header: UnsafeRawPointer
      if done >= Self.frameHeaderSize {
        header = buf + done - Self.frameHeaderSize
      } else if lastFrameHeaderFrame == k {
        header = UnsafeRawPointer(lastFrameHeader)
      } else {
        let rc = readRaw(lastFrameHeader, Self.frameHeaderSize, at: pos - Self.frameHeaderSize)
        guard rc == SQLITE_OK else { return SQLITE_IOERR_WRITE }
        lastFrameHeaderFrame = k
        header = UnsafeRawPointer(lastFrameHeader)
      }
      guard let salts = saltsForWrite(frameHeader: header) else { return SQLITE_IOERR_WRITE }
      scratch.copyMemory(from: UnsafeRawBufferPointer(start: buf + done, count: Self.pageSize))
      guard cipher.seal(scratch, at: place(fromFrameHeader: header, frame: k, salts: salts))
      else { return SQLITE_IOERR_WRITE }
      let rc = writeRaw(scratch.baseAddress!, Self.pageSize, at: pos)
      if rc != SQLITE_OK { return rc }
      done += Self.pageSize
    }
    return SQLITE_OK
  }

  /// After header bytes went to the file: a new log header updates the salts every
  /// connection here uses; a frame's whole header is kept for the page that follows it.
  func noteHeaderWrite(_ bytes: UnsafeRawPointer, _ n: Int, at pos: Int) {
    if pos < Self.walHeaderSize {
      if pos == 0 && n >= 24 {
        walSalts.written((Self.word(bytes, 16), Self.word(bytes, 20)))
      } else {
        walSalts.invalidate()
      }
      return
    }
    let k = (pos - Self.walHeaderSize) / Self.frameSize
    if n == Self.frameHeaderSize && pos == dataStart(ofFrame: k) - Self.frameHeaderSize {
      lastFrameHeader.copyMemory(from: bytes, byteCount: n)
      lastFrameHeaderFrame = k
    } else {
      lastFrameHeaderFrame = -1
    }
  }

  /// The log's salts for sealing a frame whose header is `h`. SQLite copies the log's salts
  /// into each frame header it writes (zeros while it will rewrite a transaction's checksums
  /// at the commit): salts there that differ from the cached ones mean the cache is stale,
  /// so the log header is read again.
  func saltsForWrite(frameHeader h: UnsafeRawPointer) -> (UInt32, UInt32)? {
    let inFrame = (Self.word(h, 8), Self.word(h, 12))
    let (cached, epoch) = walSalts.cached()
    if let cached, inFrame == (0, 0) || inFrame == cached { return cached }
    return readSalts(epoch: epoch)
  }

  /// The log's salts: cached, or read from its header.
  func currentSalts() -> (UInt32, UInt32)? {
    let (cached, epoch) = walSalts.cached()
    return cached ?? readSalts(epoch: epoch)
  }

  func readSalts(epoch: UInt64) -> (UInt32, UInt32)? {
    let fresh = withUnsafeTemporaryAllocation(byteCount: Self.walHeaderSize, alignment: 8) {
      h -> (UInt32, UInt32)? in
      guard readRaw(h.baseAddress!, Self.walHeaderSize, at: 0) == SQLITE_OK else { return nil }
      return (Self.word(h.baseAddress!, 16), Self.word(h.baseAddress!, 20))
    }
    if let fresh { walSalts.remember(fresh, readAt: epoch) }
    return fresh
  }

  func readWAL(_ buf: UnsafeMutableRawPointer, _ amount: Int, at offset: Int) -> Int32 {
    if amount == Self.pageSize, let k = frameData(at: offset), offset == dataStart(ofFrame: k),
      let rc = readFramePage(buf, frame: k)
    {
      return rc
    }
    let rc = readRaw(buf, amount, at: offset)
    guard rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ else { return rc }
    let end = offset + amount
    var k = offset < Self.walHeaderSize ? 0 : (offset - Self.walHeaderSize) / Self.frameSize
    while true {
      let start = dataStart(ofFrame: k)
      if start >= end { break }
      defer { k += 1 }
      if start + Self.pageSize <= offset { continue }
      let headerInBuffer = start - Self.frameHeaderSize >= offset
      // The frame's page, whole, in scratch.
      if start >= offset && start + Self.pageSize <= end {
        scratch.copyMemory(
          from: UnsafeRawBufferPointer(start: buf + (start - offset), count: Self.pageSize))
      } else {
        let r = readRaw(scratch.baseAddress!, Self.pageSize, at: start)
        if r != SQLITE_OK && r != SQLITE_IOERR_SHORT_READ { return r }
      }
      if isZero(scratch) && rc == SQLITE_IOERR_SHORT_READ { continue }  // past the end
      let header: [UInt8]
      if headerInBuffer {
        header = Array(
          UnsafeRawBufferPointer(
            start: buf + (start - Self.frameHeaderSize - offset), count: Self.frameHeaderSize))
      } else {
        guard let h = frameHeader(k) else { return fail(page: 0) }
        header = h
      }
      let current = currentSalts()
      let where_ = header.withUnsafeBytes {
        place(fromFrameHeader: $0.baseAddress!, frame: k, salts: current ?? (0, 0))
      }
      if cipher.open(scratch, at: where_) {
        let from = max(start, offset)
        let to = min(start + Self.pageSize, end)
        (buf + (from - offset)).copyMemory(
          from: scratch.baseAddress! + (from - start), byteCount: to - from)
        continue
      }
      let (page, salt1, salt2) = header.withUnsafeBytes {
        (
          Self.word($0.baseAddress!, 0), Self.word($0.baseAddress!, 8),
          Self.word($0.baseAddress!, 12)
        )
      }
      // A frame read with its header is SQLite recovering the log (or rewriting checksums).
      // A frame from an older log (other salts in its header) or the torn last write of an
      // unfinished save is left as it is: SQLite's own salt and checksum test ends the log
      // there. A failed frame followed by frames of the current log is an altered file.
      if headerInBuffer {
        guard let current, current == (salt1, salt2) else { continue }
        if !laterFrameHasSalts(after: k, salt1, salt2) { continue }
      }
      return fail(page: Int(page))
    }
    return rc
  }

  /// SQLite's usual log read: the page of frame `k`, known valid from the wal-index. Its
  /// header and page come in one read, the page opens in scratch and is copied out. nil when
  /// the frame is not whole in the file (the general path then decides).
  func readFramePage(_ buf: UnsafeMutableRawPointer, frame k: Int) -> Int32? {
    let start = dataStart(ofFrame: k) - Self.frameHeaderSize
    let rc = readRaw(frameScratch.baseAddress!, Self.frameSize, at: start)
    guard rc == SQLITE_OK else { return rc == SQLITE_IOERR_SHORT_READ ? nil : rc }
    let header = UnsafeRawPointer(frameScratch.baseAddress!)
    let page = UnsafeMutableRawBufferPointer(
      rebasing: frameScratch[Self.frameHeaderSize..<Self.frameSize])
    let pageNumber = Self.word(header, 0)
    guard let salts = currentSalts(),
      cipher.open(page, at: place(fromFrameHeader: header, frame: k, salts: salts))
    else { return fail(page: Int(pageNumber)) }
    buf.copyMemory(from: page.baseAddress!, byteCount: Self.pageSize)
    return SQLITE_OK
  }

  func laterFrameHasSalts(after k: Int, _ salt1: UInt32, _ salt2: UInt32) -> Bool {
    var size: sqlite3_int64 = 0
    guard methods.xFileSize(real, &size) == SQLITE_OK else { return true }
    var j = k + 1
    while dataStart(ofFrame: j) + Self.pageSize <= Int(size) {
      if let h = frameHeader(j),
        h.withUnsafeBytes({ (Self.word($0.baseAddress!, 8), Self.word($0.baseAddress!, 12)) })
          == (salt1, salt2)
      {
        return true
      }
      j += 1
    }
    return false
  }

  /// A rollback journal of an encrypted database may hold only its headers and page
  /// numbers: the store runs in WAL mode and fresh copies are written without one, so a
  /// page's content arriving here (a write of a page at an unaligned offset) is refused
  /// rather than written in clear.
  func writeJournal(_ buf: UnsafeRawPointer, _ amount: Int, at offset: Int) -> Int32 {
    if amount > 64 && offset % 512 != 0 { return SQLITE_IOERR_WRITE }
    return writeRaw(buf, amount, at: offset)
  }
}
