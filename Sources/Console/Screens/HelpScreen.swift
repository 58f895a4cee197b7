import TerminalUI

/// Every key, grouped by where it works, generated from the keymap and the command table.
final class HelpScreen: Screen {
  private var view: HelpView

  /// `disabled`: the case keys refused on the case help was opened over, with the reasons.
  init(session: Session, disabled: CaseRefusals = CaseRefusals()) {
    let map = session.services.keymap
    view = HelpView(
      groups: map.helpGroups(
        title: session.strings.contextTitle, lang: session.lang, disabled: disabled,
        unavailable: session.strings.unavailable))
  }

  /// The groups shown (for tests: every binding must appear).
  var groups: [HelpView.Group] { view.groups }

  var keyContext: KeyContext { .list }

  func title(_ session: Session) -> String { session.strings.helpTitle }

  func perform(_ command: Command, session: Session) -> ScreenResult {
    let key: Key
    switch command {
    case .down: key = .down
    case .up: key = .up
    case .pageDown: key = .pageDown
    case .pageUp: key = .pageUp
    case .first: key = .home
    case .last: key = .end
    case .back, .help: return .pop
    default: return .ignored
    }
    _ = view.handle(key)
    return .handled
  }

  /// Only the keys that work here: scrolling and leaving.
  func hints(_ session: Session) -> [HintBar.Item] {
    let map = session.services.keymap
    return [Command.down, .up, .pageDown, .pageUp, .back].compactMap { command in
      map.keys(for: command, in: keyContext).first.map {
        HintBar.Item(key: $0.label, summary: command.title(session.lang))
      }
    }
  }

  func prepare(_ rect: Rect, session: Session) {
    view.viewHeight = max(1, rect.height)
  }

  func render(on surface: any Surface, in rect: Rect, session: Session) {
    view.render(on: surface, in: rect.inset(left: 1))
  }
}
