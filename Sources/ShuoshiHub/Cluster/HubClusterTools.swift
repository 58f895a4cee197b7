import Foundation

/// Where PostgreSQL's server programs are (`SHUOSHI_PG_BIN`, else the newest
/// `/usr/lib/postgresql/N/bin`, Debian's layout), and running them.
struct HubClusterTools {
  let bin: String

  func path(_ tool: String) -> String { "\(bin)/\(tool)" }

  static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> HubClusterTools
  {
    var candidates: [String] = []
    if let dir = environment["SHUOSHI_PG_BIN"], !dir.isEmpty { candidates.append(dir) }
    let root = "/usr/lib/postgresql"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    candidates += versions.compactMap(Int.init).sorted(by: >).map { "\(root)/\($0)/bin" }
    for dir in candidates where FileManager.default.isExecutableFile(atPath: "\(dir)/initdb") {
      return HubClusterTools(bin: dir)
    }
    throw HubClusterError.postgresMissing(searched: candidates.isEmpty ? [root] : candidates)
  }

  /// A system user without a login for the cluster's files, made when missing.
  static func ensureUser(_ name: String) throws {
    if (try? run("/usr/bin/id", ["-u", name])) != nil { return }
    do {
      try run(
        "/usr/sbin/useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name])
    } catch {
      // Another test made it meanwhile.
      if (try? run("/usr/bin/id", ["-u", name])) != nil { return }
      throw error
    }
  }

  /// Runs a program to its end; throws with its output when it fails.
  @discardableResult
  static func run(_ exe: String, _ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    // The server programs must not start in root's home (`runuser` keeps the directory).
    p.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard p.terminationStatus == 0 else {
      throw HubClusterError.commandFailed(
        ([exe] + args).joined(separator: " "), status: p.terminationStatus, output: text)
    }
    return text
  }
}
