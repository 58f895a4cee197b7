/// A problem in a configuration file (a theme, a keymap), naming where it is.
///
/// `description` reads `themes/light.yaml:12:7: unknown colour "purpel"` so editors and
/// terminals can jump to it.
public struct ConfigFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?
  /// What is wrong, in plain words.
  public var message: String

  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var s = file
    if let line {
      s += ":\(line)"
      if let column { s += ":\(column)" }
    }
    return s + ": " + message
  }
}
