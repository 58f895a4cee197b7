import Foundation
import ShuoshiCore
import TestSupport
import Testing

@Suite("Ledger core: clock, causality, conflicts, masking")
struct LedgerCoreTests {
  @Test func clockNeverGoesBackwards() throws {
    let t = Date(timeIntervalSince1970: 1_800_000_000)
    let a = try HLC().tick(now: t)
    #expect(a.physical == 1_800_000_000_000 && a.counter == 0)
    let b = try a.tick(now: t)
    #expect(b > a && b.counter == 1)
    let c = try b.tick(now: t.addingTimeInterval(-3600))  // wall clock stepped back
    #expect(c > b && c.physical == b.physical)
    let full = HLC(physical: 5, counter: .max)
    #expect(try full.tick(now: Date(timeIntervalSince1970: 0)) == HLC(physical: 6, counter: 0))
    #expect(HLC(raw: c.raw) == c)
    #expect(a.merged(with: c) == c)
  }

  /// Regression (#12 finding 1): a reading of 2^63−1 ticked to physical 2^47, whose packed
  /// form wrapped to −2^63; every later local event sorted before everything else.
  @Test func clockRefusesToTickPastItsRangeInsteadOfWrapping() throws {
    let t = Date(timeIntervalSince1970: 1_800_000_000)
    let top = HLC(raw: .max)
    #expect(top.physical == HLC.physicalRange.upperBound - 1 && top.counter == .max)
    #expect(throws: HLC.OutOfRange.self) { try top.tick(now: t) }
    // Just below the end the counter still moves, and the packed reading stays positive.
    let below = try HLC(raw: .max - 1).tick(now: t)
    #expect(below.raw == .max && below.raw > 0)
    #expect(try HLC(physical: HLC.physicalRange.upperBound - 2, counter: .max).tick(now: t).raw > 0)
    #expect(throws: HLC.OutOfRange.self) { try HLC(physical: 1 << 50).tick(now: t) }
    #expect(throws: HLC.OutOfRange.self) { try HLC(physical: -1).tick(now: t) }
    #expect(throws: HLC.OutOfRange.self) { try HLC().tick(now: Date(timeIntervalSince1970: -1)) }
    #expect(throws: HLC.OutOfRange.self) {
      try HLC().tick(now: .distantFuture.addingTimeInterval(1e12))
    }
    #expect(HLC.isValid(raw: .max) && HLC.isValid(raw: 0))
    #expect(!HLC.isValid(raw: -1) && !HLC.isValid(raw: .min))
  }

  func event(
    _ kind: EventKind, device: String, seq: Int64, hlc: Int64, parents: [Event],
    _ data: EventData = EventData(), caseUUID: UUID
  ) -> Event {
    Event(
      caseUUID: caseUUID, kind: kind, at: Date(), operator: "x", device: device, seq: seq,
      hlc: HLC(physical: hlc), parents: parents.map(\.uuid), data: data)
  }

  @Test func concurrentAssignmentsConflictSequentialOnesDoNot() {
    let id = UUID()
    var d = EventData()
    d.caseID = "HJ-1"
    let created = event(.created, device: "a", seq: 1, hlc: 1, parents: [], d, caseUUID: id)
    var toZhang = EventData()
    toZhang.assignee = "张"
    var toLi = EventData()
    toLi.assignee = "李"
    let x = event(.assigned, device: "a", seq: 2, hlc: 2, parents: [created], toZhang, caseUUID: id)
    let y = event(.assigned, device: "b", seq: 1, hlc: 3, parents: [created], toLi, caseUUID: id)
    let ledger = Ledger([created, x, y])
    #expect(ledger.conflicts.count == 1)
    #expect(ledger.conflicts[0].winner.uuid == y.uuid)
    #expect(Case.replay([created, x, y])?.assignee == "李")
    let z = event(.assigned, device: "b", seq: 1, hlc: 3, parents: [x], toLi, caseUUID: id)
    #expect(Ledger([created, x, z]).conflicts.isEmpty)
    // Two laptops assigning the same person agree.
    let same = event(
      .assigned, device: "b", seq: 1, hlc: 3, parents: [created], toZhang, caseUUID: id)
    #expect(Ledger([created, x, same]).conflicts.isEmpty)
    #expect(Ledger([created, x, same]).skipped == [same.uuid])
  }

  @Test func erasureReachesWhatItsWriterCouldKnow() {
    let id = UUID()
    let created = event(.created, device: "a", seq: 1, hlc: 1, parents: [], caseUUID: id)
    let concurrent = event(.noted, device: "b", seq: 1, hlc: 5, parents: [created], caseUUID: id)
    let erased = event(.erased, device: "a", seq: 2, hlc: 3, parents: [created], caseUUID: id)
    let later = event(.noted, device: "a", seq: 3, hlc: 6, parents: [erased], caseUUID: id)
    #expect(
      Erasure.wiped(in: [created, erased, concurrent, later]) == [created.uuid, concurrent.uuid])
  }

  @Test func personalFieldsSplitAndRestore() {
    var d = EventData()
    d.resident = Resident(name: "王大妈", phone: "13812345678")
    d.text = "漏水"
    d.tier = .district
    d.assignee = "张"
    #expect(d.withoutPersonal.resident == nil && d.withoutPersonal.tier == .district)
    #expect(!d.withoutPersonal.hasPersonal && d.hasPersonal)
    #expect(d.withoutPersonal.restoring(d.personalPart) == d)
  }

  @Test func phoneAndIDNumbersAreMaskedInText() {
    #expect(
      PersonalMask.text("电话13812345678，身份证42030219900101123X。")
        == "电话138****5678，身份证420***********123X。")
    #expect(PersonalMask.text("3栋2单元502") == "3栋2单元502")
    #expect(PersonalMask.idNumber("420302199001011234") == "420***********1234")
  }
}
