import Foundation
import ShuoshiCore
import ShuoshiStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a bundle passphrase comes from: `--passphrase-file FILE` (first line), else
/// `$SHUOSHI_PASSPHRASE`, else the terminal, asked without echo. A new passphrase (`confirm`:
/// sealing a bundle) must pass `BundleSecret.isStrongEnough`; one that opens a bundle need not.
enum Passphrase {
  static func read(file: String?, context: AppContext, confirm: Bool) throws -> String? {
    let p = try readAny(file: file, context: context, confirm: confirm)
    if confirm, let p, !BundleSecret.isStrongEnough(p) { throw LedgerError.weakPassphrase }
    return p
  }

  private static func readAny(file: String?, context: AppContext, confirm: Bool) throws -> String? {
    if let file {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw LedgerError.unreadable(
          path: file, detail: context.strings.passphraseUnreadable)
      }
      return try nonEmpty(
        String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""))
    }
    if let env = context.environment["SHUOSHI_PASSPHRASE"] { return try nonEmpty(env) }
    guard let first = Terminal.ask(context.strings.passphrasePrompt) else { return nil }
    if confirm {
      let again = Terminal.ask(context.strings.passphraseAgain)
      guard again == first else {
        throw UsageProblem(zh: "两次输入的口令不一致", en: "the passphrases do not match")
      }
    }
    return try nonEmpty(first)
  }

  static func nonEmpty(_ s: String) throws -> String {
    let trimmed = s.trimmingCharacters(in: CharacterSet(charactersIn: "\r\n"))
    if trimmed.isEmpty { throw LedgerError.emptyPassphrase }
    return trimmed
  }
}

/// Asking on the controlling terminal with echo off (termios), restoring it on every exit
/// path, Ctrl-C included.
enum Terminal {
  nonisolated(unsafe) static var saved: termios?
  nonisolated(unsafe) static var savedFD: Int32 = -1

  /// The line typed at `/dev/tty`, or nil when there is no terminal.
  static func ask(_ prompt: String) -> String? {
    let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var old = termios()
    guard tcgetattr(fd, &old) == 0 else { return nil }
    var quiet = old
    quiet.c_lflag &= ~tcflag_t(ECHO)
    quiet.c_lflag |= tcflag_t(ECHONL)
    saved = old
    savedFD = fd
    signal(SIGINT) { sig in
      if var t = Terminal.saved { tcsetattr(Terminal.savedFD, TCSAFLUSH, &t) }
      _exit(128 + sig)
    }
    defer {
      tcsetattr(fd, TCSAFLUSH, &old)
      saved = nil
      signal(SIGINT, SIG_DFL)
    }
    _ = prompt.withCString { Glibc.write(fd, $0, strlen($0)) }
    tcsetattr(fd, TCSAFLUSH, &quiet)
    var bytes: [UInt8] = []
    var c: UInt8 = 0
    while Glibc.read(fd, &c, 1) == 1 && c != 10 { bytes.append(c) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
