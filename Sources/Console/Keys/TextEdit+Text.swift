import ShuoshiCore
import TerminalUI

/// The text-field editing keys (`TextEdit`, fixed in TerminalUI) in help, `docs/keys.md` and
/// the README's key list: one "编辑 · Text fields" group after the keymap's contexts.
extension TextEdit {
  /// The group's heading.
  public static func groupTitle(_ lang: Lang) -> String {
    lang == .zh ? "编辑（输入框）" : "Editing (text fields)"
  }

  /// A word or two for the README's key list.
  public func title(_ lang: Lang) -> String {
    let (zh, en) = titles
    return lang == .zh ? zh : en
  }

  /// One line for help and `docs/keys.md`.
  public func summary(_ lang: Lang) -> String {
    let (zh, en) = summaries
    return lang == .zh ? zh : en
  }

  private var titles: (String, String) {
    switch self {
    case .lineStart: return ("行首", "start")
    case .lineEnd: return ("行尾", "end")
    case .deleteToStart: return ("删到行首", "delete to start")
    case .deleteWord: return ("删前一词", "delete word")
    case .deleteToEnd: return ("删到行尾", "delete to end")
    }
  }

  private var summaries: (String, String) {
    switch self {
    case .lineStart: return ("光标移到行首", "move to the start of the line")
    case .lineEnd: return ("光标移到行尾", "move to the end of the line")
    case .deleteToStart: return ("删除光标前的整行内容", "delete from the start of the line to the cursor")
    case .deleteWord:
      return (
        "删除光标前的一个词（一串汉字，或一串其他非空格字符）",
        "delete the word before the cursor (a run of Chinese characters or of other non-blanks)"
      )
    case .deleteToEnd: return ("删除光标后的内容", "delete from the cursor to the end of the line")
    }
  }
}
