import Foundation
import ShuoshiCore

/// Plays one case's life through the engine, event by event, stopping at `until`.
struct Script {
  let engine: CaseEngine
  let device: String
  let street: DemoStreet
  /// The register, when the demo has one: owners come from routing, volunteers deliver.
  let index: RegisterIndex?
  var seq: Int64
  var dayCounters: [String: Int] = [:]
  /// Cases handed to each owner so far, so routing shares work out as it would live.
  var load: [UUID: Int] = [:]

  init(engine: CaseEngine, device: String, street: DemoStreet, index: RegisterIndex?, seq: Int64) {
    self.engine = engine
    self.device = device
    self.street = street
    self.index = index
    self.seq = seq
  }

  mutating func life(
    of intake: Intake, unit: DemoStreet.Unit, until now: Date, rng: inout SeededRandom
  ) throws(StoreError) -> [Event]? {
    let day = engine.calendar.civilDate(of: intake.receivedAt)
    let prefix = CaseIDs.prefix(site: street.siteCode, day: day)
    dayCounters[prefix, default: 0] += 1
    let id = prefix + String(format: "%03d", dayCounters[prefix]!)
    let clerk = rng.pick(street.staff)
    var life = Life(uuid: UUID(uuid: rng.uuidBytes()), events: [])
    var intake = intake
    if let index { intake.resident = index.link(intake.resident).linking(intake.resident) }
    do {
      try stamp(engine.intake(intake, caseID: id), at: intake.receivedAt, by: clerk, into: &life)
    } catch { throw .engine(error) }
    var t = intake.receivedAt
    func step(_ after: ClosedRange<Double>, _ action: Action, by who: String) throws(StoreError)
      -> Bool
    {
      t = t.addingTimeInterval(rng.hours(after))
      try escalateIfOverdue(&life, before: min(t, now), unit: unit, rng: &rng)  // nothing after now
      guard t < now, let c = life.current,
        (try? perform(action, on: c, life: &life, at: t, by: who)) != nil
      else { return false }
      return true
    }
    // Consultations and small things are often settled at the table (当场化解).
    if rng.chance(0.14) {
      guard
        try step(
          0.1...0.5, .resolve(summary: rng.pick(DemoText.summaries), onSpot: true), by: clerk)
      else { return life.events }
    } else {
      let (assign, owner) = ownerAction(for: life.current!, unit: unit, rng: &rng)
      guard try step(0.2...20, assign, by: clerk) else { return life.events }
      let days = Double(
        engine.rules.deadlineDays(category: life.current!.category, tier: life.current!.tier))
      if let volunteer = volunteer(for: life.current!, rng: &rng) {
        // 平台派单 → 党员送单: a party member volunteer does the job.
        guard
          try step(
            0.5...24, .dispatch(to: volunteer.name, volunteerID: volunteer.uuid, note: nil),
            by: owner)
        else { return life.events }
        let minutes = Int.random(in: 3...24, using: &rng) * 10
        guard
          try step(
            4...(days * 24),
            .deliver(minutes: minutes, note: rng.pick(DemoText.summaries), done: true), by: owner)
        else { return life.events }
      } else {
        guard
          try step(
            2...40, .visit(note: nil, minutes: Int.random(in: 15...90, using: &rng)), by: owner)
        else { return life.events }
        if rng.chance(0.1) {
          guard try step(1...30, .wait(reason: "等待当事人回复"), by: owner) else { return life.events }
          guard try step(24...120, .resume, by: owner) else { return life.events }
        }
        guard
          try step(
            4...(days * 24 * 1.6), .resolve(summary: rng.pick(DemoText.summaries), onSpot: false),
            by: owner)
        else { return life.events }
      }
    }
    let rating: Rating = rng.chance(0.8) ? .satisfied : (rng.chance(0.6) ? .basic : .unsatisfied)
    guard try step(2...240, .rate(rating, comment: nil), by: clerk) else { return life.events }
    if rating == .unsatisfied {
      let owner = life.current?.assignee ?? street.committee(of: unit)
      _ = try step(
        24...96, .resolve(summary: rng.pick(DemoText.summaries), onSpot: false), by: owner)
      _ = try step(2...48, .rate(.basic, comment: nil), by: clerk)
    }
    return life.events
  }

  /// A case taken in and then left alone until `now`: each deadline it missed moved it up
  /// a tier, as the daily sweep saw it (an hour after the deadline), with nobody named at
  /// the new tier — it waits for dispatch (已升级待派单), its first contact missed.
  mutating func neglected(_ intake: Intake, until now: Date, rng: inout SeededRandom)
    throws(StoreError) -> [Event]
  {
    let day = engine.calendar.civilDate(of: intake.receivedAt)
    let prefix = CaseIDs.prefix(site: street.siteCode, day: day)
    dayCounters[prefix, default: 0] += 1
    let id = prefix + String(format: "%03d", dayCounters[prefix]!)
    var life = Life(uuid: UUID(uuid: rng.uuidBytes()), events: [])
    do {
      try stamp(
        engine.intake(intake, caseID: id), at: intake.receivedAt, by: street.staff[0], into: &life)
    } catch { throw .engine(error) }
    for draft in engine.sweepEscalations(for: life.current!, now: now) {
      guard case .escalated(let e) = draft.payload, let passed = e.effectiveAt else { continue }
      stamp([draft], at: min(passed.addingTimeInterval(3600), now), by: "系统", into: &life)
    }
    return life.events
  }

  /// Like the sweep would have: a case that ran past its deadline before `t` moved up, to
  /// the next tier's owner.
  mutating func escalateIfOverdue(
    _ life: inout Life, before t: Date, unit: DemoStreet.Unit, rng: inout SeededRandom
  ) throws(StoreError) {
    while let c = life.current, let deadline = c.deadline, c.isOverdue(at: t), c.tier.next != nil {
      let at = deadline.addingTimeInterval(rng.hours(0.1...2))
      guard at < t, let draft = engine.sweepEscalation(for: c, now: at) else { return }
      if let index, case .escalated(var e) = draft.payload, let tier = e.tier {
        let route = index.route(c.resident, tier: tier, openCases: load)
        e.assignee = route.owner?.person.name
        e.assigneeID = route.owner?.person.uuid
        e.route = route.reasons.filter { $0.tier != nil || $0.kind == .leastLoaded }
        if let id = route.owner?.person.uuid { load[id, default: 0] += 1 }
        stamp([EventDraft(.escalated(e))], at: at, by: "系统", into: &life)
        continue
      }
      stamp([draft], at: at, by: "系统", into: &life)
      let owner = street.owner(tier: life.current!.tier, unit: unit, rng: &rng)
      _ = try? perform(
        .assign(to: owner, note: nil), on: life.current!, life: &life,
        at: min(at.addingTimeInterval(600), t), by: "系统")
    }
  }

  /// The assignment a worker would make: routing's owner when there is a register, else the
  /// built-in street's; and who then acts on the case.
  mutating func ownerAction(for c: Case, unit: DemoStreet.Unit, rng: inout SeededRandom)
    -> (Action, String)
  {
    if let index {
      let route = index.route(c.resident, tier: c.tier, openCases: load)
      if let owner = route.owner {
        load[owner.person.uuid, default: 0] += 1
        let action = Action.assignOwner(
          name: owner.person.name, id: owner.person.uuid, note: nil, route: route.reasons)
        return (action, owner.person.name)
      }
    }
    let name = street.owner(tier: c.tier, unit: unit, rng: &rng)
    return (.assign(to: name, note: nil), name)
  }

  /// A volunteer of the resident's unit for about a third of household and residence cases.
  func volunteer(for c: Case, rng: inout SeededRandom) -> Person? {
    guard let index, c.tier <= .residence, rng.chance(0.35) else { return nil }
    let link = index.link(c.resident)
    let pool = index.snapshot.people.filter {
      $0.has(.volunteer) && (link.unit == nil || $0.unitID == link.unit?.uuid)
    }
    return pool.isEmpty ? nil : rng.pick(pool)
  }

  mutating func perform(_ action: Action, on c: Case, life: inout Life, at t: Date, by who: String)
    throws(EngineError)
  {
    let drafts = try engine.decide(action, on: c, history: life.events, now: Millis.truncate(t))
    stamp(drafts, at: t, by: who, into: &life)
  }

  mutating func stamp(_ drafts: [EventDraft], at t: Date, by who: String, into life: inout Life) {
    for draft in drafts {
      seq += 1
      life.events.append(
        Event(
          caseUUID: life.uuid, kind: draft.kind, at: Millis.truncate(t), operator: who,
          device: device, seq: seq, data: draft.data))
    }
    life.current = Case.replay(life.events)
  }
}

/// A case being played: its events so far and what they add up to.
struct Life {
  let uuid: UUID
  var events: [Event]
  var current: Case?

  init(uuid: UUID, events: [Event]) {
    self.uuid = uuid
    self.events = events
  }
}

extension DemoStreet {
  func committee(of unit: Unit) -> String { unit.committee }
}

extension SeededRandom {
  mutating func uuidBytes() -> uuid_t {
    let a = next()
    let b = next()
    var bytes = [UInt8](repeating: 0, count: 16)
    for i in 0..<8 {
      bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
      bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
    }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    return (
      bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
      bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
    )
  }
}
