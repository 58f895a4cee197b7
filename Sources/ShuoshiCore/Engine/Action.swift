import Foundation

/// What a worker asks the engine to do with an existing case.
public enum Action: Sendable, Equatable {
  case assign(to: String, note: String?)
  case note(String)
  /// A visit or call: the first one is the first contact with the resident.
  case visit(note: String?, minutes: Int?)
  /// 暂停: the clock pauses until `until` (the rules' default wait when nil), then resumes by
  /// itself at the sweep.
  case wait(reason: String, until: Date? = nil)
  case resume
  case resolve(summary: String, onSpot: Bool)
  case rate(Rating, comment: String?)
  case escalate(EscalationReason, note: String?)
  case retier(Tier, reason: String)
  case reopen(reason: String?)
  /// Compensate the latest event that is not yet undone (never the `created` one).
  case undo
  /// Assign to an owner with their register id and the routing reasons (the console's person
  /// picker, automatic routing at intake).
  case assignOwner(name: String, id: UUID?, note: String?, route: [RouteReason])
  /// 平台派单: send a party member volunteer to do the job.
  case dispatch(to: String, volunteerID: UUID?, note: String?)
  /// 党员送单: the volunteer visited and spent `minutes`; `done` resolves the case, which then
  /// awaits the resident's rating (群众评单).
  case deliver(minutes: Int, note: String?, done: Bool)
  /// 更正: put one field right, with a reason.
  case correct(Correction)
  /// 作废: the case leaves queues and reports (a test, a case typed twice); it stays in the log.
  case void(reason: String)
  /// 恢复: a voided case back as it was.
  case restore(reason: String)
  /// 回访: the follow-up call or visit after a resolution (also on a closed case).
  case followUp(FollowUp)
  /// 延期: ask, before the deadline, for `days` more working days (once per tier).
  case extend(days: Int, reason: String)
  /// 退单: the owner hands the case back for dispatch, at its tier or the one `tier` names.
  case returnCase(grounds: ReturnGrounds, tier: Tier?, note: String)
  /// 催办: urge the owner of an overdue case.
  case urge(note: String?)
  /// 督办: set (`on`) or lift a supervisor's flag.
  case supervise(on: Bool, note: String?)
}

/// What a new grievance brings to the booth.
public struct Intake: Sendable, Equatable {
  public var resident: Resident
  public var otherParties: [String]
  public var text: String
  public var receivedAt: Date
  /// The worker's choices, overriding triage (each recorded as a `retiered` event with a reason).
  public var category: String?
  public var tier: Tier?
  public var overrideReason: String?
  /// The booth session it was taken in (set by the store when one is open that day).
  public var session: UUID?
  /// The 排查 round that found the matter (a grid head's found matter, taken in from the round).
  public var surveyRound: UUID?

  public init(
    resident: Resident, otherParties: [String] = [], text: String, receivedAt: Date,
    category: String? = nil, tier: Tier? = nil, overrideReason: String? = nil
  ) {
    self.resident = resident
    self.otherParties = otherParties
    self.text = text
    self.receivedAt = receivedAt
    self.category = category
    self.tier = tier
    self.overrideReason = overrideReason
  }
}
