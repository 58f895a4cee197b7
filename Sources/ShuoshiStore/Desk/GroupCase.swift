import Foundation
import GRDB
import ShuoshiCore

/// Taking on several complaints as one group case (母案) with one owner: the one use case behind
/// `shuoshi group create` and the console's list key `L`; a warning (预警) is taken on through it
/// too (`warning`).
public struct GroupCaseRequest: Sendable {
  /// The children (子案): short ids or uuids.
  public var children: [String]
  /// The tier the group starts at; nil: the one its size demands (`GroupCaseTier`).
  public var tier: Tier?
  /// The group's own text: what the households have in common.
  public var summary: String
  /// The warning the group is taken on from, if any (recorded in each child's `grouped`).
  public var warning: UUID?

  public init(children: [String], tier: Tier? = nil, summary: String, warning: UUID? = nil) {
    self.children = children
    self.tier = tier
    self.summary = summary
    self.warning = warning
  }
}

extension CaseStore {
  /// Forms a group case from `request.children`, in one transaction: the parent is taken in
  /// with the summary as its text, the children's most common place and category, at the
  /// tier given or the one its households demand, routed to that tier's owner; then each
  /// child gets a `grouped` event naming it. Returns the parent.
  public func formGroup(
    _ request: GroupCaseRequest, engine: CaseEngine, by actor: Actor, now: Date
  ) throws -> Case {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try groupWrite { db in
      try formGroup(request, engine: engine, by: actor, now: now, db)
    }
  }

  /// `formGroup` inside a write the caller holds (taking on a warning writes the group and
  /// `warning_taken_on` in one transaction); `now` already truncated.
  func formGroup(
    _ request: GroupCaseRequest, engine: CaseEngine, by actor: Actor, now: Date, _ db: Database
  ) throws -> Case {
    var children: [Case] = []
    for id in request.children {
      let c = try resolve(id, in: db)
      if !children.contains(where: { $0.uuid == c.uuid }) { children.append(c) }
    }
    if children.count < CaseEngine.minGroupChildren {
      throw GroupCaseError.tooFew(count: children.count, min: CaseEngine.minGroupChildren)
    }
    if children.count > CaseEngine.maxGroupChildren {
      throw GroupCaseError.tooLarge(count: children.count, max: CaseEngine.maxGroupChildren)
    }
    // The children's refusals first: nothing is taken in for a group that cannot form.
    for child in children {
      let s = try Self.groupStanding(of: child, db)
      if !child.state.isOpen || child.voided || s.merged {
        throw GroupCaseError.notOpen(id: child.id)
      }
      if let p = s.parentID { throw GroupCaseError.alreadyGrouped(id: child.id, parent: p) }
      if s.children > 0 { throw GroupCaseError.isParent(id: child.id) }
    }
    let shape = GroupCaseShape(children)
    let tier = request.tier ?? GroupCaseTier.forHouseholds(shape.households)
    let intake = Intake(
      resident: Resident(
        name: GroupCaseWords.residentName(shape.households), address: shape.address,
        gridID: shape.gridID),
      text: request.summary, receivedAt: now, category: shape.category, tier: tier,
      overrideReason: GroupCaseWords.tierReason(shape.households))
    let parent = try intakeCase(intake, engine: engine, by: actor, now: now, route: true, db)
    _ = try link(
      children, to: parent, reason: nil, warning: request.warning, by: actor, now: now, db)
    return parent
  }

  /// Adds `children` to the group case `parent`, in one transaction; returns them after.
  public func addToGroup(
    parent parentID: String, children ids: [String], reason: String? = nil, by actor: Actor,
    now: Date
  ) throws -> [Case] {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try groupWrite { db in
      let parent = try resolve(parentID, in: db)
      var children: [Case] = []
      for id in ids {
        let c = try resolve(id, in: db)
        if !children.contains(where: { $0.uuid == c.uuid }) { children.append(c) }
      }
      return try link(children, to: parent, reason: reason, warning: nil, by: actor, now: now, db)
    }
  }

  /// Takes `children` out of their group cases, in one transaction (an `ungrouped` event on
  /// each, naming the parent it left); returns them after.
  public func removeFromGroup(
    children ids: [String], reason: String? = nil, by actor: Actor, now: Date
  ) throws -> [Case] {
    try actor.require(.change)
    let now = Millis.truncate(now)
    return try groupWrite { db in
      try ids.map { id in
        let child = try resolve(id, in: db)
        try actor.require(.change, caseGrid: child.resident.gridID)
        guard let parent = try Self.parent(of: child.uuid, db) else {
          throw GroupCaseError.notGrouped(id: child.id)
        }
        let link = EventPayload.GroupCaseLink(
          otherCase: parent.uuid, otherCaseID: parent.id, reason: Self.nonBlank(reason))
        return try append(
          [EventDraft(.ungrouped(link))], to: child.uuid, existing: child, by: actor, at: now, db)
      }
    }
  }

  /// Links each child to `parent` after the engine's group rules; returns the children after.
  private func link(
    _ children: [Case], to parent: Case, reason: String?, warning: UUID?, by actor: Actor,
    now: Date, _ db: Database
  ) throws -> [Case] {
    if let refusal = CaseEngine.parentRefusal(parent, try Self.groupStanding(of: parent, db)) {
      throw refusal
    }
    let parentStanding = try Self.groupStanding(of: parent, db)
    var count = parentStanding.children
    return try children.map { child in
      count += 1
      if let refusal = CaseEngine.groupRefusal(
        child: child, try Self.groupStanding(of: child, db), parent: parent, parentStanding,
        added: count)
      {
        throw refusal
      }
      let link = EventPayload.GroupCaseLink(
        otherCase: parent.uuid, otherCaseID: parent.id, reason: Self.nonBlank(reason),
        fromWarning: warning)
      return try append(
        [EventDraft(.grouped(link))], to: child.uuid, existing: child, by: actor, at: now, db)
    }
  }

  static func nonBlank(_ text: String?) -> String? {
    guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else {
      return nil
    }
    return t
  }
}

/// What a group's children have in common: their households, and the place and category most
/// of them share (the first child's on a tie).
struct GroupCaseShape {
  var households: Int
  var address: String
  var gridID: String?
  var category: String

  init(_ children: [Case]) {
    households = GroupCaseProgress.households(children)
    address = Self.mostCommon(children.map(\.resident.address).filter { !$0.isEmpty }) ?? ""
    gridID = Self.mostCommon(children.compactMap(\.resident.gridID))
    category = Self.mostCommon(children.map(\.category)) ?? "other"
  }

  static func mostCommon(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    // First in order among the most frequent: stable for the same children.
    let top = counts.values.max() ?? 0
    return values.first { counts[$0] == top }
  }
}
