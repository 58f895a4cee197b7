import Crypto
import Foundation
import ShuoshiCore

/// An operator as the keyring lists them (no key material).
public struct OperatorInfo: Sendable, Equatable {
  public var id: String
  public var name: String
  public var role: OperatorRole
  /// The grid a 网格员/楼栋长 looks after.
  public var grid: String?
  /// Wrong tries in a row since the last sign-in.
  public var failures: Int

  public var holder: RoleHolder { RoleHolder(role: role, grid: grid) }
}

/// Someone who signed in: who they are and the site data key their PIN unwrapped (for the
/// encrypted store; never written anywhere).
public struct SignedInOperator {
  public var info: OperatorInfo
  public let dataKey: SymmetricKey
}

/// A new operator's answers.
public struct NewOperator: Sendable, Equatable {
  public var name: String
  public var role: OperatorRole
  public var grid: String?
  public init(name: String, role: OperatorRole, grid: String? = nil) {
    self.name = name.trimmingCharacters(in: .whitespaces)
    self.role = role
    self.grid = grid.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap {
      $0.isEmpty ? nil : $0
    }
  }

  func check() throws(KeyringError) {
    if name.isEmpty { throw .badName(.empty) }
    if let p = FieldKind.name.problem(in: name) { throw .badName(p) }
    if let grid, let p = FieldKind.label.problem(in: grid) { throw .badName(p) }
  }
}
