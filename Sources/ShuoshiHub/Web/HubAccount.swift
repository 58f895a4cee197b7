import Foundation

/// A person who reads the street's reports in a browser: the street office sees every unit,
/// a unit's account only its own.
public struct HubAccount: Sendable, Equatable {
  public enum Role: String, Sendable, CaseIterable {
    case street, unit
  }

  public var id: Int64
  public var name: String
  public var role: Role
  /// The unit of a `unit` account; nil for the street office.
  public var unit: String?

  /// The unit whose cases this account may see, or nil for all of them.
  public var scope: String? { role == .street ? nil : unit }

  /// Whether this account may see a case of `unit`.
  public func maySee(unit caseUnit: String) -> Bool { scope == nil || scope == caseUnit }
}

/// Why an account command or a login was refused.
public enum HubAccountError: Error, Equatable, CustomStringConvertible {
  case nameTaken(String)
  case noSuchUser(String)
  case unknownUnit(String, known: [String])
  case unitNeeded
  case weakPassword
  /// Wrong name or password (one message: a guesser learns nothing).
  case badLogin
  /// Five failures in a row: the account waits until `until`.
  case locked(until: Date)

  public var description: String {
    switch self {
    case .nameTaken(let name): return "用户 \(name) 已存在"
    case .noSuchUser(let name): return "没有用户 \(name)"
    case .unknownUnit(let unit, let known):
      return
        "没有单位 \(unit)（已有：\(known.isEmpty ? "无，先用 add-laptop 添加" : known.joined(separator: "、"))）"
    case .unitNeeded: return "单位账号需要 --unit，街道账号不要 --unit"
    case .weakPassword: return "密码太短：至少 8 个字母或数字（汉字算 2 个）"
    case .badLogin: return "用户名或密码不对"
    case .locked: return "连续输错 5 次，请 5 分钟后再试"
    }
  }
}
