import Foundation

/// A private PostgreSQL cluster in a temporary directory, reached on a unix socket in that
/// directory only: the tests' database and `shuoshi-hub serve --demo`. PostgreSQL refuses to
/// run as root, so as root the cluster belongs to a system user (`runAs`, made if missing)
/// and every server program runs through `runuser`.
public final class HubCluster: @unchecked Sendable {
  /// The directory holding the data directory and the socket.
  public let directory: URL
  /// Where the socket file `.s.PGSQL.<port>` lives.
  public var socketDirectory: String { directory.path }
  public let port: Int
  public static let database = "postgres"
  public static let user = "postgres"
  let tools: HubClusterTools
  let owner: String?
  private var server: Process?

  /// Makes and starts a cluster; `stop()` ends it and removes its files.
  public static func start(runAs user: String = "shuoshi-pg") throws -> HubCluster {
    let tools = try HubClusterTools.find()
    let owner = getuid() == 0 ? user : nil
    if let owner { try HubClusterTools.ensureUser(owner) }
    let cluster = try HubCluster(tools: tools, owner: owner)
    do {
      try cluster.initialise()
      try cluster.launch()
      try cluster.waitUntilReady()
    } catch {
      cluster.stop()
      throw error
    }
    return cluster
  }

  /// A new, empty directory for a cluster (its owner's when there is one).
  init(tools: HubClusterTools, owner: String?) throws {
    // As root, under /tmp: $TMPDIR may be a directory the cluster's owner cannot enter.
    let base =
      owner == nil ? FileManager.default.temporaryDirectory : URL(fileURLWithPath: "/tmp")
    let dir = base.appendingPathComponent("shuoshi-pg-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    self.directory = dir
    self.port = 5432
    self.tools = tools
    self.owner = owner
    if let owner {
      do { try HubClusterTools.run("/bin/chown", [owner, dir.path]) } catch {
        try? FileManager.default.removeItem(at: dir)
        throw error
      }
    }
  }

  var dataDirectory: String { directory.appendingPathComponent("data").path }

  /// The program and arguments, through `runuser` when the cluster has an owner.
  func command(_ tool: String, _ args: [String]) -> (String, [String]) {
    let path = tools.path(tool)
    guard let owner else { return (path, args) }
    return ("/usr/sbin/runuser", ["-u", owner, "--", path] + args)
  }

  private func initialise() throws {
    let (exe, args) = command(
      "initdb",
      ["-D", dataDirectory, "-U", Self.user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
    try HubClusterTools.run(exe, args)
  }

  func launch() throws {
    // No TCP listener: the socket in the private directory is the only way in. The WAL
    // carries enough for a streaming replica (`HubCluster+Replica`), PostgreSQL's default
    // spelled out.
    let (exe, args) = command(
      "postgres",
      [
        "-D", dataDirectory, "-k", socketDirectory, "-p", String(port), "-c",
        "listen_addresses=", "-c", "fsync=off", "-c", "wal_level=replica",
      ])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let log = directory.appendingPathComponent("server.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    p.standardOutput = handle
    p.standardError = handle
    try p.run()
    server = p
  }

  /// Polls `pg_isready` until the server answers, the server exits or 60 s pass.
  func waitUntilReady() throws {
    let deadline = Date().addingTimeInterval(60)
    var pause: useconds_t = 10_000
    while Date() < deadline {
      if let server, !server.isRunning {
        throw HubClusterError.serverExited(log: serverLog)
      }
      let ready =
        (try? HubClusterTools.run(
          tools.path("pg_isready"),
          ["-h", socketDirectory, "-p", String(port), "-U", Self.user, "-q"])) != nil
      if ready { return }
      usleep(pause)
      pause = min(pause * 2, 200_000)
    }
    throw HubClusterError.notReady(log: serverLog)
  }

  /// The server's log so far (for an error message).
  public var serverLog: String {
    (try? String(contentsOf: directory.appendingPathComponent("server.log"), encoding: .utf8))
      ?? ""
  }

  /// Fast shutdown (SIGINT to the postmaster, whose pid `postmaster.pid` names: `runuser`
  /// does not pass SIGINT on), then the files go.
  public func stop() {
    shutDown()
    try? FileManager.default.removeItem(at: directory)
  }

  /// Shuts the server down and starts it again on the same files (a fault drill: the
  /// database restarted under a running hub).
  public func restart() throws {
    shutDown()
    try launch()
    try waitUntilReady()
  }

  private func shutDown() {
    if let server, server.isRunning {
      let pidFile = directory.appendingPathComponent("data/postmaster.pid")
      let first = (try? String(contentsOf: pidFile, encoding: .utf8))?.split(separator: "\n").first
      if let first, let pid = Int32(first.trimmingCharacters(in: .whitespaces)), pid > 1 {
        kill(pid, SIGINT)
      } else {
        kill(server.processIdentifier, SIGTERM)
      }
      server.waitUntilExit()
    }
    server = nil
  }

  deinit { stop() }
}

/// Why a private cluster did not start.
public enum HubClusterError: Error, CustomStringConvertible {
  case postgresMissing(searched: [String])
  case commandFailed(String, status: Int32, output: String)
  case serverExited(log: String)
  case notReady(log: String)

  public var description: String {
    switch self {
    case .postgresMissing(let dirs):
      return
        "PostgreSQL's server programs were not found (looked in \(dirs.joined(separator: ", "))): "
        + "apt-get install postgresql, or set SHUOSHI_PG_BIN"
    case .commandFailed(let cmd, let status, let output):
      return "\(cmd) exited with \(status): \(output)"
    case .serverExited(let log): return "postgres exited while starting:\n\(log)"
    case .notReady(let log): return "postgres did not become ready in 60 s:\n\(log)"
    }
  }
}
