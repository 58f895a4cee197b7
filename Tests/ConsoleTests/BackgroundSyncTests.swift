import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The console's background sync with the hub, with the sync itself replaced by a closure
/// the test holds (the real hub: ShuoshiHubTests/ConsoleHubSyncTests): when it starts, that
/// keys go on meanwhile, what the status line says, and that two never overlap.
@Suite struct BackgroundSyncTests {
  /// A sync the test lets end: `run` waits for `release`.
  final class HeldSync: @unchecked Sendable {
    let gate = DispatchSemaphore(value: 0)
    let lock = NSLock()
    private var count = 0
    var runs: Int { lock.withLock { count } }
    var outcome: Result<HubSyncReport, HubSyncError> = .success(HubSyncReport())

    func run(_ actor: Actor) throws -> HubSyncReport {
      lock.withLock { count += 1 }
      gate.wait()
      return try outcome.get()
    }
  }

  func app(_ f: ConsoleFixture, _ held: HeldSync, lang: Lang = .zh) -> App {
    let app = f.app(lang: lang)
    app.session.services.hubSync = BackgroundSync(interval: 600) { try held.run($0) }
    return app
  }

  /// Waits (bounded) for the sync's thread to end, then lets the app show its result.
  func finish(_ app: App) async throws {
    let deadline = Date().addingTimeInterval(10)
    while app.isSyncing, Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
    #expect(!app.isSyncing)
    app.settle()
  }

  func statusLine(_ app: App) -> String {
    screen(app, 120, 30).line(28)
  }

  @Test func startsAtOpeningAndKeysAreHandledWhileItRuns() async throws {
    let f = try ConsoleFixture()
    let held = HeldSync()
    let app = app(f, held)
    app.settle()
    // Started with the first pending work, on its own thread: settle() did not wait for it.
    #expect(app.isSyncing)
    #expect(statusLine(app).contains("正在与街道同步…"))
    let first = try #require(app.top.currentCaseID)
    app.handle(.down)
    // The key moved the selection while the sync still runs: handled before the sync ended.
    #expect(app.top.currentCaseID != first)
    #expect(app.isSyncing)
    app.settle()  // nothing more to start: one sync at a time
    #expect(held.runs <= 1)
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("已与街道同步 10:00"))
    #expect(held.runs == 1)
  }

  @Test func everyIntervalAndAfterASaveOnceTheKeyboardIsQuiet() async throws {
    let f = try ConsoleFixture()
    let held = HeldSync()
    let app = app(f, held)
    app.settle()
    held.gate.signal()
    try await finish(app)
    #expect(held.runs == 1)
    // Nine minutes on: not yet (the default is 10).
    f.clock.now = ConsoleFixture.now + 9 * 60
    app.tick()
    app.settle()
    #expect(!app.isSyncing)
    f.clock.now = ConsoleFixture.now + 10 * 60
    app.tick()
    app.settle()
    #expect(app.isSyncing)
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("已与街道同步 10:10"))

    // A save: a sync once no key came for 30 s, not while typing goes on.
    app.handle(.down)
    app.dataChanged()
    f.clock.now = ConsoleFixture.now + 10 * 60 + 20
    app.settle()
    #expect(!app.isSyncing)
    f.clock.now = ConsoleFixture.now + 10 * 60 + 31
    app.settle()
    #expect(app.isSyncing)
    held.gate.signal()
    try await finish(app)
    // The minute's refresh is not a save.
    f.clock.now = ConsoleFixture.now + 12 * 60
    app.tick()
    app.settle()
    #expect(!app.isSyncing)
    #expect(held.runs == 3)
  }

  @Test func aHubOutOfReachSaysSoInWordsAndTheNextSyncTriesAgain() async throws {
    let f = try ConsoleFixture()
    let held = HeldSync()
    held.outcome = .failure(.unreachable("http://10.0.0.5:8080", detail: "Connection refused"))
    let app = app(f, held)
    app.settle()
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("街道服务器连不上，稍后再试（10:00）"))
    // A key clears a message, not the sync's line.
    app.handle(.down)
    #expect(statusLine(app).contains("街道服务器连不上"))

    held.outcome = .failure(.refused(status: 401, reason: "token unknown or revoked"))
    f.clock.now = ConsoleFixture.now + 10 * 60
    app.tick()
    app.settle()
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("与街道同步未成功（10:10）：街道枢纽拒绝（401）"))
  }

  @Test func inEnglish() async throws {
    let f = try ConsoleFixture()
    let held = HeldSync()
    held.outcome = .failure(.unreachable("http://10.0.0.5:8080", detail: "Connection refused"))
    let app = app(f, held, lang: .en)
    app.settle()
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("The street office server is unreachable; will retry"))
    held.outcome = .success(HubSyncReport())
    f.clock.now = ConsoleFixture.now + 10 * 60
    app.tick()
    app.settle()
    held.gate.signal()
    try await finish(app)
    #expect(statusLine(app).contains("Synced with the street office 10:10"))
  }

  @Test func withoutAHubNothingIsSynced() throws {
    let f = try ConsoleFixture()
    let app = f.app()
    app.settle()
    #expect(!app.isSyncing)
    #expect(!statusLine(app).contains("同步"))
  }
}
