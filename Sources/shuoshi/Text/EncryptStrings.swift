import ShuoshiCore

/// The words of `shuoshi encrypt` (issue 16), one table per language like `CLIStrings`.
struct EncryptStrings: Sendable {
  let noKey: String
  let done: @Sendable (_ cases: Int, _ events: Int, _ backups: Int) -> String
  let emptyBackups: String

  static func forLang(_ lang: Lang) -> EncryptStrings { lang == .zh ? .zh : .en }

  static let zh = EncryptStrings(
    noKey:
      "加密需要本机的数据密钥：请先设置登录（shuoshi init --with-pin 或 shuoshi operator add），以操作员身份运行（--operator 和 PIN）",
    done: { "已加密数据目录：\($0) 件案件、\($1) 条记录核对无误，迁移备份 \($2) 份一并加密；明文旧文件已清零删除" },
    emptyBackups: "提示：旧的明文数据可能还留在系统备份、回收站或同步盘里，请一并清理")

  static let en = EncryptStrings(
    noKey:
      "encrypting needs the site data key: set up sign-in first (shuoshi init --with-pin or shuoshi operator add), then run it as an operator (--operator and the PIN)",
    done: {
      "data directory encrypted: \($0) cases and \($1) events verified, \($2) migration backups encrypted too; the plain files were zeroed and removed"
    },
    emptyBackups:
      "note: the old plain data may remain in system backups, the trash or a synced folder; clear those too"
  )
}
