/// Why the terminal could not start or went away. Messages are bilingual: the worker reads
/// the Chinese, the person they phone reads the English.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The locale's character set is not UTF-8 (the codeset found).
  case notUTF8(codeset: String)
  /// Standard input or output is not a terminal (piped, redirected, run from cron).
  case notATerminal
  /// ncurses could not set up the terminal named by `TERM`.
  case cannotInitialize(term: String)
  /// Input failed and the terminal is gone (closed window, dropped SSH session).
  case terminalGone

  public var description: String {
    switch self {
    case .notUTF8(let codeset):
      return "终端字符集不是 UTF-8（当前为 \(codeset)），请设置 LANG=C.UTF-8 或 zh_CN.UTF-8 后重试 / "
        + "terminal is not UTF-8 (codeset \(codeset)); set LANG=C.UTF-8 and try again"
    case .notATerminal:
      return "标准输入或输出不是终端，无法显示界面 / stdin or stdout is not a terminal"
    case .cannotInitialize(let term):
      return "无法初始化终端（TERM=\(term)），请检查 TERM 设置 / "
        + "cannot initialise the terminal (TERM=\(term)); check TERM"
    case .terminalGone:
      return "终端已断开 / the terminal went away"
    }
  }
}
