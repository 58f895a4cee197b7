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
      EncryptedVFSFile.with(file) { f in
        switch f.kind {
        case .database: return f.readDatabase(buf!, Int(amount), at: Int(offset))
        case .wal: return f.readWAL(buf!, Int(amount), at: Int(offset))
        case .journal: return f.readRaw(buf!, Int(amount), at: Int(offset))
        }
      }
    }
    m.pointee.xWrite = { file, buf, amount, offset in
      EncryptedVFSFile.with(file) { f in
        switch f.kind {
        case .database: return f.writeDatabase(buf!, Int(amount), at: Int(offset))
        case .wal: return f.writeWAL(buf!, Int(amount), at: Int(offset))
        case .journal: return f.writeJournal(buf!, Int(amount), at: Int(offset))
        }
      }
    }
    m.pointee.xTruncate = { file, size in
      EncryptedVFSFile.with(file) { f in
        // A truncated log (a checkpoint's TRUNCATE) starts over with a new header.
        if f.kind == .wal { f.walSalts.invalidate() }
        return f.methods.xTruncate(f.real, size)
      }
    }
    m.pointee.xSync = { file, flags in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xSync(f.real, flags)
      }
    }
    m.pointee.xFileSize = { file, size in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xFileSize(f.real, size)
      }
    }
    m.pointee.xLock = { file, lock in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xLock(f.real, lock)
      }
    }
    m.pointee.xUnlock = { file, lock in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xUnlock(f.real, lock)
      }
    }
    m.pointee.xCheckReservedLock = { file, out in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xCheckReservedLock(f.real, out)
      }
    }
    m.pointee.xFileControl = { file, op, arg in
      EncryptedVFSFile.with(file) { f in
        // No memory-mapped reads: SQLite would see the encrypted bytes.
        if op == SQLITE_FCNTL_MMAP_SIZE, let arg {
          arg.storeBytes(of: 0, as: sqlite3_int64.self)
          return SQLITE_OK
        }
        return f.methods.xFileControl(f.real, op, arg)
      }
    }
    m.pointee.xSectorSize = { file in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xSectorSize(f.real)
      }
    }
    m.pointee.xDeviceCharacteristics = { file in
      EncryptedVFSFile.with(file) { f in
        // Never batch-atomic: that path writes pages without the journal logic relied on here.
        return f.methods.xDeviceCharacteristics(f.real) & ~SQLITE_IOCAP_BATCH_ATOMIC
      }
    }
    m.pointee.xShmMap = { file, region, size, extend, out in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xShmMap(f.real, region, size, extend, out)
      }
    }
    m.pointee.xShmLock = { file, offset, n, flags in
      EncryptedVFSFile.with(file) { f in
        // Every transaction passes here before it touches the log: the log may have been
        // restarted (new salts) by a writer elsewhere, so its header is read afresh.
        f.walSalts.invalidate()
        return f.methods.xShmLock(f.real, offset, n, flags)
      }
    }
    m.pointee.xShmBarrier = { file in
      EncryptedVFSFile.with(file) { f in
        f.methods.xShmBarrier(f.real)
      }
    }
    m.pointee.xShmUnmap = { file, delete in
      EncryptedVFSFile.with(file) { f in
        return f.methods.xShmUnmap(f.real, delete)
      }
    }
    m.pointee.xFetch = { _, _, _, out in
      out?.pointee = nil
      return SQLITE_OK
    }
    m.pointee.xUnfetch = { _, _, _ in SQLITE_OK }
    return m
  }()
}
