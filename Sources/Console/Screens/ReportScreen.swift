import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore
import TerminalUI

/// The report screen: a period (this session, week, month, last month; stepped back and
/// forward), the whole street or one unit, and the report's sections — key figures, rate
/// gauges, bar charts and sparklines in block characters, tables — scrolled line by line.
///
/// The report is computed once per choice (period, scope, names) or data change, and laid
/// out once per width; frames only copy lines, so a large store does not slow scrolling.
final class ReportScreen: Screen {
  private(set) var choice: ReportChoice
  /// The report of `computedFor` (nil: no session held, or the store refused).
  private(set) var report: Report?
  private var computedFor: ReportChoice?
  private var stale = true
  private var units: [RegisterUnit] = []
  private var sessionDays: [(day: CivilDate, sessions: [BoothSession])] = []
  /// The laid-out lines and the width they were laid out for.
  private var lines: [(text: String, role: Role)] = []
  private var laidOutWidth = 0
  private var top = 0
  private var rows = 1
  /// How many times the report was computed (a frame must never cause one).
  private(set) var computations = 0

  init(session: Session) {
    let today = session.engine.calendar.civilDate(of: session.now)
    let heldToday = session.booth?.day == today
    choice = ReportChoice(preset: heldToday ? .session : .month)
  }

  var keyContext: KeyContext { .report }

  func title(_ session: Session) -> String {
    let b = session.strings.booth
    guard let report else { return b.reportTitle }
    let p = report.request.period
    if p.kind == .session {
      let place = sessionDays.first { $0.day == p.first }?.sessions.first?.place ?? ""
      return b.reportTitle + " · " + b.sessionPeriod(p.first.description, place)
    }
    return b.reportTitle + " · \(p.first) – \(p.last)"
  }

  func invalidate() {
    stale = true
  }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let page = max(1, rows - 1)
    switch command {
    case .periodKind: choice.nextPreset()
    case .periodBack: choice.stepBack(sessionDays: sessionDays.count)
    case .periodForward: choice.stepForward()
    case .reportScope:
      // Whole street → each unit in turn → whole street.
      let names = units.map(\.name)
      if let unit = choice.unit, let i = names.firstIndex(of: unit), i + 1 < names.count {
        choice.unit = names[i + 1]
      } else {
        choice.unit = choice.unit == nil ? names.first : nil
      }
    case .reportNames: choice.withNames.toggle()
    case .down: top += 1
    case .up: top -= 1
    case .pageDown: top += page
    case .pageUp: top -= page
    case .first: top = 0
    case .last: top = Int.max / 2
    case .back: return .pop
    default: return .ignored
    }
    top = max(0, min(top, lines.count - rows))
    return .handled
  }

  /// Only the keys that work here.
  func hints(_ session: Session) -> [HintBar.Item] {
    let map = session.services.keymap
    let commands: [Command] = [
      .periodKind, .periodBack, .periodForward, .reportScope, .reportNames, .pageDown, .back,
    ]
    return commands.compactMap { command in
      map.keys(for: command, in: keyContext).first.map {
        HintBar.Item(key: $0.label, summary: command.title(session.lang))
      }
    }
  }

  func prepare(_ rect: Rect, session: Session) {
    rows = max(1, rect.height - 1)
    if stale {
      do {
        units = try session.store.units()
        sessionDays = ReportChoice.sessionDays(try session.store.sessions())
      } catch {
        session.status.error(session.message(for: error))
      }
    }
    if stale || computedFor != choice {
      compute(session)
      stale = false
      computedFor = choice
      laidOutWidth = 0
      top = 0
    }
    if laidOutWidth != rect.width {
      layOut(width: rect.width, session: session)
      laidOutWidth = rect.width
    }
    top = max(0, min(top, lines.count - rows))
  }

  private func compute(_ session: Session) {
    computations += 1
    let engine = session.engine
    let today = engine.calendar.civilDate(of: session.now)
    guard
      var request = choice.request(
        today: today, now: session.now, calendar: engine.calendar, sessionDays: sessionDays)
    else {
      report = nil
      return
    }
    request.unitName = scopeName(session)
    do {
      report = try session.store.report(
        request, rules: engine.rules, calendar: engine.calendar, generatedAt: session.now)
    } catch {
      report = nil
      session.status.error(session.message(for: error))
    }
  }

  private func layOut(width: Int, session: Session) {
    lines = []
    guard let report else {
      if choice.preset == .session {
        lines = session.strings.booth.noSessions.wrapped(to: max(10, width - 1)).map {
          ($0, Role.muted)
        }
      }
      return
    }
    let text = ReportText(report, lang: session.lang, timeZone: session.engine.calendar.timeZone)
    for (i, section) in text.sections(width: max(20, width - 1)).enumerated() {
      if i > 0 { lines.append(("", .normal)) }
      if !section.title.isEmpty {
        let head = "── " + section.title + " "
        lines.append(
          (head + String(repeating: "─", count: max(0, width - 1 - head.displayWidth)), .title))
      }
      for (j, line) in section.lines.enumerated() {
        lines.append((line, section.key == "heading" && j == 0 ? .title : .normal))
      }
    }
  }

  /// The unit the report covers: the one chosen with `u`, else the data directory's own unit
  /// when the register names no other (`ReportScope.siteUnit`); nil: the whole street.
  func scopeName(_ session: Session) -> String? {
    choice.unit
      ?? ReportScope.siteUnit(
        configured: session.services.booth.unitName, registerUnits: units.map(\.name))
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    let b = session.strings.booth
    surface.fill(rect, role: .normal)
    let tabs = TabBar(
      b.presetNames.map { TabBar.Tab($0) }, active: choice.preset.rawValue)
    var right = [scopeName(session).map(b.scopeUnit) ?? b.scopeWhole]
    right.append(choice.withNames ? b.namesShown : b.namesMasked)
    if !lines.isEmpty { right.append(b.lineOf(min(lines.count, top + 1), lines.count)) }
    // The tabs and the right-hand notes never run into each other: the notes give way from
    // the end (the line counter first), and the tabs are cut at what is left.
    let tabsWidth = tabs.tabs.reduce(0) { $0 + $1.title.displayWidth + 3 } - 1
    var note = right.joined(separator: " · ") + " "
    while right.count > 1 && tabsWidth + 1 + note.displayWidth > rect.width {
      right.removeLast()
      note = right.joined(separator: " · ") + " "
    }
    surface.fill(rect.row(0), role: .tab)
    let tabsRect = Rect(
      x: rect.x, y: rect.y, width: max(0, rect.width - note.displayWidth - 1), height: 1)
    tabs.render(on: surface, in: tabsRect)
    surface.putRight(note, endingAt: rect.maxX, y: rect.y, role: .tab)
    for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
      surface.put(
        line.text, at: Point(x: rect.x + 1, y: rect.y + 1 + row), role: line.role,
        maxWidth: rect.width - 1)
    }
  }
}
