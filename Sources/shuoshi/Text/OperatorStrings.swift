import ShuoshiCore

/// The lines of sign-in and `operator add|remove|list|passwd|recover`, one table per language
/// like `CLIStrings`.
struct OperatorStrings: Sendable {
  let whoPrompt: @Sendable (_ names: [String]) -> String
  let pinPrompt: @Sendable (_ name: String) -> String
  let newPinPrompt: @Sendable (_ name: String) -> String
  let pinAgain: String
  let pinsDiffer: String
  let pinUnreadable: String
  /// No terminal to ask on and no `$SHUOSHI_PIN` / `--pin-file`.
  let signInNeeded: @Sendable (_ path: String) -> String
  let recoveryPrompt: String
  /// The recovery key, shown once.
  let recoveryKey: @Sendable (_ key: String) -> String
  let created: @Sendable (_ name: String, _ role: String, _ path: String) -> String
  let added: @Sendable (_ name: String, _ role: String, _ grid: String?) -> String
  let removed: @Sendable (_ name: String) -> String
  let changed: @Sendable (_ name: String) -> String
  let recovered: @Sendable (_ name: String) -> String
  let noSignIn: String
  let listHeader: String
  let listRow:
    @Sendable (_ name: String, _ role: String, _ grid: String?, _ failures: Int) -> String

  static func forLang(_ lang: Lang) -> OperatorStrings { lang == .zh ? .zh : .en }

  static let zh = OperatorStrings(
    whoPrompt: { "谁在登录？（\($0.joined(separator: "、"))）：" },
    pinPrompt: { "\($0) 的 PIN 或口令：" },
    newPinPrompt: { "\($0) 的新 PIN（6 位以上数字）或口令：" },
    pinAgain: "再输一次：",
    pinsDiffer: "两次输入不一致",
    pinUnreadable: "读不出 PIN 文件",
    signInNeeded: {
      "\($0) 已启用操作员登录：请用 --operator 姓名 并设 $SHUOSHI_PIN 或 --pin-file 文件（或在终端中运行以输入 PIN）"
    },
    recoveryPrompt: "恢复密钥（8 组，每组 4 个字母或数字）：",
    recoveryKey: {
      """
      恢复密钥（只显示这一次，请抄下交街道办保险柜保管；所有人忘记 PIN 时用它重设）：

          \($0)

      """
    },
    created: { name, role, path in "已启用操作员登录：首位操作员 \(name)（\(role)）→ \(path)" },
    added: { name, role, grid in "已添加操作员 \(name)（\(role)\(grid.map { "，\($0)" } ?? "")）" },
    removed: { "已删除操作员 \($0)（已记录的事件仍署其名）" },
    changed: { "已更换 \($0) 的 PIN（数据无需重新加密）" },
    recovered: { "已用恢复密钥为 \($0) 设置新 PIN" },
    noSignIn: "此数据目录尚未启用操作员登录（任何人都可用任意姓名记录）；用 shuoshi operator add 姓名 启用",
    listHeader: "姓名\t角色\t网格\t连续输错",
    listRow: { name, role, grid, failures in "\(name)\t\(role)\t\(grid ?? "—")\t\(failures)" }
  )

  static let en = OperatorStrings(
    whoPrompt: { "Who is signing in? (\($0.joined(separator: ", "))): " },
    pinPrompt: { "PIN or passphrase of \($0): " },
    newPinPrompt: { "New PIN (6+ digits) or passphrase of \($0): " },
    pinAgain: "Again: ",
    pinsDiffer: "the two entries differ",
    pinUnreadable: "cannot read the PIN file",
    signInNeeded: {
      "\($0) has operators who sign in: give --operator NAME and $SHUOSHI_PIN or --pin-file FILE (or run in a terminal to type the PIN)"
    },
    recoveryPrompt: "Recovery key (8 groups of 4 letters or digits): ",
    recoveryKey: {
      """
      Recovery key (shown only this once; write it down for the street office's safe — it sets a new PIN when everyone has forgotten theirs):

          \($0)

      """
    },
    created: { name, role, path in
      "Operators now sign in: first operator \(name) (\(role)) → \(path)"
    },
    added: { name, role, grid in "Added operator \(name) (\(role)\(grid.map { ", \($0)" } ?? ""))"
    },
    removed: { "Removed operator \($0) (events already recorded keep their name)" },
    changed: { "Changed the PIN of \($0) (no data re-encrypted)" },
    recovered: { "Set a new PIN for \($0) with the recovery key" },
    noSignIn:
      "This data directory has no operators who sign in (anyone can record under any name); run shuoshi operator add NAME to start",
    listHeader: "name\trole\tgrid\twrong tries",
    listRow: { name, role, grid, failures in "\(name)\t\(role)\t\(grid ?? "—")\t\(failures)" }
  )
}
