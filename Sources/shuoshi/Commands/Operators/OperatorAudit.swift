import Foundation
import ShuoshiStore

/// Writes an operator change into the store's audit table (`v9-operators`).
enum OperatorAudit {
  static func record(
    _ kind: OperatorChange.Kind, _ subject: OperatorInfo, by actor: OperatorInfo,
    _ context: AppContext
  ) throws {
    let store = try context.openStore()
    try store.recordOperatorChange(kind, subject, by: actor, now: context.now)
  }
}
