import Foundation
import ShuoshiCore
import Testing

/// A small register in memory: 六堰社区 (东片区) with two grids, 七里垭村 (西片区).
struct MiniRegister {
  let liuyan = RegisterUnit(
    uuid: RegisterID.stable("unit", "六堰社区"), name: "六堰社区", kind: .community, district: "东片区")
  let qiliya = RegisterUnit(
    uuid: RegisterID.stable("unit", "七里垭村"), name: "七里垭村", kind: .village, district: "西片区")
  var grid1: Grid {
    Grid(
      uuid: RegisterID.stable("grid", "ly1"), unitID: liuyan.uuid, name: "第一网格", headID: id("张德明"))
  }
  var grid2: Grid {
    Grid(
      uuid: RegisterID.stable("grid", "ly2"), unitID: liuyan.uuid, name: "第二网格", headID: id("陈淑珍"))
  }
  var grid3: Grid {
    Grid(
      uuid: RegisterID.stable("grid", "ql1"), unitID: qiliya.uuid, name: "第一网格", headID: id("李春生"))
  }

  func id(_ name: String) -> UUID { RegisterID.stable("person", name) }

  var people: [Person] {
    [
      Person(
        uuid: id("张德明"), name: "张德明", roles: [.buildingHead, .gridHead], unitID: liuyan.uuid,
        gridID: grid1.uuid, buildings: ["3"]),
      Person(
        uuid: id("黄志强"), name: "黄志强", roles: [.buildingHead], unitID: liuyan.uuid,
        gridID: grid1.uuid, buildings: ["4", "5"]),
      Person(
        uuid: id("陈淑珍"), name: "陈淑珍", roles: [.gridHead], unitID: liuyan.uuid, gridID: grid2.uuid),
      Person(uuid: id("王芳"), name: "王芳", roles: [.committeeStaff], unitID: liuyan.uuid),
      Person(uuid: id("何涛"), name: "何涛", roles: [.committeeStaff], unitID: liuyan.uuid),
      Person(
        uuid: id("李春生"), name: "李春生", roles: [.centreHouseholdHead, .gridHead], unitID: qiliya.uuid,
        gridID: grid3.uuid, buildings: ["3"]),
      Person(uuid: id("田秋菊"), name: "田秋菊", roles: [.committeeStaff], unitID: qiliya.uuid),
      Person(uuid: id("刘建国"), name: "刘建国", roles: [.districtCoordinator], district: "东片区"),
      Person(uuid: id("孙志华"), name: "孙志华", roles: [.districtCoordinator], district: "西片区"),
      Person(uuid: id("赵明"), name: "赵明", roles: [.streetOffice]),
    ]
  }

  func household(
    _ unit: RegisterUnit, _ grid: Grid?, _ a: HouseholdAddress, _ head: String, phone: String
  ) -> Household {
    Household(
      uuid: RegisterID.stable("household", "\(unit.name)\(a.key)"), unitID: unit.uuid,
      gridID: grid?.uuid,
      address: a,
      members: [
        HouseholdMember(name: head),
        HouseholdMember(name: "\(head.prefix(1))小龙", phone: "13600000001"),
      ],
      phone: phone)
  }

  var households: [Household] {
    [
      household(
        liuyan, grid1, HouseholdAddress(building: "3", entrance: "2", room: "502"), "王秀英",
        phone: "13800000001"),
      household(
        liuyan, grid1, HouseholdAddress(building: "3", entrance: "1", room: "301"), "周桂兰",
        phone: "13800000002"),
      household(
        liuyan, grid1, HouseholdAddress(building: "4", entrance: "2", room: "101"), "赵大爷",
        phone: "13800000003"),
      household(
        liuyan, grid2, HouseholdAddress(building: "8", entrance: "1", room: "602"), "钱多多",
        phone: "13800000004"),
      household(
        liuyan, grid2, HouseholdAddress(building: "8", entrance: "2", room: "602"), "孙丽",
        phone: "13800000007"),
      household(
        qiliya, grid3, HouseholdAddress(group: "3", number: "15"), "李老汉", phone: "13800000005"),
    ]
  }

  var index: RegisterIndex {
    RegisterIndex(
      RegisterSnapshot(
        units: [liuyan, qiliya], grids: [grid1, grid2, grid3], households: households,
        people: people))
  }
}

@Suite("Routing: household match and owner per tier")
struct RoutingRulesTests {
  let r = MiniRegister()

  @Test func exactFuzzyAndNamePhoneMatches() {
    let exact = r.index.link(Resident(name: "王秀英", address: "六堰社区3幢2单元502室"))
    #expect(exact.match?.quality == .exact)
    #expect(exact.match?.household.headName == "王秀英")
    #expect(exact.grid?.name == "第一网格")

    let fuzzy = r.index.link(Resident(name: "赵大爷", address: "六堰4栋101"))
    #expect(fuzzy.match?.quality == .fuzzy)
    #expect(fuzzy.match?.reasons.first?.text(.zh) == "按楼栋和房号匹配到住户（地址未写“2单元”）")

    // 8栋602 exists in two entrances: ambiguous by address, decided by name and phone.
    let ambiguous = r.index.link(Resident(name: "路人", address: "六堰社区8栋602"))
    #expect(ambiguous.match == nil)
    #expect(ambiguous.reasons.contains { $0.kind == .ambiguous && $0.count == 2 })
    let byPhone = r.index.link(Resident(name: "孙丽", phone: "138 0000 0007", address: "六堰社区8栋602"))
    #expect(byPhone.match?.household.headName == "孙丽")
    #expect(byPhone.match?.quality == .namePhone)

    let namePhone = r.index.link(Resident(name: "王小龙", phone: "13600000001", address: "不记得了"))
    #expect(namePhone.match?.quality == .namePhone)
    #expect(namePhone.match?.household.headName == "王秀英")

    let nobody = r.index.link(Resident(name: "外来人", phone: "13000000000", address: "六堰社区99栋1单元101"))
    #expect(nobody.match == nil)
    #expect(nobody.unit?.name == "六堰社区")
    #expect(nobody.reasons.map(\.kind) == [.noHousehold, .unit])
  }

  @Test func ownerPerTier() {
    let resident = Resident(name: "王秀英", address: "六堰社区3栋2单元502")
    func owner(_ t: Tier, _ res: Resident = resident, load: [UUID: Int] = [:]) -> String? {
      r.index.route(res, tier: t, openCases: load).owner?.person.name
    }
    #expect(owner(.household) == "张德明")  // looks after 3栋
    #expect(owner(.household, Resident(name: "赵大爷", address: "六堰社区4栋2单元101")) == "黄志强")
    #expect(owner(.household, Resident(name: "钱多多", address: "六堰社区8栋1单元602")) == "陈淑珍")  // no building head: grid head
    #expect(owner(.household, Resident(name: "李老汉", address: "七里垭村3组15号")) == "李春生")
    #expect(owner(.residence) == "何涛")  // fewest open cases, then by name
    #expect(owner(.residence, load: [r.id("何涛"): 3, r.id("王芳"): 1]) == "王芳")
    #expect(owner(.district) == "刘建国")
    #expect(owner(.district, Resident(name: "李老汉", address: "七里垭村3组15号")) == "孙志华")
    #expect(owner(.street) == "赵明")
    // Household tier without a grid: the unit's committee.
    #expect(owner(.household, Resident(name: "新住户", address: "六堰社区20栋1单元101")) == "何涛")
    // No household, but the building has a head: they take it.
    #expect(owner(.household, Resident(name: "新住户", address: "六堰社区5栋1单元101")) == "黄志强")
    // No unit at all: nobody, and it says so.
    let lost = r.index.route(Resident(name: "谁", address: "不知道"), tier: .residence)
    #expect(lost.owner == nil)
    #expect(lost.reasons.last?.kind == .noOwner)
  }

  @Test func reasonsReadInBothLanguages() {
    let s = r.index.route(Resident(name: "王秀英", address: "六堰社区3栋2单元502"), tier: .household)
    #expect(
      s.reasons.map { $0.text(.zh) } == [
        "地址“3栋2单元502”与住户台账一致", "地址属于六堰社区", "住户属于第一网格", "户级 → 3栋的楼栋长 张德明",
      ])
    #expect(s.reasons.last?.text(.en) == "household tier → building head of 3栋, 张德明")
    let committee = r.index.route(Resident(name: "王秀英", address: "六堰社区3栋2单元502"), tier: .residence)
    #expect(committee.reasons.contains { $0.text(.zh) == "村居 → 六堰社区居委会 何涛" })
  }

  @Test func capacityFlags() {
    let g = r.grid1
    #expect(GridLoad(grid: g, unit: r.liuyan, households: 50).isOver == false)
    #expect(GridLoad(grid: g, unit: r.liuyan, households: 51).isOver)
    #expect(GridLoad(grid: r.grid3, unit: r.qiliya, households: 15).isOver == false)
    #expect(GridLoad(grid: r.grid3, unit: r.qiliya, households: 16).isOver)
    let findings = RegisterCheck.findings(
      units: [r.liuyan, r.qiliya],
      loads: [GridLoad(grid: r.grid3, unit: r.qiliya, households: 17, head: "李春生")], people: [],
      householdsWithoutGrid: 2)
    #expect(findings.first?.text(.zh) == "七里垭村第一网格有 17 户，超过“1包15户”（多 2 户）")
    #expect(findings.filter(\.isFlag).count == 1)
    #expect(findings.map(\.kind).contains(.householdsWithoutGrid))
  }
}
