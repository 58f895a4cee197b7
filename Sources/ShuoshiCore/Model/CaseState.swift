/// Where a case stands in its life.
public enum CaseState: String, Codable, CaseIterable, Sendable {
  case new
  case assigned
  case inProgress = "in_progress"
  /// Waiting on the resident or a third party: the deadline clock pauses.
  case waiting
  /// Resolved, awaiting the resident's rating.
  case resolved
  case closed

  /// States in which the deadline clock runs and the sweep may escalate.
  public var clockRuns: Bool { self == .new || self == .assigned || self == .inProgress }
  /// Not yet resolved or closed.
  public var isOpen: Bool { self != .resolved && self != .closed }

  /// The states whose deadline clock runs, in declaration order.
  public static let running: [CaseState] = allCases.filter(\.clockRuns)
  /// The states of a case not yet resolved or closed, in declaration order.
  public static let open: [CaseState] = allCases.filter(\.isOpen)

  /// `state IN ('new', 'assigned', 'in_progress')`: the one way SQL names a set of states, so
  /// queries match the text of the partial indexes built on the same sets.
  public static func sqlIn(_ states: [CaseState], column: String = "state") -> String {
    "\(column) IN (" + states.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
  }
}

/// The resident's rating of a resolved case (群众评单).
public enum Rating: String, Codable, CaseIterable, Sendable {
  case satisfied
  /// 基本满意
  case basic
  case unsatisfied

  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let r = Rating(rawValue: s) { self = r; return }
    switch s {
    case "满意", "1": self = .satisfied
    case "基本满意", "basically_satisfied", "2": self = .basic
    case "不满意", "3": self = .unsatisfied
    default: return nil
    }
  }
}

/// Why a case moved up a tier.
public enum EscalationReason: String, Codable, CaseIterable, Sendable {
  case overdue, unsatisfied, risk, manual

  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let r = EscalationReason(rawValue: s) { self = r; return }
    switch s {
    case "超期": self = .overdue
    case "不满意": self = .unsatisfied
    case "风险": self = .risk
    case "手动", "人工": self = .manual
    default: return nil
    }
  }
}
