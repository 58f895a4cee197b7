import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// Recording a 排查 round from the 排查 screen — the day (today unless changed), households
/// visited with 保存 or 零报告, a note — and taking in a matter the round found. The store's
/// `recordRound` decides; a refusal is said and the step it is about asked again.
struct SurveyRoundFlow: Flow {
  unowned let app: App

  private var words: SurveyRoundConsoleStrings { .forLang(session.lang) }
  private func name(_ row: GridSurveyRow) -> String { (row.unit?.name ?? "") + row.grid.name }

  /// The form's answers so far.
  private struct Draft {
    var day: CivilDate
    var households = 0
    var zeroReport = false
  }

  func record(_ row: GridSurveyRow) {
    askDay(row, text: session.engine.calendar.civilDate(of: session.now).description)
  }

  private func askDay(_ row: GridSurveyRow, text: String) {
    show(
      prompt(words.dayTitle(name(row)), words.dayMessage, text: text) { reply in
        guard let day = CivilDate(iso: reply.text), day.isValid else {
          session.status.error(words.badDay(reply.text))
          show(reply.prompt)
          return
        }
        askHouseholds(row, Draft(day: day))
      })
  }

  private func askHouseholds(_ row: GridSurveyRow, _ draft: Draft, text: String = "") {
    func answer(zero: Bool) -> (Modal.Reply) -> Void {
      { reply in
        guard let n = Int(reply.text) else {
          session.status.error(words.badHouseholds(reply.text))
          show(reply.prompt)
          return
        }
        var d = draft
        d.households = n
        d.zeroReport = zero
        askNote(row, d)
      }
    }
    show(
      prompt(
        words.householdsTitle + " · " + name(row), words.householdsMessage(row.householdLimit),
        text: text,
        buttons: [
          Modal.PromptButton(words.saveFound, action: answer(zero: false)),
          Modal.PromptButton(words.saveZero, action: answer(zero: true)),
        ]))
  }

  private func askNote(_ row: GridSurveyRow, _ draft: Draft) {
    show(
      prompt(words.noteTitle, words.noteMessage) { reply in
        save(row, draft, note: reply.optionalText, notePrompt: reply.prompt)
      })
  }

  private func save(_ row: GridSurveyRow, _ draft: Draft, note: String?, notePrompt: Modal) {
    let engine = session.engine
    do {
      let r = try session.store.recordRound(
        SurveyRoundRequest(
          grid: row.grid.uuid.uuidString, day: draft.day, households: draft.households,
          zeroReport: draft.zeroReport, note: note),
        rhythm: SurveyRhythm(rules: engine.rules.surveyRounds, calendar: engine.calendar),
        by: session.services.actor, now: session.now)
      session.status.show(
        words.recorded(name(row), r.round.day.description, r.round.households, r.round.zeroReport))
      app.dataChanged()
    } catch {
      session.status.error(session.message(for: error))
      switch error {
      case .surveyRound(.householdsOutOfRange):
        askHouseholds(row, draft, text: String(draft.households))
      case .surveyRound(.futureDay), .surveyRound(.tooOld):
        askDay(row, text: draft.day.description)
      case .surveyRound(.invalidNote):
        show(notePrompt)
      default:
        break
      }
    }
  }

  /// `n` on a grid: the intake form, its case found by the grid's round this period.
  func takeIn(from row: GridSurveyRow) {
    guard let round = row.roundForIntake else {
      session.status.error(words.noRoundToLink)
      return
    }
    let form = IntakeScreen()
    form.surveyRound = (round.round.uuid, name(row), round.round.day.description)
    app.stack.append(form)
  }
}
