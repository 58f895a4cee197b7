import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// `shuoshi session open|close|show|list`: booth sessions (逢六说事).
struct SessionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "session",
    abstract: "Booth sessions (逢六说事): open, close, show, list.",
    discussion: """
      While a session is open on this laptop, every case taken in on its day is linked to it.
      Opening again on the same day resumes the day's session (adding any new staff).
      """,
    subcommands: [SessionOpen.self, SessionClose.self, SessionShow.self, SessionList.self])
}

struct SessionOpen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Start (or resume) today's booth session on this laptop.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Where the booth is (e.g. 六堰社区党群服务中心).") var place: String?
  @Option(help: "Staff on duty (repeatable; 王芳、李娜 also works).") var staff: [String] = []
  @Option(help: "The booth day (YYYY-MM-DD); default today.") var day: String?

  func run() throws {
    try ReportRun.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore()
      let day = try SessionText.day(day, engine.calendar, context)
      let request = BoothDayRequest(
        day: day, place: place, staff: staff.flatMap(SessionText.splitNames))
      let outcome = try store.openBoothDay(request, by: context.actor, now: context.now)
      if output.json { return try JSONOut.print(SessionJSON(outcome.session, cases: nil)) }
      let verb =
        switch outcome.change {
        case .opened: context.strings.sessionOpened
        case .alreadyOpen: context.strings.sessionAlreadyOpen
        case .resumed: context.strings.sessionResumed
        }
      print("\(verb)：\(SessionText.line(outcome.session, context.lang))")
    }
  }
}

struct SessionClose: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close", abstract: "Close today's booth session on this laptop (or the one named)."
  )
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Session: short id, UUID or day; default today's open session.") var session:
    String?

  func run() throws {
    try ReportRun.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let s = try store.closeSession(
        session, day: engine.calendar.civilDate(of: context.now), by: context.actor,
        now: context.now)
      if output.json { return try JSONOut.print(SessionJSON(s, cases: nil)) }
      let taken = try store.cases(inSessions: [s.uuid])
      print(context.strings.sessionClosedLead + SessionText.line(s, context.lang))
      print(
        context.strings.sessionClosedTaken(taken.count, s.shortID))
    }
  }
}

struct SessionShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a booth session and the cases taken in it.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Session: short id, UUID or day; default today's (or the latest) session.")
  var session: String?

  func run() throws {
    try ReportRun.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let s: BoothSession
      if let session {
        s = try store.session(matching: session)
      } else if let open = try store.openSession(on: engine.calendar.civilDate(of: context.now)) {
        s = open
      } else if let latest = try store.sessions().first {
        s = latest
      } else {
        throw SessionError.noneOpen(day: nil)
      }
      let cases = try store.cases(inSessions: [s.uuid])
      if output.json { return try JSONOut.print(SessionJSON(s, cases: cases)) }
      print(SessionText.line(s, context.lang))
      let state = s.isOpen ? context.strings.sessionStateOpen : context.strings.sessionStateClosed
      let resolved = cases.filter { !$0.state.isOpen }.count
      print(
        context.strings.sessionTally(state, cases.count, resolved))
      if !cases.isEmpty {
        print("")
        let text = CaseText(
          rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
        print(text.listTable(cases))
      }
    }
  }
}

struct SessionList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List booth sessions, newest first.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ReportRun.guarded(global) { context in
      let store = try context.openStore(create: false)
      let sessions = try store.sessions()
      if output.json { return try JSONOut.print(sessions.map { SessionJSON($0, cases: nil) }) }
      if sessions.isEmpty { return print(context.strings.noSessions) }
      for s in sessions {
        let mark = s.isOpen ? context.strings.sessionOpenMark : ""
        print(mark + SessionText.line(s, context.lang))
      }
    }
  }
}

/// How sessions read on the command line.
enum SessionText {
  static func line(_ s: BoothSession, _ lang: Lang) -> String {
    var parts = [s.day.description]
    if !s.place.isEmpty { parts.append(s.place) }
    if !s.staff.isEmpty { parts.append(SyncStrings.forLang(lang).sessionStaff(s.staff)) }
    return (parts.joined(separator: " · ") + "（\(s.shortID)）").terminalSafe()
  }

  static func splitNames(_ raw: String) -> [String] {
    raw.split { "、,，;；".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  static func day(_ raw: String?, _ calendar: WorkingCalendar, _ context: AppContext) throws
    -> CivilDate
  {
    guard let raw else { return calendar.civilDate(of: context.now) }
    guard let d = CivilDate(iso: raw), d.isValid else {
      throw UsageProblem(
        zh: "无效日期“\(raw)”：请用 2026-11-28", en: "invalid day \"\(raw)\": use 2026-11-28")
    }
    return d
  }
}

/// The JSON shape of a session (docs/JSON.md).
struct SessionJSON: Encodable {
  let id: String
  let uuid: String
  let device: String
  let day: String
  let place: String
  let staff: [String]
  let opened_at: String
  let opened_by: String
  let closed_at: String?
  let open: Bool
  let cases: [String]?

  init(_ s: BoothSession, cases: [Case]?) {
    id = s.shortID
    uuid = s.uuid.uuidString.lowercased()
    device = s.device
    day = s.day.description
    place = s.place
    staff = s.staff
    opened_at = JSONTime.string(s.openedAt)
    opened_by = s.openedBy
    closed_at = s.closedAt.map(JSONTime.string)
    open = s.isOpen
    self.cases = cases?.map(\.id)
  }
}
