import Foundation
import ShuoshiCore
import TerminalUI
import TestSupport
import Testing

@testable import Console
@testable import ShuoshiHub
@testable import ShuoshiStore

/// The console's background sync against a real hub on a private cluster: the same use case
/// as `shuoshi sync --hub`, over HTTP, on its own thread; a key pressed while it runs is handled
/// before it ends; the status line says how it went; a case another laptop of the unit took in
/// shows on the queue after it.
@Suite(.serialized) struct ConsoleHubSyncTests {
  /// A clock the test moves.
  final class Clock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ date: Date) { current = date }
    var now: Date {
      get { lock.withLock { current } }
      set { lock.withLock { current = newValue } }
    }
  }

  /// The real transport, whose first request waits until the test opens the gate: the sync
  /// is then surely under way while the test presses a key.
  final class GatedTransport: HubTransport, @unchecked Sendable {
    let inner = CurlHubTransport()
    let gate = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var opened = false

    func send(
      _ method: String, _ path: String, base: String, token: String?, pin: HubPin?, body: Data?
    ) throws -> (status: Int, body: Data) {
      let wait = lock.withLock { !opened }
      if wait {
        gate.wait()
        lock.withLock { opened = true }
      }
      return try inner.send(method, path, base: base, token: token, pin: pin, body: body)
    }
  }

  @Test func theConsoleSyncsInTheBackgroundWithoutHoldingAKey() async throws {
    try await HubFixture.with(serving: true) { f in
      let desk = try f.laptop("阳光-1", letter: "A")
      let other = try f.laptop("阳光-2", letter: "B")
      let deskLink = try await enroll(f, desk, name: "阳光-1")
      let otherLink = try await enroll(f, other, name: "阳光-2")
      try f.takeIn(desk, "楼道灯坏了，晚上看不见", name: "王秀英", at: "2026-11-28 09:00")
      try f.takeIn(desk, "楼下垃圾没人清", name: "李建国", at: "2026-11-28 09:10")
      try f.takeIn(other, "小区门口路灯不亮", name: "赵桂芳", at: "2026-11-28 09:30")
      _ = try await HubFixture.offPool {
        try other.syncWithHub(otherLink, now: Date.init)
      }

      let clock = Clock(EngineFixture.at("2026-11-28 10:00"))
      let transport = GatedTransport()
      var services = ConsoleServices(
        store: desk, engine: f.engine, actor: Actor("王芳"), systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: clock, lang: .zh,
        keymap: try ConsoleKeymap.load(
          contentsOf: EngineFixture.root.appendingPathComponent("data/keys.yaml")))
      services.hubSync = BackgroundSync(interval: 600) { actor in
        try desk.syncWithHub(
          deskLink, transport: transport, now: { clock.now },
          options: BundleImportOptions(actor: actor))
      }
      let app = App(services: services)
      app.settle()
      #expect(app.isSyncing)
      #expect(!text(app).contains("赵桂芳"))
      let first = try #require(app.top.currentCaseID)
      app.handle(.down)
      // The key was handled while the sync waits on the network.
      #expect(app.top.currentCaseID != first)
      #expect(app.isSyncing)
      transport.gate.signal()
      let deadline = Date().addingTimeInterval(60)
      while app.isSyncing, Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
      #expect(!app.isSyncing)
      app.settle()
      let screen = text(app)
      #expect(screen.contains("已与街道同步 10:00，收到 1 件的新进展"))
      // The other laptop's case is on the queue, with its resident (same unit).
      #expect(screen.contains("赵桂芳"))
      // And this laptop's cases reached the hub: the other laptop pulls them.
      let pulled = try await HubFixture.offPool {
        try other.syncWithHub(otherLink, now: Date.init)
      }
      #expect(pulled.casesTouched == 2)
      #expect(try desk.verify().ok)
    }
  }

  func enroll(_ f: HubFixture, _ store: CaseStore, name: String) async throws -> HubLink {
    let code = try await f.hub.addLaptop(unit: "阳光社区", name: name, street: false, now: Date())
    let url = f.url
    let pin = f.tls?.pin
    return try await HubFixture.offPool {
      try store.enrollWithHub(url: url, code: code.code, pin: pin)
    }
  }

  func text(_ app: App) -> String {
    let grid = CellGrid(width: 120, height: 30)
    app.render(on: grid)
    return grid.text()
  }
}
