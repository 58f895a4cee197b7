import CNcursesw
import Foundation
import Glibc
import TerminalUI

/// The ncurses terminal: draws `CellGrid`s and reads `Key`s.
///
/// Use from the main thread only (ncurses is not thread-safe; the class is deliberately not
/// `Sendable`). A session is `start(theme:)`, then a loop of `draw(_:)` and
/// `readKey(timeoutMilliseconds:)`, then `stop()`. The terminal is restored on normal exit,
/// on SIGTERM/SIGHUP/SIGINT and on crashes even if `stop()` is never reached.
///
/// Input is raw: Ctrl-C arrives as `.ctrl("c")` and Ctrl-S as `.ctrl("s")` (no signal,
/// no flow control), so the app decides what they do.
public final class CursesTerminal {
  private var screen: OpaquePointer?
  private var palette: Palette?
  private var cursorVisible: Int32 = -1
  private var lastDrawnSize: Size?
  private var consecutiveErrors = 0
  /// Input is read byte by byte (`wgetch`) and decoded here: `wget_wch` stopped taking
  /// input after an invalid UTF-8 sequence.
  private var utf8 = UTF8Assembler()
  /// The theme in use after `start`: the requested one reduced to the terminal's colours,
  /// or `Theme.mono` (NO_COLOR, or fewer than 8 colours).
  public private(set) var theme: Theme?
  /// Colours the terminal reports (0 without colour support).
  public private(set) var colorCount: Int = 0

  public init() {}

  /// True between `start` and `stop`.
  public var isRunning: Bool { screen != nil }

  /// Takes over the terminal. Checks first that the locale is UTF-8 and that stdin and
  /// stdout are terminals; throws `TerminalError` (with a bilingual message) otherwise.
  public func start(
    theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment
  )
    throws(TerminalError)
  {
    guard screen == nil else { return }
    setlocale(LC_ALL, "")
    let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    let normalized = codeset.uppercased().replacingOccurrences(of: "-", with: "")
    guard normalized == "UTF8" else { throw .notUTF8(codeset: codeset.isEmpty ? "?" : codeset) }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }

    // newterm, unlike initscr, returns NULL instead of exiting on an unknown TERM.
    guard let s = newterm(nil, shim_stdout(), shim_stdin()) else {
      throw .cannotInitialize(term: environment["TERM"] ?? "")
    }
    screen = s
    set_term(s)
    ExitGuard.install()
    raw()  // Ctrl-C, Ctrl-S, Ctrl-Z reach us as keys
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    set_escdelay(25)

    var defaultColors = false
    if has_colors() {
      start_color()
      defaultColors = use_default_colors() == shim_ok()
      colorCount = Int(shim_colors())
    }
    let effective = Theme.effective(theme, colors: colorCount, environment: environment)
    self.theme = effective
    palette = Palette(theme: effective, colors: colorCount >= 8, defaultColors: defaultColors)
    setCursorVisible(false)
  }

  /// Gives the terminal back (endwin). Safe to call more than once.
  public func stop() {
    guard screen != nil else { return }
    ExitGuard.uninstall()
    screen = nil
    palette = nil
    lastDrawnSize = nil
  }

  deinit {
    stop()
  }

  /// The terminal's size now (updated after a `.resize` key).
  public var size: Size {
    guard screen != nil else { return .zero }
    return Size(width: Int(shim_cols()), height: Int(shim_lines()))
  }

  // MARK: - Input

  /// Waits up to `timeoutMilliseconds` (nil: forever) for a key. Returns nil on timeout.
  /// Throws `TerminalError.terminalGone` when input fails because the terminal went away,
  /// so the app can exit instead of spinning.
  public func readKey(timeoutMilliseconds: Int? = nil) throws(TerminalError) -> Key? {
    guard screen != nil else { return nil }
    wtimeout(shim_stdscr(), Int32(clamping: timeoutMilliseconds ?? -1))
    while true {
      let code = wgetch(shim_stdscr())
      if code == shim_err() {
        if inputIsGone() { throw .terminalGone }
        // A timeout. Immediate ERRs with no timeout asked for mean a dead input too.
        if timeoutMilliseconds == nil {
          consecutiveErrors += 1
          if consecutiveErrors > 100 { throw .terminalGone }
          continue
        }
        return nil
      }
      consecutiveErrors = 0
      let decoded: KeyDecoder.Decoded
      if code > 0xFF {
        utf8.reset()  // a function key: a character begun before it is dropped
        decoded = KeyDecoder.decode(status: shim_key_code_yes(), code: UInt32(code))
      } else if let scalar = utf8.feed(UInt8(code)) {
        decoded = KeyDecoder.decode(status: shim_ok(), code: scalar.value)
      } else {
        continue  // the rest of the character is still to come, or the byte was invalid
      }
      switch decoded {
      case .key(let key): return key
      case .skip: continue
      }
    }
  }

  private func inputIsGone() -> Bool {
    isatty(STDIN_FILENO) != 1 || shim_fd_hung_up(STDIN_FILENO) != 0
  }

  // MARK: - Output

  /// Paints `grid` (clipped to the terminal), places or hides the cursor, and refreshes.
  public func draw(_ grid: CellGrid) {
    guard screen != nil, let palette else { return }
    let screenSize = size
    if lastDrawnSize != screenSize || grid.size != screenSize {
      werase(shim_stdscr())  // nothing stale outside a grid of another size
      lastDrawnSize = screenSize
    }
    let rows = min(grid.size.height, screenSize.height)
    let cols = min(grid.size.width, screenSize.width)
    var buffer = [wchar_t](repeating: 0, count: Int(shim_ccharw_max()))
    for y in 0..<rows {
      for x in 0..<cols {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        let entry = palette.entry(for: cell.role)
        let fits = cell.width < 2 || x + 1 < cols
        CellPainter.paint(
          fits ? cell.character : " ", width: fits ? cell.width : 1, y: Int32(y), x: Int32(x),
          attributes: entry.attributes, pair: entry.pair, buffer: &buffer)
      }
    }
    if let c = grid.cursor, c.x >= 0, c.y >= 0, c.x < cols, c.y < rows {
      wmove(shim_stdscr(), Int32(c.y), Int32(c.x))
      setCursorVisible(true)
    } else {
      setCursorVisible(false)
    }
    wrefresh(shim_stdscr())
  }

  /// Forces a full repaint on the next refresh (e.g. after another program wrote to the tty).
  public func invalidate() {
    guard screen != nil else { return }
    clearok(shim_stdscr(), true)
  }

  private func setCursorVisible(_ visible: Bool) {
    let want: Int32 = visible ? 1 : 0
    guard want != cursorVisible else { return }
    cursorVisible = want
    curs_set(want)
  }
}
