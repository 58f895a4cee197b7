import CNcursesw
import Glibc

/// Puts the terminal back (endwin) on every way out: normal exit (atexit), termination
/// signals (SIGTERM, SIGHUP, SIGINT: endwin, then `_exit(128 + signal)`) and crashes
/// (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE: endwin, then the previous handler —
/// the default, or Swift's backtracer — gets the signal again).
///
/// Signal handlers can reach no object, so the state lives in statics. SIGWINCH is left
/// to ncurses, which turns it into KEY_RESIZE.
enum ExitGuard {
  static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  // Shared with signal handlers, which cannot take a lock or reach an instance: written only
  // on the main thread before handlers are installed or after they are removed, read by the
  // handlers. Initialised eagerly in `install` so no handler runs a lazy initialiser.
  nonisolated(unsafe) private static var cursesActive = false
  nonisolated(unsafe) private static var installed = false
  nonisolated(unsafe) private static var atexitRegistered = false
  nonisolated(unsafe) private static var saved: UnsafeMutablePointer<sigaction>? = nil

  /// Marks curses as running and installs the handlers (once).
  static func install() {
    cursesActive = true
    if saved == nil {
      let n = Int(shim_nsig())
      let table = UnsafeMutablePointer<sigaction>.allocate(capacity: n)
      table.initialize(repeating: sigaction(), count: n)
      saved = table
    }
    if !atexitRegistered {
      atexitRegistered = true
      atexit { ExitGuard.restoreTerminal() }
    }
    guard !installed, let saved else { return }
    installed = true
    for sig in terminationSignals {
      _ = shim_install_handler(sig, { sig in ExitGuard.onTerminationSignal(sig) }, saved + Int(sig))
    }
    for sig in crashSignals {
      _ = shim_install_handler(sig, { sig in ExitGuard.onCrashSignal(sig) }, saved + Int(sig))
    }
  }

  /// Ends curses if running and puts the previous signal handlers back.
  static func uninstall() {
    restoreTerminal()
    guard installed, let saved else { return }
    for sig in terminationSignals + crashSignals {
      _ = shim_restore_handler(sig, saved + Int(sig))
    }
    installed = false
  }

  /// endwin, once. Safe to call from a signal handler in practice (ncurses' own handlers
  /// do the same); called from atexit too.
  static func restoreTerminal() {
    guard cursesActive else { return }
    cursesActive = false
    endwin()
  }

  private static func onTerminationSignal(_ sig: Int32) {
    restoreTerminal()
    _exit(128 + sig)
  }

  private static func onCrashSignal(_ sig: Int32) {
    restoreTerminal()
    if let saved {
      _ = shim_restore_handler(sig, saved + Int(sig))
    } else {
      signal(sig, SIG_DFL)
    }
    raise(sig)
  }
}
