import ShuoshiCore

/// Why a booth-session command could not be done. Says itself in Chinese and English.
public enum SessionError: LocalizedMessage, Equatable {
  /// No session is open on this laptop (for that day).
  case noneOpen(day: String?)
  case notFound(key: String)
  case ambiguous(key: String, matches: [String])

  /// The exit code the command line uses (3: nothing found, as for cases).
  public var exitCode: Int32 { 3 }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .noneOpen(let day):
      let when = day.map { zh ? "（\($0)）" : " (\($0))" } ?? ""
      return zh
        ? "本机没有进行中的说事场次\(when)；先用 session open 开始一场"
        : "no booth session open on this laptop\(when); start one with session open"
    case .notFound(let key):
      return zh ? "找不到说事场次“\(key)”" : "no booth session \(key)"
    case .ambiguous(let key, let matches):
      return zh
        ? "“\(key)”匹配多个说事场次：\(matches.joined(separator: "、"))"
        : "\(key) matches several booth sessions: \(matches.joined(separator: ", "))"
    }
  }
}
