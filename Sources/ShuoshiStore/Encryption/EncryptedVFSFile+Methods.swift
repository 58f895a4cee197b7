import Foundation
import GRDBSQLite

/// The `sqlite3_io_methods` of an encrypted file: reads and writes go through the cipher,
/// everything else (locks, sync, size, the shared-memory wal-index) to the unix file.
/// Memory mapping is refused (`xFetch` hands out nothing) so every read is decrypted.
extension EncryptedVFSFile {
  nonisolated(unsafe) static let ioMethods: UnsafeMutablePointer<sqlite3_io_methods> = {
    let m = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
    m.initialize(to: sqlite3_io_methods())
    m.pointee.iVersion = 3
    m.pointee.xClose = { file in
      let f = EncryptedVFSFile.of(file)
      let rc = f.methods.xClose(f.real)
      EncryptedVFSFile.release(file)
      return rc
    }
    m.pointee.xRead = { file, buf, amount, offset in
      let f = EncryptedVFSFile.of(file)
      switch f.kind {
      case .database: return f.readDatabase(buf!, Int(amount), at: Int(offset))
      case .wal: return f.readWAL(buf!, Int(amount), at: Int(offset))
      case .journal: return f.readRaw(buf!, Int(amount), at: Int(offset))
      }
    }
    m.pointee.xWrite = { file, buf, amount, offset in
      let f = EncryptedVFSFile.of(file)
      switch f.kind {
      case .database: return f.writeDatabase(buf!, Int(amount), at: Int(offset))
      case .wal: return f.writeWAL(buf!, Int(amount), at: Int(offset))
      case .journal: return f.writeJournal(buf!, Int(amount), at: Int(offset))
      }
    }
    m.pointee.xTruncate = { file, size in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xTruncate(f.real, size)
    }
    m.pointee.xSync = { file, flags in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xSync(f.real, flags)
    }
    m.pointee.xFileSize = { file, size in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xFileSize(f.real, size)
    }
    m.pointee.xLock = { file, lock in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xLock(f.real, lock)
    }
    m.pointee.xUnlock = { file, lock in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xUnlock(f.real, lock)
    }
    m.pointee.xCheckReservedLock = { file, out in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xCheckReservedLock(f.real, out)
    }
    m.pointee.xFileControl = { file, op, arg in
      let f = EncryptedVFSFile.of(file)
      // No memory-mapped reads: SQLite would see the encrypted bytes.
      if op == SQLITE_FCNTL_MMAP_SIZE, let arg {
        arg.storeBytes(of: 0, as: sqlite3_int64.self)
        return SQLITE_OK
      }
      return f.methods.xFileControl(f.real, op, arg)
    }
    m.pointee.xSectorSize = { file in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xSectorSize(f.real)
    }
    m.pointee.xDeviceCharacteristics = { file in
      let f = EncryptedVFSFile.of(file)
      // Never batch-atomic: that path writes pages without the journal logic relied on here.
      return f.methods.xDeviceCharacteristics(f.real) & ~SQLITE_IOCAP_BATCH_ATOMIC
    }
    m.pointee.xShmMap = { file, region, size, extend, out in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xShmMap(f.real, region, size, extend, out)
    }
    m.pointee.xShmLock = { file, offset, n, flags in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xShmLock(f.real, offset, n, flags)
    }
    m.pointee.xShmBarrier = { file in
      let f = EncryptedVFSFile.of(file)
      f.methods.xShmBarrier(f.real)
    }
    m.pointee.xShmUnmap = { file, delete in
      let f = EncryptedVFSFile.of(file)
      return f.methods.xShmUnmap(f.real, delete)
    }
    m.pointee.xFetch = { _, _, _, out in
      out?.pointee = nil
      return SQLITE_OK
    }
    m.pointee.xUnfetch = { _, _, _ in SQLITE_OK }
    return m
  }()
}
