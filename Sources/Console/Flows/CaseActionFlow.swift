import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The case actions (a o v w r t e T R u, settling on the spot) on the case a screen shows or
/// has selected: each asks what it needs in a dialog or picker, then appends one action
/// through the store and shows the new history line.
struct CaseActionFlow: Flow {
  unowned let app: App

  /// Starts `command` on case `id`. The engine is asked first (`CaseEngine.refusal`), so an
  /// action the case's standing forbids is refused before the worker types anything.
  func begin(_ command: Command, on id: String, tier chosenTier: Tier? = nil) {
    let c: Case
    let history: [Event]
    do {
      c = try session.store.find(id)
      history = try session.store.history(of: c)
      // The role first, as the store asks it: nothing is typed for a step that will be refused.
      if let step = command.guardedStep(on: c),
        let refusal = session.services.actor.refusal(step, caseGrid: c.resident.gridID)
      {
        throw refusal
      }
      if let kind = command.actionKind(on: c),
        let refusal = session.engine.refusal(for: kind, on: c, history: history, now: session.now)
      {
        throw refusal
      }
      if let chosenTier, chosenTier == c.tier { throw EngineError.sameTier(chosenTier) }
    } catch {
      session.status.error(session.message(for: error))
      return
    }
    ask(command, on: c, history: history, tier: chosenTier)
  }

  /// Asks what `command` needs on case `c`, each answer recording the action.
  private func ask(_ command: Command, on c: Case, history: [Event], tier chosenTier: Tier?) {
    let s = session.strings
    let lang = session.lang
    let id = c.id
    switch command {
    case .assign: beginAssign(on: c)
    case .dispatchVolunteer: beginDispatch(on: c)
    case .deliver: beginDelivery(on: c)
    case .note: ask(s.noteTitle, s.noteMessage, on: id) { .note($0.text) }
    case .visit:
      ask(s.visitTitle, s.visitMessage, on: id) { .visit(note: $0.optionalText, minutes: nil) }
    case .waitResume where c.state == .waiting: perform(.resume, on: id)
    case .waitResume: askWait(on: id)
    case .resolve: askResolution(on: id)
    case .resolveOnSpot:
      show(
        askOnSpotSummary { summary, reply in
          perform(.resolve(summary: summary, onSpot: true), on: id, retry: reply.prompt)
        })
    case .rate:
      show(picker(s.rateTitle, Rating.allCases, label: { $0.name(lang) }) { rate($0, on: id) })
    case .escalate: askEscalation(on: c)
    case .retier: askRetier(on: c, to: chosenTier)
    case .reopen: ask(s.reopenTitle, s.reopenMessage, on: id) { .reopen(reason: $0.optionalText) }
    case .undo: confirmUndo(on: id, history: history)
    case .correct: askCorrection(on: c)
    case .voidRestore: askVoidOrRestore(on: c)
    case .followUp: FollowUpFlow(app: app).begin(on: c)
    case .extend: askExtension(on: c)
    case .returnCase: askReturn(on: c)
    case .urge: askUrge(on: c)
    case .supervise: askSupervision(on: c)
    default:
      break
    }
  }

  /// Shows a prompt whose OK records the action made of the reply on case `id`.
  private func ask(
    _ title: String, _ message: String, text: String = "", on id: String,
    _ action: @escaping (Modal.Reply) -> Action
  ) {
    show(prompt(title, message, text: text, ok: recording(on: id, action)))
  }

  /// Appends `action` to case `id`. On success the status line shows the new history line
  /// and every screen reloads; on a refusal the message shows and `retry` (the prompt with
  /// what was typed) comes back, so nothing typed is lost.
  func perform(_ action: Action, on id: String, retry: Modal? = nil) {
    do {
      let c = try session.store.perform(
        action, on: id, engine: session.engine, by: session.services.actor, now: session.now)
      // `u` takes back the batch only right after it: a single action since ends that.
      session.lastBatch = nil
      app.dataChanged()
      let last = try session.store.history(of: c).last
      session.status.show(
        session.strings.recorded(c.id, last.map(session.format.summary) ?? ""), role: .success)
    } catch {
      session.status.error(session.message(for: error))
      show(retry)
    }
  }

  /// A prompt's answer that records the action made of the reply on case `id` (asking again
  /// with the reply kept when the engine refuses it).
  func recording(on id: String, _ action: @escaping (Modal.Reply) -> Action) -> (Modal.Reply) ->
    Void
  {
    { reply in perform(action(reply), on: id, retry: reply.prompt) }
  }

  /// How the case was resolved: resolve, or resolve "on the spot".
  private func askResolution(on id: String) {
    let s = session.strings
    show(
      prompt(
        s.resolveTitle, s.resolveMessage,
        buttons: [
          Modal.PromptButton(
            s.resolveTitle, action: recording(on: id) { .resolve(summary: $0.text, onSpot: false) }),
          Modal.PromptButton(
            s.onSpotButton, action: recording(on: id) { .resolve(summary: $0.text, onSpot: true) }),
        ]))
  }

  /// Why the case goes up a tier (manual first), then a note.
  private func askEscalation(on c: Case) {
    let s = session.strings
    let lang = session.lang
    let to = c.tier.next ?? .street
    show(
      picker(
        s.escalateTitle, EscalationReason.allCases, label: { $0.name(lang) },
        selection: EscalationReason.allCases.firstIndex(of: .manual) ?? 0
      ) { reason in
        ask(s.escalateNoteTitle, s.escalateNoteMessage(c.tier.name(lang), to.name(lang)), on: c.id)
        {
          .escalate(reason, note: $0.optionalText)
        }
      })
  }

  /// Which tier (unless a tier key chose it), then why.
  private func askRetier(on c: Case, to chosenTier: Tier?) {
    let s = session.strings
    let lang = session.lang
    guard let tier = chosenTier else {
      show(
        picker(s.retierTitle, Tier.allCases, label: session.format.tier, selection: c.tier.rank) {
          begin(.retier, on: c.id, tier: $0)
        })
      return
    }
    ask(s.retierTitle, s.tierReasonMessage(c.tier.name(lang), tier.name(lang)), on: c.id) {
      .retier(tier, reason: $0.text)
    }
  }

  /// Undoing the last event the worker may take back, named; Cancel is highlighted.
  private func confirmUndo(on id: String, history: [Event]) {
    let s = session.strings
    guard let target = CaseEngine.undoTarget(in: history) else { return }
    var buttons = [
      Modal.Button(s.undoButton, key: .char("u")) { perform(.undo, on: id) },
      Modal.Button(s.cancel) { session.status.show(s.undoCancelled) },
    ]
    // The case was in the last batch: the whole batch can be taken back from here too.
    if let batch = session.lastBatch, batch.cases.contains(where: { $0.id == id }) {
      buttons.insert(
        Modal.Button(session.bulk.undoBatch(batch.cases.count)) {
          BatchFlow(app: app).undo(batch)
        }, at: 1)
    }
    show(
      .message(
        s.undoTitle, s.undoMessage(session.format.summary(target)),
        // Cancel is the safe default and says so; `u` again confirms at once.
        buttons: buttons, selectedButton: buttons.count - 1))
  }

  /// An unsatisfied rating asks for a comment first.
  private func rate(_ rating: Rating, on id: String) {
    let s = session.strings
    guard rating == .unsatisfied else {
      perform(.rate(rating, comment: nil), on: id)
      return
    }
    ask(s.rateCommentTitle, s.rateCommentMessage, on: id) {
      .rate(.unsatisfied, comment: $0.optionalText)
    }
  }
}
