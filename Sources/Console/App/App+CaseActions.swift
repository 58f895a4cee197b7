import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The case actions (a o v w r t e T R u): each asks what it needs in a dialog or picker,
/// then appends one action through the store and shows the new history line.
extension App {
  /// Starts `command` on case `id`. The engine is asked first (`CaseEngine.refusal`), so an
  /// action the case's standing forbids is refused before the worker types anything.
  func begin(_ command: Command, on id: String, tier chosenTier: Tier? = nil) {
    let s = session.strings
    let lang = session.lang
    let c: Case
    let history: [Event]
    do {
      c = try session.store.find(id)
      history = try session.store.history(of: c)
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
    let id = c.id
    switch command {
    case .assign:
      // With a register the owner is chosen from it; without, typed. Not prefilled: typing
      // would append to the old name. The message names it instead.
      modal =
        personPicker(.assignPerson(id: id), title: s.register.pickOwnerTitle)
        ?? prompt(.assign(id: id), s.assignTitle, s.assignMessage(c.assignee))
    case .dispatchVolunteer, .deliver:
      beginLoop(command, on: c)
    case .note:
      modal = prompt(.note(id: id), s.noteTitle, s.noteMessage)
    case .visit:
      modal = prompt(.visit(id: id), s.visitTitle, s.visitMessage)
    case .waitResume:
      if c.state == .waiting {
        perform(.resume, on: id)
      } else {
        modal = prompt(.wait(id: id), s.waitTitle, s.waitMessage)
      }
    case .resolve:
      modal = prompt(
        .resolve(id: id), s.resolveTitle, s.resolveMessage,
        buttons: [s.resolveTitle, s.onSpotButton])
    case .resolveOnSpot:
      let b = s.booth
      modal = prompt(.resolveOnSpot(id: id), b.onSpotTitle, b.onSpotMessage, text: b.onSpotDefault)
    case .rate:
      modal = picker(.rating(id: id), s.rateTitle, Rating.allCases.map { $0.name(lang) })
    case .escalate:
      let to = c.tier.next ?? .street
      modal = picker(
        .escalationReason(id: id, from: c.tier, to: to), s.escalateTitle,
        EscalationReason.allCases.map { $0.name(lang) },
        selection: EscalationReason.allCases.firstIndex(of: .manual) ?? 0)
    case .retier:
      if let tier = chosenTier {
        modal = prompt(
          .retierReason(id: id, tier: tier), s.retierTitle,
          s.tierReasonMessage(c.tier.name(lang), tier.name(lang)))
      } else {
        modal = picker(
          .retierTier(id: id, from: c.tier), s.retierTitle, Tier.allCases.map(session.format.tier),
          selection: c.tier.rank)
      }
    case .reopen:
      modal = prompt(.reopen(id: id), s.reopenTitle, s.reopenMessage)
    case .undo:
      guard let target = CaseEngine.undoTarget(in: history) else { return }
      modal = Modal(
        body: .dialog(
          Dialog(
            title: s.undoTitle, message: s.undoMessage(session.format.summary(target)),
            buttons: [Dialog.Button(s.undoButton), Dialog.Button(s.cancel)], selectedButton: 1)),
        ask: .undo(id: id))
    default:
      break
    }
  }

  /// Appends `action` to case `id`. On success the status line shows the new history line
  /// and every screen reloads; on a refusal the message shows and `retry` (the prompt with
  /// what was typed) comes back, so nothing typed is lost.
  func perform(_ action: Action, on id: String, retry: Modal? = nil) {
    do {
      let c = try session.store.perform(
        action, on: id, engine: session.engine, by: session.services.actor, now: session.now)
      dataChanged()
      let last = try session.store.history(of: c).last
      session.status.show(
        session.strings.recorded(c.id, last.map(session.format.summary) ?? ""), role: .success)
    } catch {
      session.status.error(session.message(for: error))
      modal = retry
    }
  }

  /// A text prompt with OK (or `buttons`) and Cancel; Cancel is the last button.
  func prompt(
    _ ask: Ask, _ title: String, _ message: String, text: String = "", buttons: [String]? = nil
  ) -> Modal {
    let s = session.strings
    let labels = (buttons ?? [s.ok]) + [s.cancel]
    return Modal(
      body: .dialog(
        Dialog(
          title: title, message: message, input: TextField(text: text),
          buttons: labels.map { Dialog.Button($0) })), ask: ask)
  }

  func picker(_ ask: Ask, _ title: String, _ options: [String], selection: Int = 0) -> Modal {
    Modal(
      body: .picker(
        Picker(
          title: title, options: options, selection: selection,
          footer: session.strings.pickerHint)), ask: ask)
  }
}
