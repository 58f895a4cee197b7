import Foundation
import ShuoshiCore

/// The demo street's operators, so `shuoshi --demo` shows sign-in, roles and the lock: one per
/// role that changes things plus an auditor, all with the documented demo PIN (README). Never
/// made for a real data directory: only the console's `--demo` calls it.
public enum DemoOperators {
  public static let pin = "123456"
  /// Name and role, the first (片区/街道) made first so it can add the others.
  public static let all: [(name: String, role: OperatorRole)] = [
    ("王芳", .street), ("李娜", .unit), ("张德明", .grid), ("赵敏", .auditor),
  ]

  /// Makes the keyring in `directory` unless it has one.
  public static func create(in directory: DataDirectory, kdf: ScryptParams = .standard)
    throws(KeyringError)
  {
    guard !Keyring.exists(in: directory) else { return }
    let (ring, first, _) = try Keyring.create(
      in: directory, firstOperator: all[0].name, secret: pin, kdf: kdf)
    var keyring = ring
    for (name, role) in all.dropFirst() {
      _ = try keyring.add(NewOperator(name: name, role: role), secret: pin, by: first)
    }
  }
}
