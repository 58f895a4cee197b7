import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The 排查 screen (`V` from the queue): every grid with its round this period and the last —
/// 已排查 / 零报告 / 未排查, a grid that missed the last period highlighted — Enter records a
/// round, `n` takes in a matter found on the grid's round.
final class SurveyRoundsScreen: Screen {
  private var list = ListView()
  private(set) var rows: [GridSurveyRow] = []
  private var stale = true

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String { SurveyRoundConsoleStrings.forLang(session.lang).title }

  func invalidate() { stale = true }

  var selected: GridSurveyRow? { list.isEmpty ? nil : rows[list.selection] }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    if list.move(command) { return .handled }
    switch command {
    case .back: return .pop
    default: return .ignored
    }
  }

  func startFlow(_ command: Command, in app: App) -> Bool {
    guard let row = selected else { return false }
    switch command {
    case .open:
      SurveyRoundFlow(app: app).record(row)
      return true
    case .new:
      SurveyRoundFlow(app: app).takeIn(from: row)
      return true
    default:
      return false
    }
  }

  func hints(_ session: Session) -> [HintBar.Item] {
    session.hints([.open, .new, .down, .up, .back, .help], in: keyContext)
  }

  func prepare(_ rect: Rect, session: Session) {
    if stale {
      do {
        let engine = session.engine
        rows = try session.store.surveyStandings(
          rhythm: SurveyRhythm(rules: engine.rules.surveyRounds, calendar: engine.calendar),
          now: session.now)
        stale = false
      } catch {
        session.status.error(session.message(for: error))
      }
    }
    list.height = max(1, rect.height - 2)
    list.count = rows.count
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    surface.fill(rect, role: .normal)
    let w = SurveyRoundConsoleStrings.forLang(session.lang)
    let words = SurveyRoundStrings.forLang(session.lang)
    if let st = rows.first?.standing {
      var heading = w.heading(
        words.cadence(st.current.cadence), st.current.description, st.dueDay.description)
      let missed = rows.filter(\.standing.missedLast).count
      if missed > 0 { heading += "  " + w.missedCount(missed) }
      surface.put(heading, at: rect.origin, role: missed > 0 ? .warning : .muted)
    }
    let table = Table(
      zip(w.columns, [(12, 24), (4, 6), (6, 8), (6, 8), (10, 10), (4, 6)]).map {
        Table.Column($0.0, minWidth: $0.1.0, maxWidth: $0.1.1)
      })
    let body = rect.inset(top: 1)
    surface.fill(body.row(0), role: .label)
    surface.put(table.header(width: body.width), at: body.origin, role: .label)
    guard !list.isEmpty else {
      surface.put(w.empty, at: Point(x: body.x + 1, y: body.y + 2), role: .muted)
      return
    }
    list.render(on: surface, in: body.inset(top: 1)) { i, line, selected in
      let cells = self.row(i, session: session).map {
        selected ? Segment($0.text, role: .selected) : $0
      }
      table.render(cells, on: line, in: line.bounds, role: selected ? .selected : .normal)
    }
  }

  /// The cells of row `i`: a period missed shows in `warning`, a grid still due this period in
  /// `muted`… so the eye finds the 漏排查 first.
  func row(_ i: Int, session: Session) -> [Segment] {
    let w = SurveyRoundConsoleStrings.forLang(session.lang)
    let words = SurveyRoundStrings.forLang(session.lang)
    let r = rows[i]
    let st = r.standing
    func status(_ s: SurveyStatus?) -> Segment {
      guard let s else { return Segment(w.notOwed, role: .muted) }
      switch s {
      case .missed: return Segment(words.status(s), role: .warning)
      case .due: return Segment(words.status(s), role: .muted)
      case .done, .zeroReport: return Segment(words.status(s))
      }
    }
    let found = r.currentRounds.reduce(0) { $0 + $1.mattersFound }
    return [
      Segment((r.unit?.name ?? "") + r.grid.name, role: st.missedLast ? .warning : .normal),
      Segment("\(r.households)"), status(st.currentStatus), status(st.previousStatus),
      Segment(st.lastRound?.description ?? w.notOwed), Segment(found > 0 ? w.found(found) : ""),
    ]
  }
}
