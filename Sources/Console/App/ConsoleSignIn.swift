import Foundation
import ShuoshiCore
import ShuoshiStore

/// Sign-in and the screen lock, handed over by the launcher when the data directory has
/// operators who sign in (`keyring.json`); nil keeps the console as before (no sign-in, no
/// lock).
public struct ConsoleSignIn {
  /// The operators' names, in the keyring's order.
  public var operators: [String]
  /// Tries `name` with `secret`: the signed-in actor (name and role), or the keyring's refusal
  /// (wrong PIN, the wait after five, an altered entry). The keyring's `signIn` is the rule.
  public var attempt: (_ name: String, _ secret: String) throws -> Actor
  /// Lock after this long without a key (the site's `lock_minutes`, 5 by default).
  public var idleLimit: TimeInterval
  /// The clock idle time is measured on: the real one, even when `SHUOSHI_NOW` pins the
  /// console's day; tests move it.
  public var idleClock: any WallClock
  /// Start on the sign-in screen (the launcher); false when the operator signed in before.
  public var startLocked: Bool
  /// A line under the sign-in form (the demo's PIN).
  public var note: String?

  public init(
    operators: [String], attempt: @escaping (_ name: String, _ secret: String) throws -> Actor,
    idleLimit: TimeInterval = 300, idleClock: any WallClock = SystemClock(),
    startLocked: Bool = true
  ) {
    self.operators = operators
    self.attempt = attempt
    self.idleLimit = idleLimit
    self.idleClock = idleClock
    self.startLocked = startLocked
  }

  /// Sign-in against the keyring in `directory`, read afresh for each try so wrong tries
  /// counted by another process (or the CLI) count here too.
  public static func keyring(
    _ ring: Keyring, directory: DataDirectory, idleLimit: TimeInterval
  ) -> ConsoleSignIn {
    ConsoleSignIn(
      operators: ring.operators.map(\.name),
      attempt: { name, secret in
        var current = try Keyring.load(from: directory) ?? ring
        let person = try current.signIn(name, secret: secret, now: Date())
        return Actor(person.info.name, holder: person.info.holder)
      }, idleLimit: idleLimit)
  }
}
