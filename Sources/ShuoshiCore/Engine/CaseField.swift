/// A free-text field a person fills in when taking in or acting on a case, with the bounds it
/// must keep (`FieldKind`, the one table shared with the CSV and bundle imports).
public enum CaseField: String, Sendable, CaseIterable {
  case name, phone, address, otherParty, text, overrideReason
  case assignee, volunteer, note, reason, summary, comment
  /// 回访: the resident's words.
  case words

  public var kind: FieldKind {
    switch self {
    case .name, .otherParty, .assignee, .volunteer: return .name
    case .phone: return .phone
    case .address: return .address
    case .text, .overrideReason, .note, .reason, .summary, .comment, .words: return .text
    }
  }

  /// The field's name in messages.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.name, .zh): return "姓名"
    case (.phone, .zh): return "电话"
    case (.address, .zh): return "地址"
    case (.otherParty, .zh): return "对方"
    case (.text, .zh): return "诉求内容"
    case (.overrideReason, .zh): return "调整原因"
    case (.assignee, .zh): return "承办人"
    case (.volunteer, .zh): return "志愿者"
    case (.note, .zh): return "备注"
    case (.reason, .zh): return "原因"
    case (.summary, .zh): return "办结说明"
    case (.comment, .zh): return "评价意见"
    case (.words, .zh): return "群众原话"
    case (.words, .en): return "resident's words"
    case (.otherParty, .en): return "other party"
    case (.overrideReason, .en): return "override reason"
    case (_, .en): return rawValue
    }
  }
}

/// One field that may not be stored, and why: what `CaseEngine.validate` returns.
public struct IntakeProblem: Equatable, Sendable {
  public let field: CaseField
  public let problem: FieldProblem

  public init(_ field: CaseField, _ problem: FieldProblem) {
    self.field = field
    self.problem = problem
  }

  /// The problem with `value` as `field`, if any.
  static func check(_ value: String?, as field: CaseField) -> IntakeProblem? {
    guard let value, let problem = field.kind.problem(in: value) else { return nil }
    return IntakeProblem(field, problem)
  }
}

extension FieldProblem {
  /// Why `field` was refused, in words.
  public func message(field: String, _ lang: Lang) -> String {
    switch (self, lang) {
    case (.tooLong(let max, let found), .zh):
      return "“\(field)”太长：最多 \(max) 个字，现有 \(found) 个"
    case (.tooLong(let max, let found), .en):
      return "\(field) is too long: at most \(max) characters, found \(found)"
    case (.controlCharacter(let v), .zh):
      return "“\(field)”含有控制字符 \(Self.scalarName(v))，不能保存"
    case (.controlCharacter(let v), .en):
      return "\(field) contains the control character \(Self.scalarName(v)) and cannot be stored"
    case (.empty, .zh): return "“\(field)”不能为空"
    case (.empty, .en): return "\(field) must not be empty"
    case (.notAPhoneNumber, .zh): return "“\(field)”无效：" + PhoneNumber.expected(.zh)
    case (.notAPhoneNumber, .en): return "invalid \(field): " + PhoneNumber.expected(.en)
    }
  }

  /// "U+001B".
  public static func scalarName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
