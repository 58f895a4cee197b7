import Foundation
import ShuoshiCore
import ShuoshiStore

/// The console's sync with the street office hub: the same use case as `shuoshi sync --hub`
/// (`run`, push then pull), on a thread of its own so no key waits for the network, never two
/// at once. The app asks it to start (at start-up, every `interval`, after a save once the
/// keyboard is quiet) and collects the result between frames.
public final class BackgroundSync: @unchecked Sendable {
  /// One sync, in the name of the operator on duty; throws what the use case throws.
  public typealias Run = @Sendable (Actor) throws -> HubSyncReport

  /// Time between two syncs started by the clock.
  public let interval: TimeInterval
  /// How long the keyboard stays quiet after a save before the sync the save asks for.
  public let quietAfterSave: TimeInterval
  private let run: Run
  private let lock = NSLock()
  private var running = false
  private var finished: Result<HubSyncReport, any Error>?
  /// Read and written on the app's thread only.
  var lastStart: Date?
  var savedSinceStart = false
  var lastKey = Date.distantPast

  public init(interval: TimeInterval, quietAfterSave: TimeInterval = 30, run: @escaping Run) {
    self.interval = interval
    self.quietAfterSave = quietAfterSave
    self.run = run
  }

  /// True from `start` until the sync's thread has ended.
  public var isRunning: Bool { lock.withLock { running } }

  /// Starts a sync on its own thread unless one is running (then false).
  @discardableResult
  func start(as actor: Actor, at now: Date) -> Bool {
    let started = lock.withLock {
      if running { return false }
      running = true
      return true
    }
    guard started else { return false }
    lastStart = now
    savedSinceStart = false
    let run = run
    Thread.detachNewThread { [self] in
      let result = Result { try run(actor) }
      lock.withLock {
        finished = result
        running = false
      }
    }
    return true
  }

  /// The result of a sync that ended since the last call, once.
  func takeResult() -> Result<HubSyncReport, any Error>? {
    lock.withLock {
      defer { finished = nil }
      return finished
    }
  }

  /// A finished sync waits to be shown.
  var hasResult: Bool { lock.withLock { finished != nil } }

  /// Whether the clock or a save calls for a sync at `now`.
  func isDue(at now: Date) -> Bool {
    guard let lastStart else { return true }
    if now.timeIntervalSince(lastStart) >= interval { return true }
    return savedSinceStart && now.timeIntervalSince(lastKey) >= quietAfterSave
  }
}
