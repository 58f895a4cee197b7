import ShuoshiCore
import TerminalUI

extension ConsoleKeymap {
  /// The hint bar for `context`: commands that have a hint rank and a key there, in rank order,
  /// each with its first key; those in `disabled` are marked so (drawn muted).
  func hints(for context: KeyContext, lang: Lang, disabled: CaseRefusals = CaseRefusals())
    -> [HintBar.Item]
  {
    let reachable = commands(boundIn: context) + commands(boundIn: .generic)
    var seen: Set<Command> = []
    return
      reachable
      .filter { $0.hintRank != nil && seen.insert($0).inserted }
      .sorted { $0.hintRank! < $1.hintRank! }
      .compactMap { command in
        keys(for: command, in: context).first.map {
          HintBar.Item(
            key: $0.label, summary: command.title(lang),
            disabled: disabled.reason(command) != nil)
        }
      }
  }

  /// Help: one group per context (generic first), a row per command bound there with all
  /// its keys, then the text fields' editing keys. Every binding in the file appears exactly once. Opened over a case, the case
  /// keys (the detail group) the engine would refuse on it say why (`unavailable` words it).
  func helpGroups(
    title: (KeyContext) -> String, lang: Lang, disabled: CaseRefusals = CaseRefusals(),
    unavailable: (String) -> String = { $0 }
  ) -> [HelpView.Group] {
    let contexts: [HelpView.Group] = KeyContext.allCases.compactMap { context in
      let rows = commands(boundIn: context).map { command in
        let refused = context == .detail ? disabled.reason(command) : nil
        return HelpView.Row(
          keys: keysBound(to: command, in: context).map(\.label).joined(separator: ", "),
          summary: command.summary(lang)
            + (refused.map { " " + unavailable($0) } ?? ""))
      }
      return rows.isEmpty ? nil : HelpView.Group(title: title(context), rows: rows)
    }
    return contexts + [Self.editingGroup(lang)]
  }

  /// The editing keys every text field knows (`TextEdit`), last in help.
  static func editingGroup(_ lang: Lang) -> HelpView.Group {
    HelpView.Group(
      title: TextEdit.groupTitle(lang),
      rows: TextEdit.allCases.map {
        HelpView.Row(keys: $0.keys.map(\.label).joined(separator: ", "), summary: $0.summary(lang))
      })
  }

  /// Keys bound to `command` in exactly `context`, in file order.
  public func keysBound(to command: Command, in context: KeyContext) -> [Key] {
    keymap.bindings(in: context.rawValue).filter { $0.command == command }.map(\.key)
  }
}
