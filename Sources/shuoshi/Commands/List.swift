import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// `shuoshi list`: cases, newest first, one page at a time.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List cases, newest first (paged).",
    discussion: """
      --from/--to keep cases received on those days (inclusive, in the site's time zone).
      --format csv writes every matching case (no paging) as one UTF-8-with-BOM file for a
      spreadsheet, phones masked, to standard output or --out.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Only this tier (household|residence|district|street, or 1-4); repeatable.")
  var tier: [String] = []
  @Option(
    help: "Only this state (new|assigned|in_progress|waiting|resolved|closed|open); repeatable.")
  var state: [String] = []
  @Flag(help: "Only cases past their deadline.") var overdue = false
  @Flag(
    name: .customLong("follow-up"),
    help: "Only 待回访: resolved or closed cases whose 回访 is due or only partly solved.")
  var followUp = false
  @Flag(
    name: .customLong("wait-expired"),
    help: "Only open cases whose wait ran past its expected day (暂停超时).")
  var waitExpired = false
  @Flag(help: "Only cases under a supervisor's flag (督办), until closed.") var supervised = false
  @Flag(help: "Only late cases (超期): past the deadline, or first contact missed.") var late = false
  @Flag(name: .customLong("due-soon"), help: "Only cases due within one working day (临期).")
  var dueSoon = false
  @Flag(help: "Only cases moved up a tier with nobody named there yet (已升级待派单).")
  var escalated = false
  @Flag(
    help: "In attention order (late, urgent first; then by deadline; then newest), as the console.")
  var attention = false
  @Option(help: "Only cases assigned to this person.") var assignee: String?
  @Option(help: "Search name, phone tail, address and text (Chinese substrings of any length).")
  var search: String?
  @Option(help: "Page number, from 1.") var page = 1
  @Option(name: .customLong("page-size"), help: "Cases per page.") var pageSize = 50
  @Option(help: "Only cases received on or after this day (YYYY-MM-DD).") var from: String?
  @Option(help: "Only cases received on or before this day (YYYY-MM-DD).") var to: String?
  @Option(help: "text | csv (every matching case, no paging).") var format = "text"
  @Option(help: "Write the CSV to this file instead of standard output.") var out: String?
  @OptionGroup var replace: ForceOption
  @Flag(help: "Only voided cases (作废), which every other list leaves out.") var voided = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore()
      var query = CaseQuery()
      query.tiers = try tier.map { try Parse.tier($0, context) }
      for s in state {
        if s == "open" {
          query.states += CaseState.allCases.filter(\.isOpen)
        } else {
          query.states.append(try Parse.state(s, context))
        }
      }
      if overdue { query.overdueAt = context.now }
      if followUp { query.awaitingFollowUp = true }
      query.waitExpiredOnly = waitExpired
      query.supervisedOnly = supervised
      // The console's views (QueueTab), the same queries.
      let views = [
        (late, CaseQuery.late(at: context.now)),
        (dueSoon, .dueSoon(at: context.now, calendar: engine.calendar)),
        (escalated, .escalatedUnassigned(at: context.now)),
      ]
      for (on, view) in views where on {
        query.lateAt = view.lateAt ?? query.lateAt
        query.dueFrom = view.dueFrom ?? query.dueFrom
        query.dueBefore = view.dueBefore ?? query.dueBefore
        query.escalatedUnassigned = query.escalatedUnassigned || view.escalatedUnassigned
      }
      if attention { query.attentionAt = context.now }
      query.assignee = assignee
      query.search = search
      query.voidedOnly = voided
      let calendar = engine.calendar
      if let from { query.receivedFrom = calendar.startOfDay(try day(from)) }
      if let to { query.receivedBefore = calendar.startOfDay(try day(to).adding(days: 1)) }
      let csv: Bool
      switch format.lowercased() {
      case "text", "txt": csv = false
      case "csv": csv = true
      default:
        throw UsageProblem(
          zh: "无效格式“\(format)”：可用 text 或 csv", en: "invalid format \"\(format)\": use text or csv")
      }
      if csv {
        try OutputFile.check(out, existing: replace.existing, context)
        let all = try store.list(query, offset: 0, limit: max(1, try store.count(query)))
        let text = CaseText(
          rules: engine.rules, calendar: calendar, lang: context.lang, now: context.now)
        let cells = text.listCells(all).map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        try OutputFile.write(
          CSVTable.data(cells), .document, to: out, existing: replace.existing, context)
        return
      }
      guard page >= 1, (1...1000).contains(pageSize) else {
        throw UsageProblem(zh: "页码须 ≥ 1，每页 1–1000 条", en: "page must be ≥ 1 and page size 1–1000")
      }
      let cases = try store.list(query, offset: (page - 1) * pageSize, limit: pageSize)
      if output.json {
        try JSONOut.print(
          cases.map {
            CaseJSON(
              $0, history: nil, rules: engine.rules, lang: context.lang, now: context.now,
              maskPhone: true)
          })
        return
      }
      let text = CaseText(
        rules: engine.rules, calendar: engine.calendar, lang: context.lang, now: context.now)
      if cases.isEmpty {
        print(context.strings.noMatchingCases)
      } else {
        print(text.listTable(cases))
        let total = try store.count(query)
        print(context.strings.listPage(total, page))
      }
    }
  }

  func day(_ raw: String) throws -> CivilDate {
    guard let d = CivilDate(iso: raw), d.isValid else {
      throw UsageProblem(
        zh: "无效日期“\(raw)”：请用 2026-11-01", en: "invalid day \"\(raw)\": use 2026-11-01")
    }
    return d
  }
}
