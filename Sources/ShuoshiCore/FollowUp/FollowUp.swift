import Foundation

/// How a 回访 reached (or tried to reach) the resident.
public enum FollowUpMethod: String, Codable, CaseIterable, Sendable {
  /// 电话
  case phone
  /// 上门
  case visit
  /// 来访: the resident came to the desk (the booth rating counts as one).
  case walkIn = "walk_in"

  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let m = FollowUpMethod(rawValue: s) { self = m; return }
    switch s {
    case "电话", "1": self = .phone
    case "上门", "2": self = .visit
    case "来访", "walk-in", "walkin", "3": self = .walkIn
    default: return nil
    }
  }

  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.phone, .zh): return "电话"
    case (.visit, .zh): return "上门"
    case (.walkIn, .zh): return "来访"
    case (.phone, .en): return "phone"
    case (.visit, .en): return "visit"
    case (.walkIn, .en): return "walk-in"
    }
  }
}

/// 是否解决: the resident's answer to “is it solved?”.
public enum Solved: String, Codable, CaseIterable, Sendable {
  /// 已解决
  case solved
  /// 部分解决
  case partly
  /// 未解决
  case unsolved

  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let v = Solved(rawValue: s) { self = v; return }
    switch s {
    case "已解决", "解决", "1": self = .solved
    case "部分解决", "2": self = .partly
    case "未解决", "没解决", "3": self = .unsolved
    default: return nil
    }
  }

  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.solved, .zh): return "已解决"
    case (.partly, .zh): return "部分解决"
    case (.unsolved, .zh): return "未解决"
    case (.solved, .en): return "solved"
    case (.partly, .en): return "partly solved"
    case (.unsolved, .en): return "unsolved"
    }
  }
}

/// Where a case's 回访 stands: the latest answer, or 未联系上 after the last failed attempt.
public enum FollowUpResult: String, Codable, CaseIterable, Sendable {
  case solved, partly, unsolved
  /// 未联系上: every allowed attempt failed; counted apart, left out of 解决率.
  case unreached

  public init(_ solved: Solved) {
    switch solved {
    case .solved: self = .solved
    case .partly: self = .partly
    case .unsolved: self = .unsolved
    }
  }

  public func name(_ lang: Lang) -> String {
    switch self {
    case .solved: return Solved.solved.name(lang)
    case .partly: return Solved.partly.name(lang)
    case .unsolved: return Solved.unsolved.name(lang)
    case .unreached: return lang == .zh ? "未联系上" : "not reached"
    }
  }
}

/// One 回访 as the worker records it: how, whether the resident was reached, and — when
/// reached — whether it is solved, how satisfied they are, and their words (personal text).
public struct FollowUp: Sendable, Equatable {
  public var method: FollowUpMethod
  public var reached: Bool
  public var solved: Solved?
  public var satisfaction: Rating?
  public var words: String?

  public init(
    method: FollowUpMethod, reached: Bool, solved: Solved? = nil, satisfaction: Rating? = nil,
    words: String? = nil
  ) {
    self.method = method
    self.reached = reached
    self.solved = solved
    self.satisfaction = satisfaction
    self.words = words
  }

  /// 重办: the resident says it is not solved, or is not satisfied.
  public var needsRedo: Bool {
    reached && (solved == .unsolved || satisfaction == .unsatisfied)
  }
}

/// The 回访 rules of `data/routing.yaml` (`follow_up:`).
public struct FollowUpRules: Sendable, Equatable {
  /// Working days after the resolution by which the 回访 falls due.
  public var dueWorkingDays: Int
  /// Failed attempts to reach the resident after which the 回访 closes as 未联系上.
  public var maxAttempts: Int

  public init(dueWorkingDays: Int = 1, maxAttempts: Int = 3) {
    self.dueWorkingDays = dueWorkingDays
    self.maxAttempts = maxAttempts
  }

  public static let standard = FollowUpRules()
}
