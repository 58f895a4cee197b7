import Foundation
import ShuoshiHub
import TestSupport

/// `shuoshi-hub serve` as its own process on a test cluster — the honest way to kill a hub:
/// SIGKILL, no clean-up of any kind — optionally inside a network namespace (`ip netns exec`,
/// which execs the hub itself, so the pid is the hub's).
final class HubFaultServer: @unchecked Sendable {
  let cluster: HubCluster
  let host: String
  let namespace: String?
  private(set) var port = 0
  private var process: Process?
  private let log = TempDir("shuoshi-hub-log")

  init(cluster: HubCluster, host: String = "127.0.0.1", namespace: String? = nil) {
    self.cluster = cluster
    self.host = host
    self.namespace = namespace
  }

  var url: String { "http://\(host):\(port)" }

  /// The hub program: `SHUOSHI_HUB_BIN`, else beside the test bundle (.build/<config>/).
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["SHUOSHI_HUB_BIN"] {
      return URL(fileURLWithPath: path)
    }
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("shuoshi-hub")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return EngineFixture.root.appendingPathComponent(".build/debug/shuoshi-hub")
  }

  /// Starts the hub (the first time on any free port, then on the same one) and returns once
  /// it says it listens.
  func start() throws {
    let serve = [
      Self.binary.path, "serve", "--socket", cluster.socketDirectory, "--db-user", HubCluster.user,
      "--db-name", HubCluster.database, "--host", host, "--port", String(port),
      // The drills are about faults, not TLS (HubTLSTests): no certificate in anyone's home.
      "--plain-http",
    ]
    let p = Process()
    if let namespace {
      p.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
      p.arguments = ["netns", "exec", namespace] + serve
    } else {
      p.executableURL = Self.binary
      p.arguments = Array(serve.dropFirst())
    }
    let out = Pipe()
    p.standardOutput = out
    let errPath = log.url.appendingPathComponent("stderr-\(UUID().uuidString.prefix(6))").path
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    try p.run()
    process = p
    // The port line, read on its own thread (a read blocks); then the pipe is drained so
    // the hub never blocks on a full one.
    let found = PortBox()
    let reader = out.fileHandleForReading
    Thread.detachNewThread {
      var text = ""
      while true {
        let chunk = reader.availableData
        if chunk.isEmpty { break }
        text += String(decoding: chunk, as: UTF8.self)
        if let r = text.range(of: "listening on http://"), found.port == nil {
          // The rest of that line only: more lines (with colons) follow it.
          let rest = text[r.upperBound...]
          if let end = rest.firstIndex(of: "\n"), let colon = rest[..<end].lastIndex(of: ":"),
            let port = Int(rest[rest.index(after: colon)..<end])
          {
            found.set(port)
          }
        }
      }
      found.set(nil)
    }
    guard case .success(let port) = found.wait(seconds: 120), let port else {
      let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
      kill()
      throw HubFaultServerError.didNotStart(err)
    }
    self.port = port
  }

  /// SIGKILL: the hub gets no chance to finish anything.
  func kill() {
    guard let p = process, p.isRunning else { return }
    Foundation.kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    process = nil
  }

  func stop() {
    kill()
    log.remove()
  }
}

enum HubFaultServerError: Error {
  case didNotStart(String)
}

/// The port a reader thread found (nil at end of output), handed to the waiting test.
private final class PortBox: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var answered = false
  private(set) var port: Int?

  func set(_ value: Int?) {
    lock.lock()
    defer { lock.unlock() }
    guard !answered else { return }
    answered = true
    port = value
    done.signal()
  }

  enum Outcome { case success(Int?), timedOut }

  func wait(seconds: Int) -> Outcome {
    guard done.wait(timeout: .now() + .seconds(seconds)) == .success else { return .timedOut }
    return .success(lock.withLock { port })
  }
}
