import Foundation
import TerminalUI

/// The command line's one way to standard output. It shadows the standard library's `print`
/// in this module on purpose, so every `print(...)` of a command goes through `TerminalText`:
/// names, grievances and operators come from residents, CSV files and other laptops' bundles,
/// and an escape sequence among them must be shown (`\e]52;…`), never obeyed. Line breaks are
/// kept here (output is multi-line); single-line places (table cells, `field` rows) escape
/// them before layout. JSON goes out exactly through `JSONOut` (JSON escapes controls itself).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { "\($0)" }.joined(separator: separator) + terminator
  TerminalOutput.write(text, to: .standardOutput)
}

enum TerminalOutput {
  /// Writes `text`, sanitised (line breaks kept), to `handle`.
  static func write(_ text: String, to handle: FileHandle) {
    handle.write(Data(TerminalText.sanitized(text, lines: .keep).utf8))
  }

  /// UTF-8 `data` sanitised like text (invalid UTF-8 is repaired to U+FFFD first).
  static func sanitized(_ data: Data) -> Data {
    Data(TerminalText.sanitized(String(decoding: data, as: UTF8.self), lines: .keep).utf8)
  }
}
