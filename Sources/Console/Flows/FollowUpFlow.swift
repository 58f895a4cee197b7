import Foundation
import ShuoshiCore

/// 回访 (`f` on a resolved or closed case): how → reached or not → (reached) solved →
/// satisfaction → the resident's words, then one `followUp` action through the store. Before
/// the words the dialog says what the answers will do (close the case, or reopen it one tier
/// up), so the worker is never surprised by a 重办.
struct FollowUpFlow: Flow {
  unowned let app: App

  private var words: FollowUpConsoleStrings { .forLang(session.lang) }

  func begin(on c: Case) {
    let lang = session.lang
    show(
      picker(words.methodTitle, FollowUpMethod.allCases, label: { $0.name(lang) }) { method in
        askReached(method, on: c)
      })
  }

  private func askReached(_ method: FollowUpMethod, on c: Case) {
    let w = words
    show(
      picker(w.reachedTitle, [true, false], label: { $0 ? w.reached : w.notReached }) { reached in
        guard reached else {
          askWords(FollowUp(method: method, reached: false), on: c)
          return
        }
        askSolved(method, on: c)
      })
  }

  private func askSolved(_ method: FollowUpMethod, on c: Case) {
    let lang = session.lang
    show(
      picker(words.solvedTitle, Solved.allCases, label: { $0.name(lang) }) { solved in
        askSatisfaction(method, solved, on: c)
      })
  }

  private func askSatisfaction(_ method: FollowUpMethod, _ solved: Solved, on c: Case) {
    let lang = session.lang
    show(
      picker(words.satisfactionTitle, Rating.allCases, label: { $0.name(lang) }) { rating in
        askWords(
          FollowUp(method: method, reached: true, solved: solved, satisfaction: rating), on: c)
      })
  }

  /// The resident's words (optional), under what the answers will do.
  private func askWords(_ followUp: FollowUp, on c: Case) {
    let lang = session.lang
    let outcome: String
    if !followUp.reached {
      outcome = words.attemptOutcome(
        c.followUpAttempts + 1, session.engine.rules.followUp.maxAttempts)
    } else if followUp.needsRedo {
      outcome = words.redoOutcome((c.tier.next ?? c.tier).name(lang))
    } else if followUp.solved == .solved {
      outcome = words.closeOutcome
    } else {
      outcome = words.partlyOutcome
    }
    let actions = CaseActionFlow(app: app)
    show(
      prompt(
        words.wordsTitle, outcome,
        ok: actions.recording(on: c.id) { reply in
          var f = followUp
          f.words = reply.optionalText
          return .followUp(f)
        }))
  }
}
