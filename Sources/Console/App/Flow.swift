import ShuoshiCore
import TerminalUI

/// The dialogs of one screen or action (a case action, the intake form, the ledger): a small
/// value made when a key starts it, which builds its modals with each answer's action and
/// shows them through the app. The actions capture the flow, so a step knows what the earlier
/// ones chose and which screen it belongs to.
protocol Flow {
  /// The console; it owns the modal shown, so the flow holds it unowned.
  var app: App { get }
}

extension Flow {
  var session: Session { app.session }

  /// Shows `modal` over the top screen (nil: takes the modal down).
  func show(_ modal: Modal?) {
    app.modal = modal
  }

  /// A text prompt with OK and Cancel.
  func prompt(
    _ title: String, _ message: String, text: String = "", placeholder: String = "",
    ok action: @escaping (Modal.Reply) -> Void
  ) -> Modal {
    prompt(
      title, message, text: text, placeholder: placeholder,
      buttons: [Modal.PromptButton(session.strings.ok, action: action)])
  }

  /// A text prompt with `buttons` and Cancel.
  func prompt(
    _ title: String, _ message: String, text: String = "", placeholder: String = "",
    buttons: [Modal.PromptButton]
  ) -> Modal {
    Modal.prompt(
      title, message, text: text, placeholder: placeholder, buttons: buttons,
      cancel: session.strings.cancel)
  }

  /// How a booth settlement went (当场化解): an empty field with the usual account as its
  /// placeholder, which an empty answer records — typed text replaces it, never adds to it.
  func askOnSpotSummary(_ record: @escaping (_ summary: String, _ reply: Modal.Reply) -> Void)
    -> Modal
  {
    let b = session.strings.booth
    return prompt(b.onSpotTitle, b.onSpotMessage, placeholder: b.onSpotDefault) { reply in
      record(reply.text.isEmpty ? b.onSpotDefault : reply.text, reply)
    }
  }

  /// A numbered picker of `options` with the usual footer.
  func picker<Option>(
    _ title: String, _ options: [Option], label: (Option) -> String, selection: Int = 0,
    onPick: @escaping (Option) -> Void
  ) -> Modal {
    Modal.picker(
      title, options, label: label, selection: selection, footer: session.strings.pickerHint,
      onPick: onPick)
  }

  /// A yes/no question: `button` (chosen first) does `action`; Cancel does nothing.
  func confirm(
    _ title: String, _ message: String, _ button: String, action: @escaping () -> Void
  ) -> Modal {
    Modal.message(
      title, message,
      buttons: [Modal.Button(button, action: action), Modal.Button(session.strings.cancel)])
  }

  /// A step that needs a reason: with none given, says so (`message`, else the engine's "reason
  /// is empty") and asks again with what was typed kept. True when there is one.
  func requireReason(_ reply: Modal.Reply, message: String? = nil) -> Bool {
    guard reply.text.isEmpty else { return true }
    session.status.error(message ?? EngineError.invalidField(.reason, .empty).message(session.lang))
    show(reply.prompt)
    return false
  }
}
