import Foundation
import TerminalUI

/// The command line's one way to standard output. It shadows the standard library's `print`
/// in this module on purpose, so every `print(...)` of a command goes through `TerminalText`:
/// names, grievances and operators come from residents, CSV files and other laptops' bundles,
/// and an escape sequence among them must be shown (`\e]52;…`), never obeyed. Line breaks are
/// kept here (output is multi-line); single-line places (table cells, `field` rows) escape
/// them before layout. JSON goes out through `JSONOut`: exact values, with every such scalar
/// a JSON `\uXXXX` escape (`jsonEscaped`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { "\($0)" }.joined(separator: separator) + terminator
  TerminalOutput.write(text, to: .standardOutput)
}

enum TerminalOutput {
  /// Writes `text`, sanitised (line breaks kept), to `handle`.
  static func write(_ text: String, to handle: FileHandle) {
    handle.write(Data(TerminalText.sanitized(text, lines: .keep).utf8))
  }

  /// JSON with the scalars JSONEncoder leaves raw but a terminal acts on (DEL, C1 controls
  /// such as U+009B, a CSI; bidi overrides; joiners) written as `\uXXXX` escapes: the same
  /// JSON values, exactly, in bytes safe on a terminal. (C0 controls JSONEncoder escapes
  /// itself; all of these are BMP scalars and, JSON's own syntax being ASCII, inside strings.)
  static func jsonEscaped(_ data: Data) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    func raw(_ s: Unicode.Scalar) -> Bool { s.value >= 0x7F && TerminalText.isSuspect(s) }
    guard text.unicodeScalars.contains(where: raw) else { return data }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if raw(s) {
        let hex = String(s.value, radix: 16)
        out.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      } else {
        out.append(s)
      }
    }
    return Data(String(out).utf8)
  }

  /// UTF-8 `data` sanitised like text (invalid UTF-8 is repaired to U+FFFD first).
  static func sanitized(_ data: Data) -> Data {
    Data(TerminalText.sanitized(String(decoding: data, as: UTF8.self), lines: .keep).utf8)
  }
}
