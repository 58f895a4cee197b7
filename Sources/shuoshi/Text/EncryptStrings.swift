import ShuoshiCore
import ShuoshiStore

/// The words of `shuoshi encrypt` (issue 16), one table per language like `CLIStrings`.
struct EncryptStrings: Sendable {
  let noKey: String
  let done: @Sendable (_ cases: Int, _ events: Int, _ backups: Int) -> String
  let emptyBackups: String
  let progress: @Sendable (EncryptionProgress) -> String

  static func forLang(_ lang: Lang) -> EncryptStrings { lang == .zh ? .zh : .en }

  static let zh = EncryptStrings(
    noKey:
      "加密需要本机的数据密钥：请先设置登录（shuoshi init --with-pin 或 shuoshi operator add），以操作员身份运行（--operator 和 PIN）",
    done: { "已加密数据目录：\($0) 件案件、\($1) 条记录核对无误，迁移备份 \($2) 份一并加密；明文旧文件已清零删除" },
    emptyBackups: "提示：旧的明文数据可能还留在系统备份、回收站或同步盘里，请一并清理",
    progress: { step in
      switch step {
      case .checkingPlain: "正在核对原数据（哈希链、各表行数）……"
      case .copying(let written, let total):
        "正在写入加密副本：\(EncryptStrings.megabytes(written)) / \(EncryptStrings.megabytes(total)) MB"
      case .checkingCopy: "正在核对加密副本（逐页校验、哈希链、各表行数）……"
      case .backups(let n): "正在加密迁移备份 \(n) 份……"
      case .replacing: "正在替换明文文件并清零旧数据……"
      }
    })

  static let en = EncryptStrings(
    noKey:
      "encrypting needs the site data key: set up sign-in first (shuoshi init --with-pin or shuoshi operator add), then run it as an operator (--operator and the PIN)",
    done: {
      "data directory encrypted: \($0) cases and \($1) events verified, \($2) migration backups encrypted too; the plain files were zeroed and removed"
    },
    emptyBackups:
      "note: the old plain data may remain in system backups, the trash or a synced folder; clear those too",
    progress: { step in
      switch step {
      case .checkingPlain: "checking the plain store (hash chains, rows of every table)…"
      case .copying(let written, let total):
        "writing the encrypted copy: \(EncryptStrings.megabytes(written)) / \(EncryptStrings.megabytes(total)) MB"
      case .checkingCopy:
        "checking the encrypted copy (every page, hash chains, rows of every table)…"
      case .backups(let n): "encrypting \(n) migration backups…"
      case .replacing: "replacing the plain files and zeroing the old data…"
      }
    }
  )

  /// Whole megabytes (a copy's size is a rough guide: the copy may end smaller).
  static func megabytes(_ bytes: Int64) -> String { String(bytes / 1_000_000) }
}
