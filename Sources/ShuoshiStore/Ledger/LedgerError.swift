import Foundation
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
  /// An event's clock reads further ahead of this laptop's "now" than the allowed skew (or
  /// outside what a clock can hold): never adopted, since every later local event would
  /// follow it. `claimed` is the reading's milliseconds since 1970.
  case clockAhead(path: String, device: String, seq: Int64, claimed: Int64, limitHours: Int)
  case badClock(path: String, device: String, seq: Int64)
  /// The bundle is not encrypted and `--allow-unencrypted` was not given.
  case unencrypted(path: String)
  /// The bundle would add events to this laptop's own chain.
  case ownChain(path: String, seq: Int64)
  /// An event breaks a bound of docs/LEDGER.md ("Limits a bundle must keep"): `field` names
  /// the field, `problem` what is wrong with it.
  case invalidEvent(
    path: String, device: String, seq: Int64, field: String, problem: BundleFieldProblem)
  /// A device id or site code in the bundle is not one a laptop makes (`field`: `device` or
  /// `site`).
  case badIdentity(path: String, field: String, value: String)
  /// Cases in the bundle carry a laptop letter (`HJ-A`) another device already holds here.
  case laptopLetterTaken(path: String, letter: String, devices: [String])
  case bundleTooLarge(path: String, bytes: Int64, limit: Int64)
  case tooManyEvents(path: String, caseUUID: String, count: Int, limit: Int)
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
    case .clockAhead(let p, let device, let seq, let claimed, let hours):
      let when = Millis.describe(claimed)
      return zh
        ? "数据包“\(p)”中设备 \(device.prefix(8)) 的第 \(seq) 条记录的时间是 \(when)，比本机时间超前 \(hours) 小时以上：对方电脑的时钟可能不对，请校准后重新导出；未导入任何内容"
        : "bundle \(p): event \(seq) of device \(device.prefix(8)) claims the time \(when), more than \(hours) hours ahead of this laptop: the sender's clock is probably wrong, set it and export again; nothing imported"
    case .badClock(let p, let device, let seq):
      return zh
        ? "数据包“\(p)”中设备 \(device.prefix(8)) 的第 \(seq) 条记录的时钟读数无效；未导入任何内容"
        : "bundle \(p): event \(seq) of device \(device.prefix(8)) has an invalid clock reading; nothing imported"
    case .unencrypted(let p):
      return zh
        ? "数据包“\(p)”未加密：任何人都能伪造或读取它。确认来源可靠时才可加 --allow-unencrypted 导入；未导入任何内容"
        : "bundle \(p) is not encrypted: anyone could have forged or read it. Only if you trust its source, import it with --allow-unencrypted; nothing imported"
    case .ownChain(let p, let seq):
      return zh
        ? "数据包“\(p)”想以本机的名义追加记录（本机设备的第 \(seq) 条起）：本机的记录只能在本机写入；未导入任何内容"
        : "bundle \(p) tries to add events to this laptop's own chain (from event \(seq)): only this laptop writes its own events; nothing imported"
    case .invalidEvent(let p, let device, let seq, let field, let problem):
      return zh
        ? "数据包“\(p)”中设备 \(device.prefix(8)) 的第 \(seq) 条记录的字段 \(field) 不合规定（\(problem.message(lang))）；未导入任何内容"
        : "bundle \(p): field \(field) of event \(seq) of device \(device.prefix(8)) is not allowed (\(problem.message(lang))); nothing imported"
    case .badIdentity(let p, let field, let value):
      let shown = Self.quoteForMessage(value)
      let name = field == "site" ? (zh ? "站点代码" : "site code") : (zh ? "设备编号" : "device id")
      return zh
        ? "数据包“\(p)”中的\(name)“\(shown)”不是说事生成的格式；未导入任何内容"
        : "bundle \(p): \(name) \"\(shown)\" is not one shuoshi makes; nothing imported"
    case .laptopLetterTaken(let p, let letter, let devices):
      let named = devices.map { String($0.prefix(8)) }
      return zh
        ? "数据包“\(p)”中的案件编号用了电脑代号 \(letter)，而本机已知设备 \(named[0]) 用这个代号；"
          + "设备 \(named[1]) 与它重号，两台电脑会给不同案件开出同一编号。未导入任何内容；"
          + "请在其中一台上用 shuoshi init --laptop 换一个代号后重新导出"
        : "bundle \(p): its cases use laptop letter \(letter), which device \(named[0]) already "
          + "holds here; device \(named[1]) claims it too, so both would issue the same case "
          + "numbers. Nothing imported; give one of them another letter (shuoshi init --laptop) "
          + "and export again"
    case .bundleTooLarge(let p, let bytes, let limit):
      return zh
        ? "数据包“\(p)”有 \(bytes) 字节，超过上限 \(limit) 字节；未导入任何内容"
        : "bundle \(p) has \(bytes) bytes, more than the limit of \(limit); nothing imported"
    case .tooManyEvents(let p, let uuid, let count, let limit):
      return zh
        ? "数据包“\(p)”中案件 \(uuid.prefix(8)) 有 \(count) 条记录，超过单个数据包每案 \(limit) 条的上限；未导入任何内容"
        : "bundle \(p) carries \(count) events of case \(uuid.prefix(8)), more than the limit of \(limit) per case in one bundle; nothing imported"
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

  /// A value from a file, short and with control characters shown as code points.
  static func quoteForMessage(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars.prefix(60) {
      out +=
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        ? "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩" : String(scalar)
    }
    return value.unicodeScalars.count > 60 ? out + "…" : out
  }
}
