import Foundation
import ShuoshiStore

/// Starting sign-in on a data directory (`init --with-pin`, `operator add` on a directory
/// without operators): the keyring, its first operator (片区/街道), the recovery key shown
/// once, and the audit row.
enum FirstOperator {
  static func create(named name: String, _ context: AppContext) throws {
    let s = context.operatorStrings
    let pin = try context.readNewPIN(for: name)
    let (ring, first, recovery) = try Keyring.create(
      in: context.directory, firstOperator: name, secret: pin)
    print(s.created(first.info.name, first.info.role.name(context.lang), ring.url.path))
    print(s.recoveryKey(recovery.text))
    try OperatorAudit.record(.added, first.info, by: first.info, context)
  }
}
