import Foundation
import ShuoshiCore

/// Builds a living demo data set: cases received over the last months (busiest on Saturday
/// booth days), each taken through a realistic life by the real engine — assigned, visited,
/// sometimes waiting, escalated when it ran late, resolved, rated — up to `now`. Deterministic
/// for a given seed and `now`.
public struct DemoGenerator: Sendable {
  public var caseCount: Int
  public var days: Int
  public var seed: UInt64
  public let street = DemoStreet()

  public init(caseCount: Int = 2000, days: Int = 182, seed: UInt64 = 20_261_128) {
    self.caseCount = caseCount
    self.days = days
    self.seed = seed
  }

  /// Generates into an empty store and runs the escalation sweep at `now`. When the store's
  /// register has people (see `DemoRegister`), residents come from its households and every
  /// case goes to the owner routing picks, some are dispatched to party member volunteers
  /// and delivered; otherwise the built-in street's names own the cases. Cases are written in
  /// batches of `batchSize` (one transaction each); above `deferIndexAbove` cases the search
  /// index is built once at the end, which is several times faster than row by row.
  public func generate(
    into store: CaseStore, engine: CaseEngine, now: Date, batchSize: Int = 20_000,
    deferIndexAbove: Int = 50_000, progress: ((Int) -> Void)? = nil
  ) throws(StoreError) -> Int {
    let deferIndex = caseCount > deferIndexAbove
    let now = Millis.truncate(now)
    var rng = SeededRandom(seed: seed)
    let register = try store.registerSnapshot()
    let index = register.people.isEmpty ? nil : RegisterIndex(register)
    // The demo street's history was taken in before urgent cases had short deadlines (issue
    // 14); its events stay those the recorded fixtures and tests know.
    var script = Script(
      engine: CaseEngine(rules: engine.rules.withoutUrgentDeadlines(), calendar: engine.calendar),
      device: store.info.deviceID, street: street, index: index,
      seq: try store.lastSeq())
    let times = (0..<caseCount).map { _ in receivedTime(before: now, rng: &rng, engine: engine) }
      .sorted()
    var residents: [(Resident, DemoStreet.Unit)] = []
    var batch: [[Event]] = []
    var written = 0
    batch.reserveCapacity(min(batchSize, caseCount))
    for received in times {
      let (resident, unit): (Resident, DemoStreet.Unit)
      if !residents.isEmpty, rng.chance(0.06) {
        (resident, unit) = rng.pick(residents)  // a resident who comes back
      } else if !register.households.isEmpty, rng.chance(0.85) {
        (resident, unit) = registered(rng.pick(register.households), register, rng: &rng)
        residents.append((resident, unit))
      } else {
        unit = rng.pick(street.units)
        resident = Resident(
          name: rng.pick(DemoText.surnames).description + rng.pick(DemoText.givenNames),
          phone: "1" + rng.pick(["38", "39", "58", "59", "86", "87", "35", "77"])
            + String(format: "%08d", Int.random(in: 0..<100_000_000, using: &rng)),
          address: street.address(in: unit, rng: &rng))
        residents.append((resident, unit))
      }
      let text = fill(rng.pick(DemoText.complaints), rng: &rng)
      if let history = try script.life(
        of: Intake(resident: resident, text: text, receivedAt: received), unit: unit, until: now,
        rng: &rng)
      {
        batch.append(history)
      }
      if batch.count >= batchSize {
        try store.bulkInsert(batch, indexSearch: !deferIndex)
        written += batch.count
        batch.removeAll(keepingCapacity: true)
        store.maintain()  // checkpoint between batches: the log must not grow with the load
        progress?(written)
      }
    }
    // A few cases nobody has touched, on their own random stream so the rest stays the same.
    var quiet = SeededRandom(seed: seed ^ 0x14)
    for i in 0..<Self.neglectedCount(caseCount) {
      let unit = quiet.pick(street.units)
      let resident = Resident(
        name: quiet.pick(DemoText.surnames).description + quiet.pick(DemoText.givenNames),
        phone: "139" + String(format: "%08d", Int.random(in: 0..<100_000_000, using: &quiet)),
        address: street.address(in: unit, rng: &quiet))
      let daysAgo = Self.neglectedDaysAgo[i % Self.neglectedDaysAgo.count]
      let day = engine.calendar.civilDate(of: now).adding(days: -daysAgo)
      let received = Millis.truncate(
        min(
          engine.calendar.startOfDay(day).addingTimeInterval(quiet.hours(8.5...17.5)),
          now.addingTimeInterval(-3600)))
      let text = fill(quiet.pick(DemoText.complaints), rng: &quiet)
      batch.append(
        try script.neglected(
          Intake(resident: resident, text: text, receivedAt: received), until: now, rng: &quiet))
    }
    try store.bulkInsert(batch, indexSearch: !deferIndex)
    written += batch.count
    if deferIndex { try store.rebuildSearchIndex() }
    _ = try store.sweep(engine: engine, by: Actor("系统"), now: now)
    return written
  }

  /// Cases left untouched on top of `caseCount` (one in 250, at least 3), so a newcomer sees
  /// lateness: first contact missed, and deadlines passed and moved up a tier with nobody
  /// named there yet (已升级待派单).
  public static func neglectedCount(_ caseCount: Int) -> Int {
    caseCount == 0 ? 0 : max(3, caseCount / 250)
  }

  /// How long ago the untouched cases came in (calendar days), in turn.
  static let neglectedDaysAgo = [30, 2, 20, 9, 13, 4, 25, 6]

  /// A member of a registered household, as they give their details at the booth.
  func registered(_ h: Household, _ register: RegisterSnapshot, rng: inout SeededRandom)
    -> (Resident, DemoStreet.Unit)
  {
    let unitName = register.units.first { $0.uuid == h.unitID }?.name ?? ""
    let member = h.members.isEmpty ? HouseholdMember(name: "居民") : rng.pick(h.members)
    let resident = Resident(
      name: member.name, phone: member.phone ?? h.phone, address: unitName + h.address.text)
    let unit = street.units.first { $0.name == unitName } ?? street.units[0]
    return (resident, unit)
  }

  func receivedTime(before now: Date, rng: inout SeededRandom, engine: CaseEngine) -> Date {
    let cal = engine.calendar
    var day = now.addingTimeInterval(-Double(Int.random(in: 0..<days, using: &rng)) * 86_400)
    // Saturdays are booth days (逢六说事): pull about 40% of intake onto them.
    if rng.chance(0.4) {
      let weekday =
        Calendar(identifier: .gregorian).dateComponents(in: cal.timeZone, from: day)
        .weekday ?? 7
      day = day.addingTimeInterval(-Double((weekday % 7)) * 86_400)
    }
    let start = cal.startOfDay(cal.civilDate(of: day))
    let t = start.addingTimeInterval(rng.hours(8.5...17.5))
    return Millis.truncate(t < now ? t : now.addingTimeInterval(-rng.hours(0.1...3)))
  }

  func fill(_ template: String, rng: inout SeededRandom) -> String {
    template.replacingOccurrences(of: "{b}", with: "\(Int.random(in: 1...24, using: &rng))")
      .replacingOccurrences(of: "{p}", with: rng.pick(DemoText.places))
  }
}
