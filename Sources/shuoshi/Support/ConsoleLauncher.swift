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
    let launched = Date()
    var context = context
    var temporary: URL?
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
      Stderr.warn(context.say("正在生成演示数据……", "creating the demo data…"))
      _ = try DemoLoader.load(context)
    }
    let files = ConsoleFiles(resources: context.resources)
    let keymap = try files.keymap()
    let chosenTheme = try files.theme(named: theme ?? context.userConfig.theme ?? "default")
    let services = ConsoleServices(
      store: try context.openStore(), engine: try context.engine(), actor: context.actor,
      systemActor: Actor(context.say("系统", "system")),
      dataPath: displayPath(context.directory.path, environment: context.environment),
      clock: context.clock, lang: context.lang, keymap: keymap)
    let app = App(services: services)
    let terminal = CursesTerminal()
    do {
      try terminal.start(theme: chosenTheme, environment: context.environment)
    } catch {
      throw ConsoleProblem(zh: error.description, en: error.description)
    }
    defer { terminal.stop() }
    let timing = StartupTiming(launched: launched, logPath: context.environment["SHUOSHI_TIMING"])
    do {
      try run(app, on: terminal, timing: timing)
    } catch let error as TerminalError {
      throw ConsoleProblem(zh: error.description, en: error.description)
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
      let wait = app.hasPendingWork ? 0 : Int((nextTick.timeIntervalSince(now) * 1000).rounded(.up))
      if let key = try terminal.readKey(timeoutMilliseconds: wait) {
        app.handle(key)
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

/// With `SHUOSHI_TIMING=FILE`, appends how long the first painted frame took: from process
/// start (kernel start time, 10 ms resolution) and from the launcher's entry.
struct StartupTiming {
  let launched: Date
  let logPath: String?

  func firstPaint() {
    guard let logPath else { return }
    let sinceLaunch = Date().timeIntervalSince(launched) * 1000
    var line = String(format: "first-paint-ms since-launch=%.1f", sinceLaunch)
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
