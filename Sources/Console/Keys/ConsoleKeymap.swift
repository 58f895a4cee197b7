import Foundation
import TerminalUI

/// The console's key bindings, read from `data/keys.yaml`, with the lookup order the screens
/// use and the checks `check-config` runs.
public struct ConsoleKeymap: Sendable {
  /// The bindings as written.
  public let keymap: Keymap<Command>

  public init(_ keymap: Keymap<Command>) {
    self.keymap = keymap
  }

  /// Parses and checks a keymap file: known contexts and commands, no key bound twice in one
  /// context (`<CR>` and `<Enter>` are the same key), every command bound only where it does
  /// something. Errors name `file` and the line.
  public static func parse(yaml: String, file: String) throws(ConfigFileError) -> ConsoleKeymap {
    let map = try Keymap<Command>.parse(
      yaml: yaml, file: file, knownContexts: KeyContext.allCases.map(\.rawValue)
    ) { Command(rawValue: $0) }
    if let conflict = map.conflicts().first {
      let lines = conflict.bindings.compactMap(\.line).map(String.init).joined(separator: ", ")
      throw ConfigFileError(
        file: file, line: conflict.bindings.last?.line,
        message:
          "key \(conflict.key.spec) is bound more than once in \(conflict.context) (lines \(lines))"
      )
    }
    for b in map.bindings {
      guard let context = KeyContext(rawValue: b.context) else { continue }
      if !b.command.contexts.contains(context) {
        let places = KeyContext.allCases.filter { b.command.contexts.contains($0) }
          .map(\.rawValue).joined(separator: ", ")
        throw ConfigFileError(
          file: file, line: b.line,
          message:
            "\(b.command.rawValue) does nothing in \(context.rawValue) (use it in: \(places))")
      }
    }
    return ConsoleKeymap(map)
  }

  /// Reads and checks a keymap file from disk.
  public static func load(contentsOf url: URL) throws(ConfigFileError) -> ConsoleKeymap {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw ConfigFileError(file: url.path, message: "cannot read: \(error.localizedDescription)")
    }
    return try parse(yaml: text, file: url.path)
  }

  /// The command `key` means in `context` (its own bindings first, then `generic`).
  public func command(for key: Key, in context: KeyContext) -> Command? {
    keymap.lookup(key, contexts: [context.rawValue])
  }

  /// Keys that reach `command` in `context`, in file order (shadowed keys left out). In a
  /// context with a text field, printable keys of `generic` are left out too: the field
  /// takes them.
  public func keys(for command: Command, in context: KeyContext) -> [Key] {
    keymap.keys(for: command, contexts: [context.rawValue]).filter { key in
      !(context.hasTextField && key.printable != nil
        && keymap.command(for: key, in: context.rawValue) == nil)
    }
  }

  /// Commands bound in exactly `context`, in file order, each once.
  public func commands(boundIn context: KeyContext) -> [Command] {
    var seen: Set<Command> = []
    return keymap.bindings(in: context.rawValue).map(\.command).filter { seen.insert($0).inserted }
  }
}
