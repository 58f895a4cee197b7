import Foundation

/// When the resident was, or must be, first contacted in a case's current round.
public struct FirstContact: Equatable, Sendable {
  public var due: Date?
  public var at: Date?

  public init(due: Date?, at: Date?) {
    self.due = due
    self.at = at
  }
}

extension CaseEngine {
  /// The first contact of case `c`'s current round. A reopened case (`R`, or an unsatisfied
  /// rating) starts a round of its own: due as many working days after the reopening as at
  /// intake, met by the first visit or resolution after it. Without a reopening (or with its
  /// reopening undone), the intake round's as stored (`Case.firstContactDue`/`At`) — which is
  /// also what reports count, so no recorded event changes meaning.
  public func firstContact(of c: Case, history: [Event]) -> FirstContact {
    let undone = Set(history.compactMap(\.undoneTarget))
    guard
      let i = history.lastIndex(where: { $0.kind == .reopened && !undone.contains($0.uuid) })
    else { return FirstContact(due: c.firstContactDue, at: c.firstContactAt) }
    let reopenedAt = history[i].at
    let due = calendar.deadline(
      from: reopenedAt, workingDays: rules.firstContactDays(urgent: c.urgent))
    let contact = history[(i + 1)...].first {
      ($0.kind == .visited || $0.kind == .resolved) && !undone.contains($0.uuid)
    }
    return FirstContact(due: due, at: contact?.at)
  }
}
