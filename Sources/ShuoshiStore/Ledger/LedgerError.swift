import ShuoshiCore

/// Why a ledger operation (bundle export or import, settle, merge, erase) was refused. Each
/// says itself in Chinese and English and carries the command line's exit code. A refused
/// import has imported nothing.
public enum LedgerError: LocalizedMessage, Equatable {
  /// Not a shuoshi bundle at all.
  case notABundle(path: String)
  case unsupportedBundle(path: String, version: Int)
  /// Shorter than its header says: cut off in copying.
  case truncated(path: String, expected: Int, found: Int)
  /// The passphrase does not open the bundle (or its header was altered).
  case wrongPassphrase(path: String)
  /// The contents do not match their authentication tag or checksum: altered or damaged.
  case tampered(path: String)
  /// The bundle is encrypted and no passphrase was given.
  case passphraseNeeded
  case emptyPassphrase
  /// A new passphrase below the rule of `BundleSecret.isStrongEnough`.
  case weakPassphrase
  /// Decrypted, but its contents are not a valid ledger (bad format or a broken chain).
  case malformed(path: String, detail: String)
  /// Events of a device are missing between what is here and what the bundle starts with.
  case gap(device: String, have: Int64, bundleStarts: Int64)
  /// The bundle's event differs from the one here with the same device and sequence.
  case fork(device: String, seq: Int64)
  /// The import would leave the ledger failing verification (nothing was imported).
  case verifyFailed(VerifyReport)
  case unreadable(path: String, detail: String)
  case unwritable(path: String, detail: String)
  case noConflict(id: String)
  case noSuchVersion(id: String, keep: String)
  case sameCase(id: String)
  case alreadyMerged(id: String, into: String)
  case notMerged(id: String)
  case nothingToErase

  public var exitCode: Int32 {
    switch self {
    case .verifyFailed: return 9
    case .noConflict, .noSuchVersion, .sameCase, .alreadyMerged, .notMerged, .nothingToErase:
      return 4
    case .unreadable, .unwritable: return 6
    case .passphraseNeeded, .emptyPassphrase, .weakPassphrase: return 2
    default: return 8
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .notABundle(let p):
      return zh ? "“\(p)”不是说事数据包，未导入任何内容" : "\(p) is not a shuoshi bundle; nothing imported"
    case .unsupportedBundle(let p, let v):
      return zh
        ? "数据包“\(p)”的格式版本 \(v) 不受支持，请升级说事；未导入任何内容"
        : "bundle \(p) has format version \(v), not supported by this shuoshi; nothing imported"
    case .truncated(let p, let expected, let found):
      return zh
        ? "数据包“\(p)”不完整（应为 \(expected) 字节，实际 \(found) 字节），可能拷贝中断；未导入任何内容"
        : "bundle \(p) is truncated (\(found) of \(expected) bytes), perhaps an interrupted copy; nothing imported"
    case .wrongPassphrase(let p):
      return zh
        ? "口令不对，无法打开数据包“\(p)”（或文件头已损坏）；未导入任何内容"
        : "wrong passphrase for bundle \(p) (or its header is damaged); nothing imported"
    case .tampered(let p):
      return zh
        ? "数据包“\(p)”的内容已被改动或损坏，校验不通过；未导入任何内容"
        : "bundle \(p) has been altered or damaged (authentication failed); nothing imported"
    case .passphraseNeeded:
      return zh
        ? "需要口令：在终端输入，或用 --passphrase-file 文件 或环境变量 SHUOSHI_PASSPHRASE 提供"
        : "a passphrase is needed: type it at the terminal, or give --passphrase-file FILE or $SHUOSHI_PASSPHRASE"
    case .emptyPassphrase:
      return zh ? "口令不能为空" : "the passphrase must not be empty"
    case .weakPassphrase:
      return zh
        ? "口令太短：至少 8 个字母或数字（或 4 个汉字，一个汉字算两个），且不能是同一个字符重复；未写出数据包"
        : "passphrase too weak: at least 8 letters or digits (or 4 Chinese characters, each counts as two), not one character repeated; no bundle written"
    case .malformed(let p, var detail):
      // The detail may quote a value from the file: a 100,000-character one stays out.
      if detail.count > 120 { detail = String(detail.prefix(119)) + "…" }
      return zh
        ? "数据包“\(p)”内容无效（\(detail)）；未导入任何内容"
        : "bundle \(p) is not a valid ledger (\(detail)); nothing imported"
    case .gap(let device, let have, let starts):
      return zh
        ? "缺少设备 \(device.prefix(8)) 的第 \(have + 1)–\(starts - 1) 条记录：请先导入更早的数据包，或请对方做一次完整导出；未导入任何内容"
        : "events \(have + 1)–\(starts - 1) of device \(device.prefix(8)) are missing: import the earlier bundle first, or ask for a full export; nothing imported"
    case .fork(let device, let seq):
      return zh
        ? "数据包中设备 \(device.prefix(8)) 的第 \(seq) 条记录与本机的不同：有一方的历史被改写过；未导入任何内容"
        : "event \(seq) of device \(device.prefix(8)) differs from the one here: one side's history was rewritten; nothing imported"
    case .verifyFailed(let report):
      return (zh ? "校验不通过，未导入任何内容：\n" : "verification failed; nothing imported:\n")
        + report.problems.map { "  " + $0.message(lang) }.joined(separator: "\n")
    case .unreadable(let p, let detail):
      return zh ? "无法读取“\(p)”：\(detail)" : "cannot read \(p): \(detail)"
    case .unwritable(let p, let detail):
      return zh ? "无法写入“\(p)”：\(detail)" : "cannot write \(p): \(detail)"
    case .noConflict(let id):
      return zh ? "案件“\(id)”没有待处理的冲突" : "case \(id) has no conflict to settle"
    case .noSuchVersion(let id, let keep):
      return zh
        ? "案件“\(id)”的冲突中没有版本“\(keep)”（用 conflicts 查看可选版本）"
        : "no version \"\(keep)\" in the conflicts of case \(id) (see conflicts)"
    case .sameCase(let id):
      return zh ? "不能把案件“\(id)”合并到它自己" : "cannot merge case \(id) into itself"
    case .alreadyMerged(let id, let into):
      return zh ? "案件“\(id)”已并入“\(into)”" : "case \(id) is already merged into \(into)"
    case .notMerged(let id):
      return zh ? "案件“\(id)”没有被合并" : "case \(id) is not merged"
    case .nothingToErase:
      return zh ? "没有找到该居民的案件" : "no cases of that resident"
    }
  }
}
