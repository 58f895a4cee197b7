import ShuoshiCore

/// Why a warning command could not be done. Says itself in Chinese and English.
public enum WarningError: LocalizedMessage, Equatable {
  case notFound(key: String)
  case ambiguous(key: String, matches: [String])
  /// Dismissing needs the worker's reason.
  case reasonRequired
  case invalidReason(FieldProblem)
  /// Already dismissed or taken on: nothing more to do with it.
  case closed(WarningState)
  /// Folded into another warning of the same matter: that one is worked on.
  case merged(into: String)

  /// 3: nothing found (as for cases); 4: refused (as the engine's refusals).
  public var exitCode: Int32 {
    switch self {
    case .notFound, .ambiguous: return 3
    default: return 4
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .notFound(let key):
      return zh ? "找不到预警“\(key)”" : "no warning \(key)"
    case .ambiguous(let key, let matches):
      return zh
        ? "“\(key)”匹配多条预警：\(matches.joined(separator: "、"))"
        : "\(key) matches several warnings: \(matches.joined(separator: ", "))"
    case .reasonRequired:
      return zh ? "排除预警须写明原因（--reason）" : "dismissing a warning needs a reason (--reason)"
    case .invalidReason(let problem):
      return problem.message(field: zh ? "原因" : "reason", lang)
    case .closed(let state):
      return zh
        ? "这条预警\(state.name(lang))，不能再处理"
        : "this warning is \(state.name(lang)); nothing more to do"
    case .merged(let survivor):
      return zh
        ? "这条预警已并入 \(survivor)，请处理 \(survivor)"
        : "this warning was merged into \(survivor); work on \(survivor)"
    }
  }
}

/// Carries a `WarningError` out of a GRDB transaction.
struct WarningFailure: Error {
  let error: WarningError
}
