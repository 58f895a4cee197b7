import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi people [--search Q]`: the register's people; the search takes Chinese, pinyin
/// initials (`zs` → 张三), full pinyin or phone digits.
struct PeopleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "List or search the register's people (pinyin initials: zs finds 张三).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(
    help: "Chinese name or part of it, pinyin initials (zs), pinyin (zhangsan), phone digits.")
  var search: String?
  @Option(
    help:
      "Only this role: grid_head, building_head, centre_household_head, committee_staff, district_coordinator, street_office, party_volunteer (or 网格长, 楼栋长 …)."
  )
  var role: String?
  @Option(help: "How many to show.") var limit = 50
  @Flag(help: "Show full phone numbers (recorded in each person's history).") var reveal = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      var wanted: PersonRole?
      if let role {
        guard let r = PersonRole(userInput: role) else {
          throw UsageProblem(
            zh: "无效角色“\(role)”：可用 网格长、楼栋长、中心户长、居委会、片区协调人、街道办、党员志愿者",
            en:
              "invalid role \"\(role)\": use grid_head, building_head, centre_household_head, committee_staff, district_coordinator, street_office, party_volunteer"
          )
        }
        wanted = r
      }
      let table = try ConfigFiles(resources: context.resources).pinyinTable()
      let matches = try store.searchPeople(search ?? "", table: table, role: wanted, limit: limit)
      let names = try RegisterNames(store)
      if reveal, !matches.isEmpty {
        // Full numbers only after the reveal is recorded, one event per person shown.
        try store.recordReveal(
          of: matches.map(\.person.uuid), by: context.actor, now: context.now)
      }
      if output.json {
        try JSONOut.print(
          matches.map {
            PersonJSON(
              $0.person, names: names, lang: context.lang, reveal: reveal,
              score: search == nil ? nil : $0.score)
          })
        return
      }
      if matches.isEmpty {
        print(context.strings.nobodyFound)
        return
      }
      let s = OutputStrings.forLang(context.lang)
      let header = s.peopleColumns
      let rows = matches.map { m -> [String] in
        let p = m.person
        return [
          p.shortID, p.name, reveal ? p.phone : PhoneMask.mask(p.phone),
          p.roles.map { $0.name(context.lang) }.joined(separator: s.listSeparator),
          p.unitID.flatMap { names.units[$0] } ?? "—", p.gridID.flatMap { names.grids[$0] } ?? "—",
          p.buildings.isEmpty
            ? p.district ?? ""
            : p.buildings.map { $0 + (names.villages.contains(p.unitID ?? UUID()) ? "组" : "栋") }
              .joined(separator: ","),
        ]
      }
      print(TextTable.render([header] + rows, maxWidths: [8, 10, 11, 24, 12, 10, 12]))
    }
  }
}
