import ShuoshiCore

/// What went wrong with an encrypted data directory (`StoreError.encryption`).
public enum EncryptionProblem: Sendable, Equatable {
  /// A page of the database (or of its write-ahead log) failed its authentication tag.
  case pageCheckFailed(path: String, page: Int)
  /// A side file (receipt, settings) failed its authentication tag.
  case fileCheckFailed(path: String)
  /// The directory is encrypted and no key was given.
  case keyNeeded(path: String)
  /// The key given does not open this directory.
  case wrongKey(path: String)
  /// A key was given for a directory whose store is not encrypted.
  case notEncrypted(path: String)
  /// `encryption.json` is unreadable or of a version this build does not know.
  case badMarker(path: String)
  /// The key is not 32 bytes.
  case badKey
  case keyFileUnreadable(path: String)
  /// `shuoshi encrypt` stopped: the encrypted copy did not match the plain store.
  case verifyFailed(detail: String)
  /// `shuoshi encrypt` on a directory that is encrypted already.
  case alreadyEncrypted(path: String)
  /// A previous `shuoshi encrypt` was interrupted.
  case unfinished(path: String)

  public var exitCode: Int32 {
    switch self {
    case .pageCheckFailed, .fileCheckFailed, .badMarker, .unfinished: return 5
    case .keyNeeded, .wrongKey, .notEncrypted, .badKey, .keyFileUnreadable: return 7
    case .verifyFailed: return 5
    case .alreadyEncrypted: return 2
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .pageCheckFailed(let p, let page):
      return zh
        ? "数据文件“\(p)”第 \(page) 页校验失败：文件被改动或损坏，已拒绝读取；请从备份恢复"
        : "page \(page) of data file \(p) failed its check: the file was altered or damaged; refused to read it; restore a backup"
    case .fileCheckFailed(let p):
      return zh
        ? "文件“\(p)”校验失败：文件被改动或损坏，已拒绝读取"
        : "file \(p) failed its check: it was altered or damaged; refused to read it"
    case .keyNeeded(let p):
      return zh
        ? "数据目录“\(p)”已加密，需要登录后才能打开（暂用 SHUOSHI_DATA_KEY_FILE 指定密钥文件）"
        : "data directory \(p) is encrypted; sign in to open it (for now: SHUOSHI_DATA_KEY_FILE names the key file)"
    case .wrongKey(let p):
      return zh
        ? "密钥打不开数据目录“\(p)”（不是这个站点的密钥），文件未改动"
        : "the key does not open data directory \(p) (not this site's key); files left untouched"
    case .notEncrypted(let p):
      return zh
        ? "数据目录“\(p)”尚未加密；请先运行 shuoshi encrypt"
        : "data directory \(p) is not encrypted yet; run shuoshi encrypt first"
    case .badMarker(let p):
      return zh
        ? "加密说明文件“\(p)”无法读取或版本未知，已拒绝打开"
        : "encryption marker \(p) is unreadable or of an unknown version; refused"
    case .badKey:
      return zh ? "数据密钥必须是 32 字节" : "the data key must be 32 bytes"
    case .keyFileUnreadable(let p):
      return zh
        ? "密钥文件“\(p)”无法读取（应为 32 字节密钥的 base64）"
        : "key file \(p) is unreadable (expected base64 of a 32-byte key)"
    case .verifyFailed(let detail):
      return zh
        ? "加密副本核对不符（\(detail)），原数据未改动，加密已中止"
        : "the encrypted copy did not verify (\(detail)); the plain store is untouched; encryption stopped"
    case .alreadyEncrypted(let p):
      return zh ? "数据目录“\(p)”已经加密，无需再做" : "data directory \(p) is encrypted already"
    case .unfinished(let p):
      return zh
        ? "数据目录“\(p)”上次加密未完成；请再次运行 shuoshi encrypt 完成它"
        : "encrypting data directory \(p) was interrupted; run shuoshi encrypt again to finish"
    }
  }
}
