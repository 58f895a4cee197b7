import Foundation

/// What an operator who signs in may do (docs/SECURITY.md, "Operators, keys and roles"). The
/// raw value is what `keyring.json` and the command line carry.
public enum OperatorRole: String, CaseIterable, Sendable, Codable {
  /// 网格员/楼栋长: the cases of their own grid.
  case grid
  /// 社区干部: every case of the unit.
  case unit
  /// 片区/街道: every case, plus merge, void, erase and managing operators.
  case street
  /// 审计: reads and verifies, changes nothing.
  case auditor

  /// The role's name as a worker says it.
  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.grid, .zh): "网格员/楼栋长"
    case (.unit, .zh): "社区干部"
    case (.street, .zh): "片区/街道"
    case (.auditor, .zh): "审计"
    case (.grid, .en): "grid worker"
    case (.unit, .en): "community cadre"
    case (.street, .en): "district/street"
    case (.auditor, .en): "auditor"
    }
  }

  /// Parses a role as typed (`grid`, `网格员`, `楼栋长`, `社区干部`, `街道`…).
  public static func parse(_ text: String) -> OperatorRole? {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let role = OperatorRole(rawValue: t) { return role }
    switch t {
    case "网格员", "楼栋长", "网格员/楼栋长": return .grid
    case "社区干部", "社区": return .unit
    case "片区", "街道", "片区/街道": return .street
    case "审计", "audit": return .auditor
    default: return nil
    }
  }
}
