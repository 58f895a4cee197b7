import Foundation
import GRDB
import GRDBSQLite

extension CaseStore {
  /// Before the store opens: with a marker the directory needs the right key, and its files
  /// are registered with the VFS; without one a key creates an encrypted store only where
  /// there is no database yet. Returns whether the store is encrypted.
  static func prepareEncryption(
    _ directory: DataDirectory, encryption: StoreEncryption?, databaseExists: Bool, create: Bool
  ) throws(StoreError) -> Bool {
    if let marker = try EncryptionMarker.read(in: directory) {
      guard let encryption else { throw .encryption(.keyNeeded(path: directory.path)) }
      guard marker.keyCheck == encryption.keyCheck else {
        throw .encryption(.wrongKey(path: directory.path))
      }
      // A plain SQLite header under a marker: `shuoshi encrypt` stopped half way.
      if databaseExists,
        (try? DatabaseFileCheck.verifyHeader(atPath: directory.databaseURL.path)) != nil
      {
        throw .encryption(.unfinished(path: directory.path))
      }
      EncryptedVFS.register(directory: directory.url, cipher: marker.cipher(encryption))
      return true
    }
    guard let encryption else { return false }
    if databaseExists { throw .encryption(.notEncrypted(path: directory.path)) }
    guard create else { return false }
    try directory.create()
    let marker = EncryptionMarker.new(for: encryption)
    try marker.write(in: directory)
    EncryptedVFS.register(directory: directory.url, cipher: marker.cipher(encryption))
    return true
  }

  /// Connection set-up an encrypted store adds: SQLite keeps the last 28 bytes of each page
  /// free for the nonce and tag (set before the first page is written; an existing file
  /// keeps its own), the page size is the VFS's, and temporary tables and indexes stay in
  /// memory so no plaintext temporary file is written.
  static func prepareEncrypted(_ db: Database) throws {
    try db.execute(sql: "PRAGMA page_size = \(PageCipher.pageSize)")
    var reserve = Int32(PageCipher.reserve)
    _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve)
    try db.execute(sql: "PRAGMA temp_store = MEMORY")
  }

  /// Whether this store's files are encrypted (a marker in its directory).
  public var isEncrypted: Bool { StoreEncryption.isEncrypted(directory) }

  /// Where the console writes a resident's receipt to print. A plain store: `receipts/` in the
  /// data directory, as before. An encrypted one: never on its disk — a private folder in
  /// `$XDG_RUNTIME_DIR` (memory, per user, emptied at logout), since a browser has to open
  /// the file to print it and a sealed copy could not be printed; nil when there is none.
  public func receiptsURL(environment: [String: String]) -> URL? {
    guard isEncrypted else { return directory.receiptsURL }
    guard let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty,
      FileManager.default.fileExists(atPath: runtime)
    else { return nil }
    return URL(fileURLWithPath: runtime).appendingPathComponent("shuoshi-receipts")
  }
}
