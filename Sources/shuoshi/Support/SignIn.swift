import Foundation
import ShuoshiCore
import ShuoshiStore

extension AppContext {
  var operatorStrings: OperatorStrings { OperatorStrings.forLang(lang) }

  /// In a data directory with a keyring, signs the operator in: `--operator` or
  /// `$SHUOSHI_OPERATOR` (else the only operator, or the one on duty in site.yaml), with the
  /// PIN from `--pin-file`, `$SHUOSHI_PIN` or the terminal. Events then carry that operator's
  /// name, and `RolePolicy` their role. Without a keyring nothing changes.
  mutating func signIn() throws {
    guard var ring = try Keyring.load(from: directory) else { return }
    let name = try whoSignsIn(ring)
    let secret = try readPIN(prompt: operatorStrings.pinPrompt(name))
    // The wait after wrong tries runs on the real clock, even when SHUOSHI_NOW pins the day.
    let person = try ring.signIn(name, secret: secret, now: Date())
    signedIn = person
    actor = Actor(person.info.name, holder: person.info.holder)
  }

  func whoSignsIn(_ ring: Keyring) throws -> String {
    let names = ring.operators.map(\.name)
    if let requested = requestedOperator { return requested }
    if names.count == 1 { return names[0] }
    if let onDuty = userConfig.operatorName, names.contains(onDuty) { return onDuty }
    throw UsageProblem(
      zh: OperatorStrings.zh.signInNeeded(directory.path),
      en: OperatorStrings.en.signInNeeded(directory.path))
  }

  /// A PIN to sign in with: `--pin-file` (first line), `$SHUOSHI_PIN`, or asked without echo.
  func readPIN(prompt: String) throws -> String {
    if let pinFile {
      guard let text = try? String(contentsOfFile: pinFile, encoding: .utf8) else {
        throw LedgerError.unreadable(path: pinFile, detail: operatorStrings.pinUnreadable)
      }
      return try Passphrase.nonEmpty(
        String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""))
    }
    if let env = environment["SHUOSHI_PIN"] { return try Passphrase.nonEmpty(env) }
    guard let typed = Terminal.ask(prompt) else {
      throw UsageProblem(
        zh: OperatorStrings.zh.signInNeeded(directory.path),
        en: OperatorStrings.en.signInNeeded(directory.path))
    }
    return try Passphrase.nonEmpty(typed)
  }

  /// A NEW PIN for `name`: `$SHUOSHI_NEW_PIN` (scripts and tests), else asked twice without
  /// echo. Checked by the keyring (`OperatorSecret`).
  func readNewPIN(for name: String) throws -> String {
    if let env = environment["SHUOSHI_NEW_PIN"] { return try Passphrase.nonEmpty(env) }
    guard let first = Terminal.ask(operatorStrings.newPinPrompt(name)) else {
      throw UsageProblem(
        zh: "请在终端中运行以输入新 PIN，或设 $SHUOSHI_NEW_PIN",
        en: "run in a terminal to type the new PIN, or set $SHUOSHI_NEW_PIN")
    }
    guard Terminal.ask(operatorStrings.pinAgain) == first else {
      throw UsageProblem(zh: OperatorStrings.zh.pinsDiffer, en: OperatorStrings.en.pinsDiffer)
    }
    return try Passphrase.nonEmpty(first)
  }
}
