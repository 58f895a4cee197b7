/// What a worker may put right on a saved case (更正): the resident's details and what was
/// recorded at intake. The raw value is the name in the log and on the command line.
public enum CorrectableField: String, CaseIterable, Sendable {
  case name, phone, address
  case otherParty = "other-party"
  case category, text, urgent
  case receivedAt = "received-at"

  /// The field's name for people.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.name, .zh): return "姓名"
    case (.phone, .zh): return "电话"
    case (.address, .zh): return "地址"
    case (.otherParty, .zh): return "对方"
    case (.category, .zh): return "类别"
    case (.text, .zh): return "诉求内容"
    case (.urgent, .zh): return "紧急"
    case (.receivedAt, .zh): return "登记时间"
    case (.otherParty, .en): return "other party"
    case (.receivedAt, .en): return "received at"
    case (_, .en): return rawValue
    }
  }

  /// Whether the value names or reaches the resident: kept with the personal data, so an
  /// erasure removes it.
  public var isPersonal: Bool {
    switch self {
    case .name, .phone, .address, .otherParty, .text: return true
    case .category, .urgent, .receivedAt: return false
    }
  }
}

/// A correction as the worker asks for it: the field, the new value as typed (a category id,
/// `是`/`否`/`yes`/`no` for urgency, `HH:mm` or `YYYY-MM-DD HH:mm` for the received time), and
/// why.
public struct Correction: Sendable, Equatable {
  public var field: CorrectableField
  public var value: String
  public var reason: String

  public init(_ field: CorrectableField, to value: String, reason: String) {
    self.field = field
    self.value = value
    self.reason = reason
  }
}
