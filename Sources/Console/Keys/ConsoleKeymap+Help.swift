import ShuoshiCore
import TerminalUI

extension ConsoleKeymap {
  /// The hint bar for `context`: commands that have a hint rank and a key there, in rank order,
  /// each with its first key.
  public func hints(for context: KeyContext, lang: Lang) -> [HintBar.Item] {
    let reachable = commands(boundIn: context) + commands(boundIn: .generic)
    var seen: Set<Command> = []
    return
      reachable
      .filter { $0.hintRank != nil && seen.insert($0).inserted }
      .sorted { $0.hintRank! < $1.hintRank! }
      .compactMap { command in
        keys(for: command, in: context).first.map {
          HintBar.Item(key: $0.label, summary: command.title(lang))
        }
      }
  }

  /// Help: one group per context (generic first), a row per command bound there with all
  /// its keys. Every binding in the file appears exactly once.
  public func helpGroups(title: (KeyContext) -> String, lang: Lang) -> [HelpView.Group] {
    KeyContext.allCases.compactMap { context in
      let rows = commands(boundIn: context).map { command in
        HelpView.Row(
          keys: keysBound(to: command, in: context).map(\.label).joined(separator: ", "),
          summary: command.summary(lang))
      }
      return rows.isEmpty ? nil : HelpView.Group(title: title(context), rows: rows)
    }
  }

  /// Keys bound to `command` in exactly `context`, in file order.
  public func keysBound(to command: Command, in context: KeyContext) -> [Key] {
    keymap.bindings(in: context.rawValue).filter { $0.command == command }.map(\.key)
  }
}
