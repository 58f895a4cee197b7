import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi erase-resident`: a resident asks to be forgotten.
struct EraseResident: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erase-resident",
    abstract: "Erase a resident's personal details from every case (counts stay for reports).",
    discussion: "Without --yes, lists the cases that would be erased and changes nothing.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The resident's phone number.") var phone: String?
  @Option(help: "The resident's name.") var name: String?
  @Argument(help: "A case id: erase that case's resident (all their cases).") var id: String?
  @Flag(help: "Really erase (cannot be undone).") var yes = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let selectors = [
        phone.map(ResidentSelector.phone), name.map(ResidentSelector.name),
        id.map(ResidentSelector.caseID),
      ]
      .compactMap { $0 }
      guard selectors.count == 1, let selector = selectors.first else {
        throw UsageProblem(
          zh: "请只给出一项：--phone 电话、--name 姓名 或 案件编号",
          en: "give exactly one of --phone PHONE, --name NAME or a case id")
      }
      let store = try context.openStore(create: false)
      let cases = try store.residentCases(selector)
      guard !cases.isEmpty else { throw LedgerError.nothingToErase }
      let ids = cases.map(\.id).joined(separator: context.lang == .zh ? "、" : ", ")
      guard yes else {
        print(
          context.say(
            "将删除 \(cases.count) 件案件中该居民的个人信息：\(ids)\n确认无误后加 --yes 执行（不可撤销）",
            "would erase the resident's details from \(cases.count) case(s): \(ids)\nadd --yes to do it (cannot be undone)"
          ))
        return
      }
      let report = try store.eraseResident(selector, by: context.actor, now: context.now)
      print(
        context.say(
          "已删除 \(report.caseIDs.count) 件案件中该居民的个人信息（\(report.personalRecords) 条记录），案件统计保留",
          "erased the resident's details from \(report.caseIDs.count) case(s) (\(report.personalRecords) records); counts kept"
        ))
    }
  }
}
