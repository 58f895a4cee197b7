import Foundation

extension CaseEngine {
  /// The events of the owner and dispatch loop (点单 → 派单 → 送单 → 评单): assigning a register
  /// person with the routing reasons, dispatching a volunteer, recording their delivery.
  func ownerDrafts(_ action: Action, on c: Case, now: Date) throws(EngineError) -> [EventDraft] {
    switch action {
    case .assignOwner(let name, let id, let note, let route):
      let assigned = EventPayload.Assigned(
        assignee: try nonEmpty(name, .assignee), assigneeID: id,
        route: route.isEmpty ? nil : route, reason: note)
      return [EventDraft(.assigned(assigned))]
    case .dispatch(let to, let volunteerID, let note):
      let dispatched = EventPayload.Dispatched(
        volunteer: try nonEmpty(to, .volunteer), volunteerID: volunteerID, reason: note)
      return [EventDraft(.dispatched(dispatched))]
    case .deliver(let minutes, let note, let done):
      guard (1...1440).contains(minutes) else { throw .invalidMinutes(minutes) }
      let words = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .flatMap { $0.isEmpty ? nil : $0 }
      let delivered = EventPayload.Delivered(
        volunteer: c.volunteer, volunteerID: c.volunteerID, done: done, minutes: minutes,
        reason: words, followUpDue: done ? followUpDue(from: now) : nil)
      return [EventDraft(.delivered(delivered))]
    default:
      return []
    }
  }
}
