import Foundation

extension CaseEngine {
  /// The events of the owner and dispatch loop (点单 → 派单 → 送单 → 评单): assigning a register
  /// person with the routing reasons, dispatching a volunteer, recording their delivery.
  func ownerDrafts(_ action: Action, on c: Case) throws(EngineError) -> [EventDraft] {
    var d = EventData()
    switch action {
    case .assignOwner(let name, let id, let note, let route):
      d.assignee = try nonEmpty(name, .assignee)
      d.assigneeID = id
      d.reason = note
      d.route = route.isEmpty ? nil : route
      return [EventDraft(.assigned, d)]
    case .dispatch(let to, let volunteerID, let note):
      d.volunteer = try nonEmpty(to, .volunteer)
      d.volunteerID = volunteerID
      d.reason = note
      return [EventDraft(.dispatched, d)]
    case .deliver(let minutes, let note, let done):
      guard (1...1440).contains(minutes) else { throw .invalidMinutes(minutes) }
      d.volunteer = c.volunteer
      d.volunteerID = c.volunteerID
      d.minutes = minutes
      d.done = done
      d.reason = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .flatMap { $0.isEmpty ? nil : $0 }
      return [EventDraft(.delivered, d)]
    default:
      return []
    }
  }
}
