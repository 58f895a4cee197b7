import Foundation
import ShuoshiCore

/// The bounds one event from another laptop must keep besides its hash: ids in the forms
/// shuoshi makes (`IDFormat`) and every text within its `FieldKind` bounds. A bundle is a
/// door into this laptop like intake and the CSV import, so it keeps the same table.
enum BundleEventCheck {
  /// A field that breaks a bound: its name in the event (`data.text`, `operator`…) and why.
  struct Problem: Error, Equatable {
    let field: String
    let reason: BundleFieldProblem
  }

  /// Checks `event`, whose data holds its personal fields too (put back from the bundle).
  static func check(_ event: Event) throws(Problem) {
    guard IDFormat.isDeviceID(event.device) else {
      throw Problem(field: "device", reason: .notADeviceID)
    }
    let d = event.data
    for (field, id) in [("data.caseID", d.caseID), ("data.otherCaseID", d.otherCaseID)] {
      if let id, !IDFormat.isCaseID(id) { throw Problem(field: field, reason: .notACaseID) }
    }
    for (field, kind, value) in texts(event) {
      if let p = kind.problem(in: value) { throw Problem(field: field, reason: .field(p)) }
    }
    // A warning names at most `maxCases` cases and as many households.
    let most = WarningRules.maxCases
    if let n = d.cases?.count, n > most {
      throw Problem(field: "data.cases", reason: .field(.tooLong(max: most, found: n)))
    }
    if let n = d.households, !(0...most).contains(n) {
      throw Problem(field: "data.households", reason: .field(.tooLong(max: most, found: n)))
    }
    // A merge folds the few warnings of one matter, never hundreds.
    if let n = d.absorbed?.count, n > WarningMergeStep.maxGroup {
      throw Problem(
        field: "data.absorbed", reason: .field(.tooLong(max: WarningMergeStep.maxGroup, found: n)))
    }
    for (field, date) in dates(event) where !instants.contains(date.timeIntervalSince1970) {
      throw Problem(field: field, reason: .timeOutOfRange)
    }
    if let r = d.round { try checkRound(r) }
  }

  /// A 排查 round: households within what one round can claim, its day a real day.
  static func checkRound(_ r: SurveyRound) throws(Problem) {
    guard (1...SurveyRound.maxHouseholds).contains(r.households) else {
      throw Problem(field: "data.round.households", reason: .numberOutOfRange)
    }
    guard r.day.isValid, (1970...9999).contains(r.day.year) else {
      throw Problem(field: "data.round.day", reason: .timeOutOfRange)
    }
  }

  /// Years 1970 to 9999: a time in event data outside them is no real time, and one past
  /// Int64 milliseconds would trap where the projection stores it.
  static let instants: ClosedRange<TimeInterval> = 0...253_402_300_799

  /// Every time an event's data carries, named as in its JSON.
  static func dates(_ e: Event) -> [(String, Date)] {
    let d = e.data
    let named: [(String, Date?)] = [
      ("data.receivedAt", d.receivedAt), ("data.deadline", d.deadline),
      ("data.firstContactDue", d.firstContactDue), ("data.effectiveAt", d.effectiveAt),
      ("data.followUpDue", d.followUpDue), ("data.firstAt", d.firstAt),
    ]
    return named.compactMap { field, date in date.map { (field, $0) } }
  }

  /// Every text an event can carry, named as in its JSON, with its kind of field.
  static func texts(_ e: Event) -> [(String, FieldKind, String)] {
    let d = e.data
    var out: [(String, FieldKind, String)] = [("operator", .name, e.operator)]
    func add(_ field: String, _ kind: FieldKind, _ value: String?) {
      if let value { out.append((field, kind, value)) }
    }
    if let r = d.resident {
      add("data.resident.name", .name, r.name)
      add("data.resident.phone", .phone, r.phone)
      add("data.resident.address", .address, r.address)
      add("data.resident.householdID", .label, r.householdID)
      add("data.resident.gridID", .label, r.gridID)
    }
    for p in d.otherParties ?? [] { add("data.otherParties", .name, p) }
    add("data.text", .text, d.text)
    add("data.reason", .text, d.reason)
    add("data.summary", .text, d.summary)
    // corrected: the old and new values as shown (a grievance at most, the longest field).
    add("data.before", .text, d.before)
    add("data.after", .text, d.after)
    add("data.category", .label, d.category)
    add("data.assignee", .name, d.assignee)
    add("data.volunteer", .name, d.volunteer)
    add("data.field", .label, d.field)
    add("data.day", .label, d.day)
    add("data.place", .label, d.place)
    add("data.party", .label, d.party)
    for s in d.staff ?? [] { add("data.staff", .name, s) }
    for r in d.reasons ?? [] {
      add("data.reasons.word", .label, r.word)
      add("data.reasons.category", .label, r.category)
    }
    if let u = d.unit {
      add("data.unit.name", .label, u.name)
      add("data.unit.district", .label, u.district)
    }
    add("data.grid.name", .label, d.grid?.name)
    add("data.round.gridName", .label, d.round?.gridName)
    add("data.round.note", .text, d.round?.note)
    if let h = d.household {
      let a = h.address
      for part in [a.building, a.entrance, a.room, a.group, a.number] {
        add("data.household.address", .label, part)
      }
      for m in h.members {
        add("data.household.members.name", .name, m.name)
        add("data.household.members.phone", .phone, m.phone)
      }
      add("data.household.phone", .phone, h.phone)
      add("data.household.note", .text, h.note)
    }
    if let p = d.person {
      add("data.person.name", .name, p.name)
      add("data.person.phone", .phone, p.phone)
      add("data.person.district", .label, p.district)
      for b in p.buildings { add("data.person.buildings", .label, b) }
    }
    return out
  }
}

/// Why a field of a bundle's event was refused.
public enum BundleFieldProblem: Equatable, Sendable {
  case field(FieldProblem)
  case notACaseID
  case notADeviceID
  /// The personal fields are not event data.
  case undecodable
  /// A time before 1970 or after 9999.
  case timeOutOfRange
  /// A count beyond what the field can hold (a round's households).
  case numberOutOfRange
  /// A group link (`grouped`) naming a parent neither the bundle nor this laptop has.
  case unknownGroupCase
  /// A group link that would make a case its own parent, or a group deeper than one level.
  case groupCycle
  /// Group links that would give one group case more children than any may hold.
  case groupTooLarge(count: Int, max: Int)

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .field(.tooLong(let max, let found)):
      return zh ? "\(found) 个字，最多 \(max) 个" : "\(found) characters, at most \(max)"
    case .field(.controlCharacter(let v)):
      let code = FieldProblem.scalarName(v)
      return zh ? "含控制字符 \(code)" : "control character \(code)"
    case .field(.empty): return zh ? "为空" : "empty"
    case .field(.notAPhoneNumber): return zh ? "不是电话号码" : "not a phone number"
    case .notACaseID: return zh ? "不是案件编号的格式" : "not a case id"
    case .notADeviceID: return zh ? "不是设备编号的格式" : "not a device id"
    case .undecodable: return zh ? "无法解读" : "not event data"
    case .timeOutOfRange: return zh ? "时间超出范围（1970–9999 年）" : "time out of range (years 1970–9999)"
    case .numberOutOfRange: return zh ? "数目超出范围" : "number out of range"
    case .unknownGroupCase:
      return zh ? "指向的母案在本机和数据包中都不存在" : "names a group case neither here nor in the bundle"
    case .groupCycle:
      return zh
        ? "会使案件成为自己的母案（母案之间不能嵌套）" : "would make a case its own group case (groups do not nest)"
    case .groupTooLarge(let count, let max):
      return zh
        ? "会使一个母案有 \(count) 件子案，最多 \(max) 件"
        : "would give a group case \(count) children, at most \(max)"
    }
  }
}
