import Foundation
import ShuoshiCore
import ShuoshiStore

extension IntakeScreen {
  /// 可能与 N 件相关, live: the cases the save would link this one to. The store is asked
  /// only when the place or party keys change (a bounded indexed query, as at the save); each
  /// keystroke in the grievance re-scores those few cases in memory, so typing never waits.
  func updateRelated(_ session: Session) {
    let body = text.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !body.isEmpty else {
      related = 0
      return
    }
    let draft = draftCase(at: session.now)
    let profile = MatterLinkProfile(draft)
    let key = profile.keys.joined(separator: "\u{1}")
    guard !key.isEmpty else {
      related = 0
      return
    }
    let rules = session.engine.rules.warning
    if relatedCandidates?.key != key {
      let found = (try? session.store.linkCandidates(for: draft, rules: rules)) ?? []
      relatedCandidates = (key, found)
    }
    let linker = MatterLinker(rules: rules)
    related = linker.links(profile, relatedCandidates?.cases ?? []).filter { $0 != nil }.count
  }

  /// The form as a case, for linking only (never saved).
  private func draftCase(at now: Date) -> Case {
    let i = intake(receivedAt: now)
    var c = Case(uuid: UUID(), id: "", receivedAt: now, resident: i.resident, text: i.text)
    c.otherParties = i.otherParties
    return c
  }
}
