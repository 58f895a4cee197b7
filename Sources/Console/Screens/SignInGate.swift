import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The console's sign-in before its store opens (issue 16): an encrypted data directory needs
/// the site key to open, and the key is what the operator's PIN unwraps from the keyring (a
/// plain file). So the launcher shows the same sign-in screen as for a plain store with a
/// keyring — Chinese, or English with `--lang en` — on the terminal before there is a store,
/// and opens the store with the key of whoever signed in. Wrong PINs, the wait after five and
/// an altered entry show the keyring's own messages, as on a plain store. Run by the launcher
/// like `FirstRunForm`.
public final class SignInGate {
  public enum Outcome {
    case editing
    /// The worker quit (`<C-q>`): nothing was opened.
    case quit
    /// Signed in: their name, role and the site key.
    case signedIn(SignedInOperator)
  }

  public private(set) var outcome: Outcome = .editing
  let screen: LockScreen
  private let lang: Lang
  private let keymap: ConsoleKeymap
  /// Tries a name and secret; the keyring's `signIn` is the rule.
  private let attempt: (_ name: String, _ secret: String) throws -> SignedInOperator

  public init(
    lang: Lang, keymap: ConsoleKeymap, operators: [String], preselect: String?, note: String?,
    attempt: @escaping (_ name: String, _ secret: String) throws -> SignedInOperator
  ) {
    self.lang = lang
    self.keymap = keymap
    self.attempt = attempt
    screen = LockScreen(mode: .signIn, operators: operators, preselect: preselect)
    screen.note = note
    screen.hint = LockStrings.for(lang).gateHelp
  }

  /// The gate for the keyring in `directory` (nil: nobody signs in there). The file is read
  /// afresh for each try, so wrong tries another process counted count here too.
  public static func keyring(
    in directory: DataDirectory, lang: Lang, keymap: ConsoleKeymap, preselect: String?,
    note: String? = nil
  ) throws -> SignInGate? {
    guard let ring = try Keyring.load(from: directory) else { return nil }
    return SignInGate(
      lang: lang, keymap: keymap, operators: ring.operators.map(\.name), preselect: preselect,
      note: note,
      attempt: { name, secret in
        var current = try Keyring.load(from: directory) ?? ring
        // The wait after wrong tries runs on the real clock, even when SHUOSHI_NOW pins the day.
        return try current.signIn(name, secret: secret, now: Date())
      })
  }

  public func handle(_ key: Key) {
    guard case .editing = outcome else { return }
    if keymap.command(for: key, in: .generic) == .quit {
      outcome = .quit
      return
    }
    guard let (name, secret) = screen.handle(key) else { return }
    do {
      outcome = .signedIn(try attempt(name, secret))
      screen.message = nil
    } catch let error as any LocalizedMessage {
      screen.message = (error.message(lang), .error)
    } catch {
      screen.message = (String(describing: error), .error)
    }
  }

  public func render(on surface: any Surface) {
    screen.render(on: surface, strings: LockStrings.for(lang))
  }
}
