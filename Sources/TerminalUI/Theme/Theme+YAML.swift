import Foundation
import Yams

/// Theme files.
///
/// ```yaml
/// # themes/example.yaml
/// name: example          # optional; defaults to the file name
/// base: default          # optional: built-in theme filling omitted roles (default | mono)
/// roles:
///   header:   { fg: bright-white, bg: blue, attrs: [bold] }
///   selected: { fg: black, bg: 37 }          # 0–255 palette index
///   warning:  { fg: "#d75f00", attrs: bold } # hex maps to the nearest palette colour
///   muted:    { attrs: [dim] }               # fg/bg default to the terminal's own
/// ```
///
/// Colours: `default`, `black red green yellow blue magenta cyan white`, `bright-<name>`,
/// `gray`, `0`–`255`, `#rrggbb`. Attributes: `bold reverse underline dim`, as a list or one
/// name. Role names are those of `Role.standard` plus any `extraRoles` the app passes.
extension Theme {
  /// Parses a theme file. Errors name `file` and the line.
  public static func load(
    yaml: String, file: String, extraRoles: [Role] = []
  ) throws(ConfigFileError) -> Theme {
    let doc = try YAMLDocument(yaml: yaml, file: file)
    let known = Set(Role.standard + extraRoles)
    var name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    var base = Theme.builtinDefault
    var styles: [Role: Style] = [:]
    for (keyNode, value) in try doc.mapping(doc.root, "a theme file") {
      let key = try doc.string(keyNode, "a key")
      switch key {
      case "name":
        name = try doc.string(value, "name")
      case "base":
        let b = try doc.string(value, "base")
        guard let theme = Theme.builtin(named: b) else {
          throw doc.error("unknown base theme \"\(b)\" (use default or mono)", at: value)
        }
        base = theme
      case "roles":
        for (roleNode, styleNode) in try doc.mapping(value, "roles") {
          let role = Role(try doc.string(roleNode, "a role name"))
          guard known.contains(role) else {
            throw doc.error("unknown role \"\(role.name)\"", at: roleNode)
          }
          styles[role] = try parseStyle(styleNode, role: role, doc: doc)
        }
      default:
        throw doc.error("unknown key \"\(key)\" (expected name, base, roles)", at: keyNode)
      }
    }
    return Theme(name: name, styles: styles).filled(from: base)
  }

  /// Reads and parses a theme file from disk.
  public static func load(contentsOf url: URL, extraRoles: [Role] = []) throws(ConfigFileError)
    -> Theme
  {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw ConfigFileError(file: url.path, message: "cannot read: \(error.localizedDescription)")
    }
    return try load(yaml: text, file: url.path, extraRoles: extraRoles)
  }

  private static func parseStyle(_ node: Node, role: Role, doc: YAMLDocument)
    throws(ConfigFileError) -> Style
  {
    var style = Style()
    for (keyNode, value) in try doc.mapping(node, "the style of \(role.name)") {
      let key = try doc.string(keyNode, "a key")
      switch key {
      case "fg", "bg":
        let text = try doc.string(value, key)
        guard let color = ThemeColor(parsing: text) else {
          throw doc.error("unknown colour \"\(text)\"", at: value)
        }
        if key == "fg" { style.foreground = color } else { style.background = color }
      case "attrs":
        let names: [Node]
        if let seq = value.sequence {
          names = Array(seq)
        } else {
          names = [value]
        }
        for n in names {
          let text = try doc.string(n, "an attribute")
          for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let a = TextAttributes(name: String(word)) else {
              throw doc.error(
                "unknown attribute \"\(word)\" (use bold, reverse, underline, dim)", at: n)
            }
            style.attributes.insert(a)
          }
        }
      default:
        throw doc.error(
          "unknown key \"\(key)\" in \(role.name) (expected fg, bg, attrs)", at: keyNode)
      }
    }
    return style
  }
}
