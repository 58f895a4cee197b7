/// Version facts printed by `--version`.
enum BuildInfo {
  static let version = "0.1.0"
  static var versionLine: String { "shuoshi \(version)" }
}
