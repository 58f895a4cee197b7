import Yams

/// Keymap files.
///
/// ```yaml
/// # data/keys.yaml
/// contexts:               # the only top-level key
///   generic:              # tried last in every context
///     "<F1>": help        # key spec (see KeySpec) → command name
///     "?": help           # quote specs YAML would misread: ? : # [ ] { } , & * ! | > ' " %
///     q: back
///   list:
///     j: down
///     <Down>: down
///     <Enter>: open
/// ```
///
/// One key per line; bind several keys to a command by writing several lines. A context
/// may not repeat a key (YAML rejects the same spelling twice; aliases such as `<CR>` and
/// `<Enter>` are reported by `Keymap.conflicts()`).
extension Keymap {
  /// Parses a keymap file. `commandNamed` maps a command name to a command (nil: unknown
  /// command). With `knownContexts`, other context names are errors. Errors name `file`
  /// and the line.
  public static func parse(
    yaml: String, file: String, knownContexts: [String]? = nil,
    commandNamed: (String) -> Command?
  ) throws(ConfigFileError) -> Keymap {
    let doc = try YAMLDocument(yaml: yaml, file: file)
    var keymap = Keymap()
    for (keyNode, value) in try doc.mapping(doc.root, "a keymap file") {
      let key = try doc.string(keyNode, "a key")
      guard key == "contexts" else {
        throw doc.error("unknown key \"\(key)\" (expected contexts)", at: keyNode)
      }
      for (contextNode, bindingsNode) in try doc.mapping(value, "contexts") {
        let context = try doc.string(contextNode, "a context name")
        if let knownContexts, context != generic, !knownContexts.contains(context) {
          throw doc.error("unknown context \"\(context)\"", at: contextNode)
        }
        if bindingsNode.scalar?.string == "" || bindingsNode.scalar?.tag == .init(.null) {
          continue  // an empty context
        }
        for (specNode, commandNode) in try doc.mapping(bindingsNode, "context \(context)") {
          let specText = try doc.string(specNode, "a key")
          guard let spec = KeySpec(parsing: specText) else {
            throw doc.error("unknown key \"\(specText)\"", at: specNode)
          }
          let name = try doc.string(commandNode, "a command")
          guard let command = commandNamed(name) else {
            throw doc.error("unknown command \"\(name)\"", at: commandNode)
          }
          keymap.bind(spec.key, to: command, in: context, line: specNode.mark?.line)
        }
      }
    }
    return keymap
  }
}
