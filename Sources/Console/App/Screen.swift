import ShuoshiCore
import TerminalUI

/// One screen of the console (queue, case, intake, search, help). The app keeps a stack of
/// them; the top one gets keys and is drawn between the header and the status line.
///
/// Screens are classes so the app can hand the same one keys and frames; they are used on
/// one thread only.
protocol Screen: AnyObject {
  /// The keymap context for keys this screen does not take itself.
  var keyContext: KeyContext { get }
  /// The header title.
  func title(_ session: Session) -> String
  /// The case a case-action key applies to (the selected row, the case shown), if any.
  var currentCaseID: String? { get }
  /// True when leaving would lose typed input.
  var hasUnsavedInput: Bool { get }

  /// Offers a key to the focused text field; true when it took it.
  func handleText(_ key: Key, session: Session) -> Bool
  /// True when the focused text field takes every printable key, so that a run of them (a
  /// paste) can be handed over at once with `handleTyped`.
  var takesTypedText: Bool { get }
  /// Takes a run of printable characters as one edit (asked only when `takesTypedText`).
  func handleTyped(_ text: String, session: Session)
  /// Does `command`; `.ignored` when this screen has no use for it.
  func perform(_ command: Command, session: Session) -> ScreenResult
  /// Starts the dialogs `command` opens on this screen, through `app` (the intake form's
  /// save, tier, owner and back keys: `IntakeFlow`); false when it opens none.
  func startFlow(_ command: Command, in app: App) -> Bool
  /// Selects case `id` if this screen lists it (the queue, after an intake).
  func select(id: String, session: Session)
  /// Fetches what `rect` will show (only the visible rows), before `render`.
  func prepare(_ rect: Rect, session: Session)
  func render(on surface: any Surface, in rect: Rect, session: Session)
  /// The data changed (an action, a save, the sweep): refetch before the next frame.
  func invalidate()
  /// The bottom line of key hints.
  func hints(_ session: Session) -> [HintBar.Item]
  /// The case keys the engine would refuse on the case this screen shows, with the reasons.
  func refusals(_ session: Session) -> CaseRefusals
}

extension Screen {
  var currentCaseID: String? { nil }
  var hasUnsavedInput: Bool { false }
  func handleText(_ key: Key, session: Session) -> Bool { false }
  var takesTypedText: Bool { false }
  func handleTyped(_ text: String, session: Session) {
    for ch in text { _ = handleText(.char(ch), session: session) }
  }
  func startFlow(_ command: Command, in app: App) -> Bool { false }
  func select(id: String, session: Session) {}
  func invalidate() {}
  func refusals(_ session: Session) -> CaseRefusals { CaseRefusals() }
  func hints(_ session: Session) -> [HintBar.Item] {
    session.services.keymap.hints(for: keyContext, lang: session.lang)
  }
}

/// What the app should do after a screen handled a command.
enum ScreenResult {
  /// Done; redraw.
  case handled
  /// Not this screen's command.
  case ignored
  /// Leave this screen.
  case pop
  case push(any Screen)
  /// Ask something in a dialog or picker.
  case ask(Modal)
  /// Move the case shown here to another tier (asks for the reason).
  case retier(id: String, tier: Tier)
  /// Settle, merge, unmerge or reveal: the app asks and records the event.
  case ledger(LedgerRequest)
}
