import ShuoshiCore

/// Why a booth-session command could not be done. Says itself in Chinese and English.
public enum SessionError: LocalizedMessage, Equatable {
  /// No session is open on this laptop (for that day).
  case noneOpen(day: String?)
  case notFound(key: String)
  case ambiguous(key: String, matches: [String])
  /// The place or a staff name is over its bound or carries a control character (`FieldKind`).
  case invalidField(SessionField, FieldProblem)

  /// A session's free-text fields, for messages.
  public enum SessionField: Sendable, Equatable {
    case place, staff
    var kind: FieldKind { self == .place ? .label : .name }
    func name(_ lang: Lang) -> String {
      switch (self, lang) {
      case (.place, .zh): return "地点"
      case (.staff, .zh): return "值班人员"
      case (.place, .en): return "place"
      case (.staff, .en): return "staff"
      }
    }
  }

  /// The exit code the command line uses (3: nothing found, as for cases; 4: refused, as the
  /// engine's refusals).
  public var exitCode: Int32 {
    if case .invalidField = self { return 4 }
    return 3
  }

  /// The first field of an opening that may not be stored.
  static func check(place: String?, staff: [String]) -> SessionError? {
    let fields = [(place, SessionField.place)] + staff.map { ($0, .staff) }
    for (value, field) in fields {
      if let value, let problem = field.kind.problem(in: value) {
        return .invalidField(field, problem)
      }
    }
    return nil
  }

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
    case .invalidField(let field, let problem):
      return problem.message(field: field.name(lang), lang)
    }
  }
}
