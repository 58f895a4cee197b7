import Foundation
import ShuoshiCore
import ShuoshiStore

/// The background sync with the street office hub (`BackgroundSync`): started between frames
/// when due, its result collected between frames; keys are handled all the while.
extension App {
  /// A sync is under way: the launcher's loop wakes often enough to show its end.
  public var isSyncing: Bool { session.services.hubSync?.isRunning ?? false }

  /// A sync is due and none is running, or one ended and its result waits to be shown.
  var hasSyncWork: Bool {
    guard let sync = session.services.hubSync else { return false }
    if sync.hasResult { return true }
    return !sync.isRunning && sync.isDue(at: session.services.clock.now)
  }

  /// Shows an ended sync's result, else starts the sync that is due.
  func syncWork() {
    guard let sync = session.services.hubSync else { return }
    let words = BackgroundSyncStrings.for(session.lang)
    if let result = sync.takeResult() {
      showSyncResult(result, words)
      return
    }
    if sync.start(as: session.services.actor, at: session.services.clock.now) {
      session.status.hubSync = .init(text: words.syncing, role: .status)
    }
  }

  private func showSyncResult(
    _ result: Result<HubSyncReport, any Error>, _ words: BackgroundSyncStrings
  ) {
    let time = session.format.time(session.services.clock.now)
    switch result {
    case .success(let report):
      session.status.hubSync = .init(
        text: words.synced(time, cases: report.pulledNew > 0 ? report.casesTouched : 0),
        role: .status)
      // Cases pulled in show on the queue's next frame; the pull's own writes are not a save
      // of this laptop's to sync again.
      if report.pulledNew > 0 { refresh() }
    case .failure(let error):
      if case .unreachable? = error as? HubSyncError {
        session.status.hubSync = .init(text: words.unreachable(time), role: .warning)
      } else {
        // Refused (a revoked laptop) or a batch not taken: the use case's message says why.
        session.status.hubSync = .init(
          text: words.failed(time, session.message(for: error)), role: .error)
      }
    }
  }
}
