import Foundation
import TestSupport

/// Runs the built `shuoshi` binary on a private data directory, with a pinned clock and a
/// clean environment, and captures what it prints.
struct CLIRunner {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  let dir = TempDir("shuoshi-cli")
  var now = "2026-11-28T10:00:00+08:00"
  var lang: String? = nil
  /// Extra environment (e.g. `SHUOSHI_PASSPHRASE`).
  var environment: [String: String] = [:]

  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["SHUOSHI_BIN"] {
      return URL(fileURLWithPath: path)
    }
    // Beside the test bundle: .build/<config>/shuoshi
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("shuoshi")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return EngineFixture.root.appendingPathComponent(".build/debug/shuoshi")
  }

  var dataDir: String { dir.url.appendingPathComponent("data").path }

  @discardableResult
  func run(_ args: String..., stdin: String? = nil) throws -> Result {
    try run(args)
  }

  func run(_ args: [String]) throws -> Result {
    let p = Process()
    p.executableURL = Self.binary
    p.arguments = ["--data", dataDir] + args
    var env = [
      "HOME": dir.path, "XDG_CONFIG_HOME": dir.url.appendingPathComponent("config").path,
      "LANG": "C.UTF-8", "SHUOSHI_NOW": now, "TZ": "Asia/Shanghai",
      "PATH": "/usr/bin:/bin", "SHUOSHI_SHARE": EngineFixture.root.path,
    ]
    if let lang { env["LANG"] = lang }
    env.merge(environment) { _, new in new }
    p.environment = env
    p.currentDirectoryURL = dir.url
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  func json(_ args: String...) throws -> Any {
    let r = try run(args + ["--json"])
    guard r.status == 0 else { throw CLIFailure(result: r) }
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
  }

  struct CLIFailure: Error, CustomStringConvertible {
    let result: Result
    var description: String { "exit \(result.status): \(result.stderr)" }
  }
}
