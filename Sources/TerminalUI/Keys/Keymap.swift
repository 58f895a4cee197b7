/// Key bindings per context: which `Command` a key means in a list, a form, a detail view….
///
/// Contexts are the app's names (`list`, `detail`, `form`, `search`…); `generic` is tried
/// last everywhere. Bindings keep their order, so help and hint bars list them as written.
/// When a context binds one key twice the first binding wins and `conflicts()` reports it.
public struct Keymap<Command: Hashable & Sendable>: Sendable {
  /// The context every lookup falls back to.
  public static var generic: String { "generic" }

  /// One key bound to one command in one context.
  public struct Binding: Hashable, Sendable {
    public var context: String
    public var key: Key
    public var command: Command
    /// Where the binding was written, for messages (nil when bound in code).
    public var line: Int?

    public init(context: String, key: Key, command: Command, line: Int? = nil) {
      self.context = context
      self.key = key
      self.command = command
      self.line = line
    }
  }

  /// A key bound more than once in the same context.
  public struct Conflict: Hashable, Sendable {
    public var context: String
    public var key: Key
    /// Every binding of `key` in `context`, in order; the first one is in effect.
    public var bindings: [Binding]
  }

  /// All bindings in the order they were made.
  public private(set) var bindings: [Binding] = []
  private var table: [String: [Key: Command]] = [:]

  /// An empty keymap.
  public init() {}

  /// Binds `key` to `command` in `context`. A key already bound there keeps its first
  /// command; the duplicate is recorded for `conflicts()`.
  public mutating func bind(
    _ key: Key, to command: Command, in context: String = Keymap.generic, line: Int? = nil
  ) {
    bindings.append(Binding(context: context, key: key, command: command, line: line))
    if table[context, default: [:]][key] == nil {
      table[context, default: [:]][key] = command
    }
  }

  /// The command `key` means: tries each of `contexts` in order, then `generic`.
  public func lookup(_ key: Key, contexts: [String]) -> Command? {
    for context in contexts {
      if let command = table[context]?[key] { return command }
    }
    if !contexts.contains(Self.generic) { return table[Self.generic]?[key] }
    return nil
  }

  /// The command `key` means in exactly `context` (no fallback).
  public func command(for key: Key, in context: String) -> Command? {
    table[context]?[key]
  }

  /// Context names in the order first bound.
  public var contexts: [String] {
    var seen: Set<String> = []
    return bindings.map(\.context).filter { seen.insert($0).inserted }
  }

  /// The bindings of one context, in order.
  public func bindings(in context: String) -> [Binding] {
    bindings.filter { $0.context == context }
  }

  /// Keys that reach `command` (for hints and help). With `contexts`, only keys that
  /// actually reach it there: the same lookup order as `lookup`, so a key shadowed by an
  /// earlier context is left out. Without, every key bound to it anywhere.
  public func keys(for command: Command, contexts: [String]? = nil) -> [Key] {
    var out: [Key] = []
    guard let contexts else {
      for b in bindings where b.command == command && !out.contains(b.key) { out.append(b.key) }
      return out
    }
    let order = contexts.contains(Self.generic) ? contexts : contexts + [Self.generic]
    for context in order {
      for b in bindings where b.context == context && b.command == command {
        if !out.contains(b.key) && lookup(b.key, contexts: contexts) == command {
          out.append(b.key)
        }
      }
    }
    return out
  }

  /// Keys bound more than once within one context (`<CR>` and `<Enter>`, `<C-m>`…).
  public func conflicts() -> [Conflict] {
    var groups: [String: [Key: [Binding]]] = [:]
    for b in bindings { groups[b.context, default: [:]][b.key, default: []].append(b) }
    var out: [Conflict] = []
    var reported: Set<KeyInContext> = []
    for b in bindings {
      guard let all = groups[b.context]?[b.key], all.count > 1,
        reported.insert(KeyInContext(context: b.context, key: b.key)).inserted
      else { continue }
      out.append(Conflict(context: b.context, key: b.key, bindings: all))
    }
    return out
  }

  private struct KeyInContext: Hashable {
    var context: String
    var key: Key
  }
}
