import Foundation

extension Case {
  /// Folds a case's events, in ledger order, into its current state. Undone events (and the
  /// `undone` events themselves) are skipped, so undo never deletes anything from the log;
  /// so are versions set aside by a settled conflict and concurrent repeats (see `Ledger`).
  /// Returns nil when the log has no `created` event.
  public static func replay(_ events: [Event]) -> Case? {
    let skipped = Ledger.skipped(in: events)
    var result: Case?
    for event in events where event.kind != .undone && !skipped.contains(event.uuid) {
      if let current = result {
        result = current.applying(event)
      } else if event.kind == .created {
        result = Case.created(by: event)
      }
    }
    result?.eventCount = events.count
    if let last = events.last { result?.updatedAt = last.at }
    return result
  }

  /// The case a `created` event brings into being.
  public static func created(by event: Event) -> Case {
    guard case .created(let d) = event.payload else {
      return created(by: event, .init())
    }
    return created(by: event, d)
  }

  private static func created(by event: Event, _ d: EventPayload.Created) -> Case {
    var c = Case(
      uuid: event.caseUUID, id: d.caseID ?? "", receivedAt: d.receivedAt ?? event.at,
      resident: d.resident ?? Resident(name: ""), text: d.text ?? "")
    c.otherParties = d.otherParties ?? []
    if let category = d.category { c.category = category }
    if let tier = d.tier {
      c.tier = tier
      c.tierAtIntake = tier
    }
    c.eventCount = 1
    c.updatedAt = event.at
    return c
  }

  /// This case after one more event. Pure: everything the change needs is in the event
  /// (deadlines included), so a replay today gives the same case as it did then.
  public func applying(_ event: Event) -> Case {
    // Register events are about units, grids, households and people: never a case's.
    if event.kind.isRegister || event.kind.isWarning { return self }
    var c = self
    c.eventCount += 1
    c.updatedAt = max(c.updatedAt, event.at)
    if event.isWorkerStep { c.waitExpired = false }
    switch event.payload {
    case .created, .undone, .revealed, .settled, .merged, .mergedInto, .unmerged, .sessionOpened,
      .sessionClosed, .noted, .unitSaved, .gridSaved, .householdSaved, .personSaved, .roundRecorded,
      // A group link lives in `case_groups`, not on the case row.
      .grouped, .ungrouped,
      .warningRaised, .warningAcknowledged, .warningDismissed, .warningTakenOn, .warningMerged:
      break
    case .erased:
      c = c.erasingPersonal()
    case .triaged(let d):
      if let category = d.category { c.category = category }
      if let tier = d.tier {
        c.tier = tier
        c.tierAtIntake = tier
      }
      if let urgent = d.urgent { c.urgent = urgent }
      if let referred = d.referred { c.referred = referred }
      if let deadline = d.deadline { c.deadline = deadline }
      if let due = d.firstContactDue { c.firstContactDue = due }
    case .retiered(let d):
      if let category = d.category { c.category = category }
      if let tier = d.tier {
        c.tier = tier
        // An override at intake (before anyone acted) is the intake tier.
        if c.escalations == 0 && c.state == .new && c.assignee == nil { c.tierAtIntake = tier }
      }
      if let urgent = d.urgent { c.urgent = urgent }
      if let deadline = d.deadline { c.deadline = deadline }
    case .assigned(let d):
      c.assignee = d.assignee
      c.assigneeID = d.assigneeID
      if c.state == .new || c.state == .inProgress { c.state = .assigned }
      if c.state == .waiting { c.stateBeforeWaiting = .assigned }
    case .visited:
      if c.firstContactAt == nil { c.firstContactAt = event.at }
      if c.state == .new || c.state == .assigned { c.state = .inProgress }
    case .waiting(let d):
      c.stateBeforeWaiting = c.state
      c.state = .waiting
      c.pausedAt = event.at
      c.waitUntil = d.until
    case .resumed(let d):
      c.state = c.stateBeforeWaiting ?? .inProgress
      c.stateBeforeWaiting = nil
      c.pausedAt = nil
      c.waitUntil = nil
      if let deadline = d.deadline { c.deadline = deadline }
      if d.expired == true { c.waitExpired = true }
    case .extended(let d):
      if let tier = d.tier, !c.extendedTiers.contains(tier) { c.extendedTiers.append(tier) }
      if let deadline = d.deadline { c.deadline = deadline }
    case .returned(let d):
      if let tier = d.tier { c.tier = tier }
      if let deadline = d.deadline { c.deadline = deadline }
      c.returns += 1
      c.assignee = nil
      c.assigneeID = nil
      c.volunteer = nil
      c.volunteerID = nil
      c.state = .new
    case .urged:
      c.urges += 1
    case .supervised(let d):
      c.supervised = d.on ?? false
    case .resolved(let d):
      c.state = .resolved
      c.stateBeforeWaiting = nil
      c.pausedAt = nil
      c.waitUntil = nil
      c.resolvedAt = event.at
      c.summary = d.summary
      if c.firstContactAt == nil { c.firstContactAt = event.at }
      c.awaitFollowUp(by: d.followUpDue, resolvedAt: event.at)
    case .rated(let d):
      c.rating = d.rating
      if d.rating != .unsatisfied {
        c.state = .closed
        c.closedAt = event.at
      }
      c.ratedAtBooth(d.rating)
    case .followedUp(let d):
      c.apply(d, at: event.at)
    case .reopened(let d):
      c.followUpDue = nil
      c.followUpAttempts = 0
      c.state = c.assignee == nil ? .new : .inProgress
      c.resolvedAt = nil
      c.closedAt = nil
      c.reopenCount += 1
      if let deadline = d.deadline { c.deadline = deadline }
    case .escalated(let d):
      if let tier = d.tier { c.tier = tier }
      c.escalations += 1
      if let deadline = d.deadline { c.deadline = deadline }
      if d.urgent == true { c.urgent = true }
      // The next tier's owner takes over; until one is named the case waits for assignment.
      c.assignee = d.assignee
      c.assigneeID = d.assigneeID
      c.volunteer = nil
      c.volunteerID = nil
      c.state = d.assignee == nil ? .new : .assigned
      c.stateBeforeWaiting = nil
      c.pausedAt = nil
      c.waitUntil = nil
    case .corrected(let d):
      if let resident = d.resident { c.resident = resident }
      if let parties = d.otherParties { c.otherParties = parties }
      if let text = d.text { c.text = text }
      if let category = d.category { c.category = category }
      if let urgent = d.urgent { c.urgent = urgent }
      if let received = d.receivedAt { c.receivedAt = received }
      if let tier = d.tier {
        c.tier = tier
        c.tierAtIntake = tier
      }
      if let deadline = d.deadline { c.deadline = deadline }
      if let due = d.firstContactDue { c.firstContactDue = due }
    case .voided:
      c.voided = true
    case .restored:
      c.voided = false
    case .dispatched(let d):
      c.volunteer = d.volunteer
      c.volunteerID = d.volunteerID
      if c.state == .new || c.state == .inProgress { c.state = .assigned }
      if c.state == .waiting { c.stateBeforeWaiting = .assigned }
    case .delivered(let d):
      if c.firstContactAt == nil { c.firstContactAt = event.at }
      if d.done == true {
        c.state = .resolved
        c.stateBeforeWaiting = nil
        c.pausedAt = nil
        c.waitUntil = nil
        c.resolvedAt = event.at
        c.summary = d.reason
        c.awaitFollowUp(by: d.followUpDue, resolvedAt: event.at)
      } else if c.state == .new || c.state == .assigned {
        c.state = .inProgress
      }
    }
    return c
  }
}
