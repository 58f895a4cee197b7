import Console
import Foundation
import Glibc
import ShuoshiCore
import ShuoshiStore
import TerminalCurses
import TerminalUI

/// Opens the console: prepares the data (a fresh demo with `--demo`), builds the app, and runs
/// the terminal loop. The loop owns the terminal; the app only sees keys and a clock tick.
enum ConsoleLauncher {
  static func launch(context: AppContext, demo: Bool, theme: String?, global: GlobalOptions) throws
  {
    var context = context
    var temporary: URL?
    var firstSignedIn = false
    defer {
      if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }
    if demo {
      if global.data == nil {
        let dir = FileManager.default.temporaryDirectory
          .appendingPathComponent("shuoshi-demo-\(UUID().uuidString.prefix(8))")
        temporary = dir
        var options = global
        options.data = dir.path
        context = AppContext(options, environment: context.environment)
      }
      Stderr.warn(context.strings.demoCreating)
      _ = try DemoLoader.load(context)
      // The demo shows sign-in and roles: its operators share the PIN in README.
      try DemoOperators.create(in: context.directory)
    }
    // Timed from here: with --demo, the demo's generation is not part of start-up.
    let timing = StartupTiming(logPath: context.environment["SHUOSHI_TIMING"])
    let files = ConsoleFiles(resources: context.resources)
    let keymap = try files.keymap()
    let chosenTheme = try files.theme(named: theme ?? context.userConfig.theme ?? "default")
    timing.mark("config")
    let terminal = CursesTerminal()
    defer { terminal.stop() }
    let environment = context.environment
    func startTerminal() throws {
      guard !terminal.isRunning else { return }
      do {
        try terminal.start(theme: chosenTheme, environment: environment)
      } catch {
        throw ConsoleProblem(zh: error.description, en: error.description)
      }
    }
    if !demo,
      FirstRunForm.isNeeded(
        directory: context.directory, named: global.data != nil, environment: context.environment)
    {
      // The form needs the terminal before there is a store; otherwise the store opens
      // first, so its warnings reach stderr before the screen takes over.
      try startTerminal()
      guard let (setUp, first) = try firstRun(context, global: global, keymap: keymap, on: terminal)
      else {
        return
      }
      context = setUp
      if let first {
        // Signed in by choosing the PIN: the console opens on the queue, not the sign-in.
        context.actor = Actor(first.name, holder: first.holder)
        try context.openStore().recordOperatorChange(.added, first, by: first, now: context.now)
      }
      firstSignedIn = first != nil
    }
    let engine = try context.engine()
    timing.mark("engine")
    // An encrypted directory needs the site key before its store opens: the operator signs
    // in on the console's own sign-in screen first, and the store opens with their key.
    if context.signedIn == nil, !firstSignedIn, StoreEncryption.isEncrypted(context.directory),
      try StoreEncryption.fromKeyFile(environment: context.environment) == nil,
      let gate = try SignInGate.keyring(
        in: context.directory, lang: context.lang, keymap: keymap,
        preselect: context.requestedOperator ?? context.userConfig.operatorName,
        note: demo ? LockStrings.demoNote(context.lang) : nil)
    {
      try startTerminal()
      guard let person = try signIn(gate, on: terminal) else { return }
      context.signedIn = person
      context.actor = Actor(person.info.name, holder: person.info.holder)
      firstSignedIn = true
    }
    let store = try context.openStore()
    timing.mark("store")
    let config = context.userConfig
    var services = ConsoleServices(
      store: store, engine: engine, actor: context.actor,
      systemActor: Actor(context.strings.systemActor),
      dataPath: displayPath(context.directory.path, environment: context.environment),
      clock: context.clock, lang: context.lang, keymap: keymap,
      booth: BoothSettings(
        opensSessions: true, unitName: config.unitName, phone: config.boothPhone,
        receiptsDirectory: store.receiptsURL(environment: context.environment),
        place: config.boothPlace))
    // Operators who sign in: the console starts on the sign-in screen and locks when idle.
    if let ring = try Keyring.load(from: context.directory) {
      services.signIn = ConsoleSignIn.keyring(
        ring, directory: context.directory,
        idleLimit: ScreenLockSetting.idleLimit(in: context.directory))
      services.signIn?.startLocked = !firstSignedIn
      if demo { services.signIn?.note = LockStrings.demoNote(context.lang) }
    }
    // Enrolled with the street office hub: syncs in the background (an unreadable hub.json is
    // for `shuoshi sync --hub` to report; the console opens without it).
    services.hubSync = try? HubSyncRun.background(context, store: store)
    // The person picker's pinyin; without the table names still match by their characters.
    let resources = context.resources
    services.pinyin = LazyPinyin { try? ConfigFiles(resources: resources).pinyinTable() }
    let app = App(services: services)
    try startTerminal()
    app.marksWithSymbols = !(terminal.theme?.hasColours ?? true)
    timing.mark("terminal")
    do {
      try run(app, on: terminal, timing: timing)
    } catch let error as TerminalError {
      throw ConsoleProblem(zh: error.description, en: error.description)
    }
  }

  /// The first-run form (no data directory yet): runs it on the terminal until it is saved or
  /// cancelled. Saved: the settings and the store exist (and the demo, if asked for); the
  /// context is read again so the answers apply, and the operator chose a PIN (the first who
  /// signs in, returned) or skipped it. Cancelled: nil, and nothing was created.
  static func firstRun(
    _ context: AppContext, global: GlobalOptions, keymap: ConsoleKeymap,
    on terminal: CursesTerminal
  ) throws -> (AppContext, OperatorInfo?)? {
    let form = FirstRunForm(
      lang: context.lang, keymap: keymap, directory: context.directory,
      environment: context.environment, config: context.userConfig, site: global.site,
      operatorName: global.operatorName)
    let grid = CellGrid(size: terminal.size)
    func paint() {
      if grid.size != terminal.size { grid.reset(to: terminal.size) }
      form.render(on: grid)
      terminal.draw(grid)
    }
    while true {
      paint()
      switch form.outcome {
      case .editing:
        do {
          if let key = try terminal.readKey() { form.handle(key) }
        } catch {
          throw ConsoleProblem(zh: error.description, en: error.description)
        }
      case .cancelled:
        return nil
      case .saved(_, let loadDemo):
        let setUp = AppContext(global, environment: context.environment)
        let first = try firstOperator(setUp, on: terminal)
        if loadDemo {
          form.working = Strings.for(context.lang).booth.setupDemoWorking
          paint()
          _ = try DemoLoader.load(setUp)
        }
        return (setUp, first)
      }
    }
  }

  /// The sign-in before an encrypted store opens (`SignInGate`): the operator who signed in,
  /// or nil when the worker quit.
  static func signIn(_ gate: SignInGate, on terminal: CursesTerminal) throws -> SignedInOperator? {
    let grid = CellGrid(size: terminal.size)
    while true {
      if grid.size != terminal.size { grid.reset(to: terminal.size) }
      gate.render(on: grid)
      terminal.draw(grid)
      switch gate.outcome {
      case .editing:
        do {
          if let key = try terminal.readKey() { gate.handle(key) }
        } catch {
          throw ConsoleProblem(zh: error.description, en: error.description)
        }
      case .quit: return nil
      case .signedIn(let person): return person
      }
    }
  }

  /// The first operator's PIN and the recovery key, after the first-run form.
  static func firstOperator(_ context: AppContext, on terminal: CursesTerminal) throws
    -> OperatorInfo?
  {
    let form = FirstOperatorForm(
      lang: context.lang, operatorName: context.userConfig.operatorName ?? "",
      directory: context.directory)
    let grid = CellGrid(size: terminal.size)
    while true {
      if grid.size != terminal.size { grid.reset(to: terminal.size) }
      form.render(on: grid)
      terminal.draw(grid)
      switch form.outcome {
      case .editing:
        do {
          if let key = try terminal.readKey() { form.handle(key) }
        } catch {
          throw ConsoleProblem(zh: error.description, en: error.description)
        }
      case .skipped: return nil
      case .signedIn(let person): return person
      }
    }
  }

  /// The loop: paint when something changed, do deferred work between frames (the first
  /// sweep, queue counts), read keys with a timeout so the minute's tick (sweep, clock)
  /// happens even when nobody types.
  static func run(_ app: App, on terminal: CursesTerminal, timing: StartupTiming) throws {
    let grid = CellGrid(size: terminal.size)
    var needsDraw = true
    var nextTick = nextMinute(after: Date())
    var painted = false
    while !app.isFinished {
      if needsDraw {
        let size = terminal.size
        if grid.size != size { grid.reset(to: size) }
        app.render(on: grid)
        if !painted { timing.mark("render") }
        terminal.draw(grid)
        needsDraw = false
        if !painted {
          painted = true
          timing.firstPaint()
        }
      }
      let now = Date()
      if now >= nextTick {
        app.tick()
        nextTick = nextMinute(after: now)
        needsDraw = true
        continue
      }
      if let deadline = app.lockDeadline, now >= deadline {
        app.lockIfIdle()
        needsDraw = true
        continue
      }
      // Wake for the minute's tick or the idle lock, whichever comes first.
      let wakeAt = min(nextTick, app.lockDeadline ?? nextTick)
      var wait = app.hasPendingWork ? 0 : Int((wakeAt.timeIntervalSince(now) * 1000).rounded(.up))
      // A background sync under way: look for its end a few times a second.
      if app.isSyncing { wait = min(wait, 200) }
      if let key = try terminal.readKey(timeoutMilliseconds: wait) {
        // Keys already waiting (a paste) are handled together and painted once: key by key,
        // with a frame each, a 100,000-character paste took hours. A tenth of a second at
        // most, so a long paste still shows progress.
        var keys = [key]
        let until = Date().addingTimeInterval(0.1)
        while keys.count < 100_000, Date() < until,
          let next = try terminal.readKey(timeoutMilliseconds: 0)
        {
          keys.append(next)
        }
        app.handle(keys)
        needsDraw = true
      } else if app.hasPendingWork {
        app.performPendingWork()
        needsDraw = true
      }
    }
  }

  static func nextMinute(after date: Date) -> Date {
    Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60 + 60)
  }

  /// `~/…` for paths under the home directory.
  static func displayPath(_ path: String, environment: [String: String]) -> String {
    guard let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else {
      return path
    }
    return "~" + path.dropFirst(home.count)
  }
}

/// With `SHUOSHI_TIMING=FILE`, appends one line per start: milliseconds from the launcher's
/// entry (after a `--demo` generation) to the first painted frame, the steps on the way, and
/// the time since the process started (kernel start time, 10 ms resolution).
final class StartupTiming {
  private let start = Date()
  private let logPath: String?
  private var marks: [(String, Double)] = []

  init(logPath: String?) {
    self.logPath = logPath
  }

  private var elapsed: Double { Date().timeIntervalSince(start) * 1000 }

  /// Records that step `name` is done.
  func mark(_ name: String) {
    marks.append((name, elapsed))
  }

  func firstPaint() {
    guard let logPath else { return }
    var line = String(format: "first-paint-ms since-launch=%.1f", elapsed)
    for (name, ms) in marks { line += " \(name)=" + String(format: "%.1f", ms) }
    if let process = Self.processAgeMilliseconds() {
      line += String(format: " since-exec=%.0f", process)
    }
    let url = URL(fileURLWithPath: logPath)
    let data = Data((line + "\n").utf8)
    if let handle = try? FileHandle(forWritingTo: url) {
      handle.seekToEndOfFile()
      handle.write(data)
      try? handle.close()
    } else {
      try? data.write(to: url)
    }
  }

  /// Milliseconds since this process started, from /proc (Linux).
  static func processAgeMilliseconds() -> Double? {
    guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
      let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // Fields after the command name; starttime is field 22 overall, 20th after ")".
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 19, let ticks = Double(fields[19]),
      let up = Double(uptime.split(separator: " ").first ?? "")
    else { return nil }
    let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
    return (up - ticks / hz) * 1000
  }
}
