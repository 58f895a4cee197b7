import Yams

/// A parsed YAML file that reports problems as `ConfigFileError`s naming file and line.
struct YAMLDocument {
  let file: String
  let root: Node

  /// Composes `yaml` (no type guessing: every scalar stays text). An empty document is an
  /// empty mapping.
  init(yaml: String, file: String) throws(ConfigFileError) {
    self.file = file
    do {
      root = try Yams.compose(yaml: yaml) ?? Node.mapping(Node.Mapping([]))
    } catch let error as YamlError {
      throw Self.convert(error, file: file)
    } catch {
      throw ConfigFileError(file: file, message: "\(error)")
    }
  }

  /// An error located at `node`.
  func error(_ message: String, at node: Node?) -> ConfigFileError {
    ConfigFileError(
      file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
  }

  /// `node` as a mapping's key/value pairs, or an error naming `what` it should be.
  func mapping(_ node: Node, _ what: String) throws(ConfigFileError) -> [(Node, Node)] {
    guard let m = node.mapping else { throw error("\(what) must be a mapping", at: node) }
    return Array(m)
  }

  /// `node` as a scalar string, or an error.
  func string(_ node: Node, _ what: String) throws(ConfigFileError) -> String {
    guard let s = node.scalar?.string else {
      throw error("\(what) must be a plain value", at: node)
    }
    return s
  }

  private static func convert(_ error: YamlError, file: String) -> ConfigFileError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ConfigFileError(file: file, line: mark.line, column: mark.column, message: problem)
    case .duplicatedKeysInMapping(let keys, let context):
      return ConfigFileError(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(keys.map { "\"\($0)\"" }.joined(separator: ", "))")
    case .reader(let problem, _, _, _):
      return ConfigFileError(file: file, message: problem)
    default:
      return ConfigFileError(file: file, message: "\(error)")
    }
  }
}
