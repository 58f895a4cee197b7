import Foundation
import ShuoshiStore

extension App {
  /// Links one case saved but not linked yet (`CaseStore.linkPending`, the save's upkeep);
  /// says whether more wait. A raised warning refreshes the counts and screens. A failure
  /// leaves the case marked for the next upkeep and stops trying until the next write.
  func linkOneSavedCase() -> Bool {
    guard
      let report = try? session.store.linkPending(
        rules: session.engine.rules.warning, by: session.services.actor, now: session.now,
        limit: 1)
    else { return false }
    if report.raised > 0 {
      session.counts.invalidate()
      for screen in stack { screen.invalidate() }
    }
    return report.remaining
  }
}
