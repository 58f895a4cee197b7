import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// `shuoshi rounds record|list`: the grid's 排查 rounds (大走访大摸底大排查).
struct RoundsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rounds",
    abstract: "排查 rounds of the grids: record one, list where each grid stands.",
    discussion: """
      A grid head walks their grid every period (half-monthly unless data/routing.yaml's
      survey_rounds: says otherwise: the 1st–15th and the 16th–end of month) and records the
      round, or a 零报告 (--zero) when nothing was found. A grid without a round in a period
      that has ended missed it (漏排查). Matters found become cases: add --round ID.
      """,
    subcommands: [RoundsRecord.self, RoundsList.self])
}

struct RoundsRecord: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record", abstract: "Record a grid's 排查 round.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "The grid: 第一网格, 1网格, 六堰社区/第一网格 or its id.") var grid: String
  @Option(help: "The day walked (YYYY-MM-DD); default today.") var date: String?
  @Option(help: "Households visited (at most the grid's households).") var households: String
  @Flag(help: "零报告: the round found nothing.") var zero = false
  @Option(help: "A note (what was seen, which buildings).") var note: String?

  func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let s = SurveyRoundCLIStrings.forLang(context.lang)
      guard let n = Int(households.trimmingCharacters(in: .whitespaces)) else {
        throw UsageProblem(
          zh: SurveyRoundCLIStrings.zh.badHouseholds(households),
          en: SurveyRoundCLIStrings.en.badHouseholds(households))
      }
      let day = try SessionText.day(date, engine.calendar, context)
      let store = try context.openStore(create: false)
      let record = try store.recordRound(
        SurveyRoundRequest(grid: grid, day: day, households: n, zeroReport: zero, note: note),
        rhythm: RoundsText.rhythm(engine), by: context.actor, now: context.now)
      if output.json { return try JSONOut.print(SurveyRoundJSON(record)) }
      let r = record.round
      print(
        s.recorded(
          RegisterID.short(r.uuid), r.gridName, r.day.description, r.households, r.zeroReport))
    }
  }
}

struct RoundsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Each grid's 排查 this period and the last; or one grid's rounds (--grid).")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "List this grid's rounds instead (name or id).") var grid: String?
  @Flag(help: "Only the grids that missed their round last period (漏排查).") var missed = false

  func run() throws {
    try Run.guarded(global) { context in
      let engine = try context.engine()
      let store = try context.openStore(create: false)
      let s = SurveyRoundCLIStrings.forLang(context.lang)
      if let grid {
        let rounds = try store.surveyRounds(grid: grid)
        if output.json { return try JSONOut.print(rounds.map(SurveyRoundJSON.init)) }
        if rounds.isEmpty { return print(s.noRounds) }
        RoundsText.printRounds(rounds, lang: context.lang, s)
        return
      }
      var rows = try store.surveyStandings(rhythm: RoundsText.rhythm(engine), now: context.now)
      if missed { rows = rows.filter(\.standing.missedLast) }
      if output.json { return try JSONOut.print(rows.map(GridSurveyJSON.init)) }
      RoundsText.printStandings(rows, engine: engine, lang: context.lang, s)
      if missed, rows.isEmpty { print(s.missedNone) }
    }
  }
}

/// Laying rounds out as text.
enum RoundsText {
  static func rhythm(_ engine: CaseEngine) -> SurveyRhythm {
    SurveyRhythm(rules: engine.rules.surveyRounds, calendar: engine.calendar)
  }

  static func printStandings(
    _ rows: [GridSurveyRow], engine: CaseEngine, lang: Lang, _ s: SurveyRoundCLIStrings
  ) {
    let words = SurveyRoundStrings.forLang(lang)
    if let first = rows.first?.standing {
      print(
        s.heading(
          words.cadence(first.current.cadence), first.current.description,
          first.dueDay.description))
    }
    let widths = [22, 6, 8, 8, 10]
    print(line(s.columns, widths))
    for row in rows {
      let st = row.standing
      print(
        line(
          [
            (row.unit?.name ?? "") + row.grid.name, String(row.households),
            words.status(st.currentStatus), st.previousStatus.map(words.status) ?? s.notOwed,
            st.lastRound?.description ?? s.notOwed,
          ], widths))
    }
    let missed = rows.filter(\.standing.missedLast).count
    if missed > 0 { print(s.missedCount(missed)) }
  }

  static func printRounds(_ rounds: [SurveyRoundRecord], lang: Lang, _ s: SurveyRoundCLIStrings) {
    let zero = SurveyRoundStrings.forLang(lang).status(.zeroReport)
    let widths = [9, 14, 10, 8, 8, 10, 30]
    print(line(s.roundColumns, widths))
    for r in rounds {
      print(
        line(
          [
            RegisterID.short(r.round.uuid), r.round.gridName, r.round.day.description,
            String(r.round.households), String(r.mattersFound), r.recorder,
            (r.round.zeroReport ? zero + " " : "") + (r.round.note ?? ""),
          ], widths))
    }
  }

  /// Cells padded by display width; line breaks inside a cell shown as escapes.
  static func line(_ cells: [String], _ widths: [Int]) -> String {
    zip(cells, widths).map { cell, w in
      TerminalText.sanitized(cell).padded(to: w)
    }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }
}

/// `rounds record --json`, `rounds list --grid G --json` (docs/JSON.md).
struct SurveyRoundJSON: Encodable {
  let id: String
  let grid: String
  let gridID: String
  let day: String
  let households: Int
  let zeroReport: Bool
  let note: String?
  let mattersFound: Int
  let recorder: String
  let recordedAt: Date

  init(_ r: SurveyRoundRecord) {
    id = r.round.uuid.uuidString
    grid = r.round.gridName
    gridID = r.round.gridID.uuidString
    day = r.round.day.description
    households = r.round.households
    zeroReport = r.round.zeroReport
    note = r.round.note
    mattersFound = r.mattersFound
    recorder = r.recorder
    recordedAt = r.recordedAt
  }
}

/// `rounds list --json`: a grid and where it stands.
struct GridSurveyJSON: Encodable {
  let grid: String
  let gridID: String
  let unit: String?
  let households: Int
  let period: String
  let dueDay: String
  let status: String
  let previousPeriod: String?
  let previousStatus: String?
  let lastRound: String?

  init(_ row: GridSurveyRow) {
    let st = row.standing
    grid = row.grid.name
    gridID = row.grid.uuid.uuidString
    unit = row.unit?.name
    households = row.households
    period = st.current.description
    dueDay = st.dueDay.description
    status = st.currentStatus.rawValue
    previousPeriod = st.previous?.description
    previousStatus = st.previousStatus?.rawValue
    lastRound = st.lastRound?.description
  }
}
