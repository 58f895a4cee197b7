import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi erase-resident`: a resident asks to be forgotten.
struct EraseResident: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erase-resident",
    abstract:
      "Erase a resident's personal details from every case, the register, receipts and backups (counts stay for reports).",
    discussion: """
      Without --yes, lists what would be erased and changes nothing. With --yes: the cases'
      personal fields, the resident's household membership (and its history), their receipt
      files under receipts/, and the migration backups (shuoshi.db.before-*) are removed.
      """)

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
      let plan = try store.erasurePlan(selector)
      let text = ErasureText(lang: context.lang)
      guard !plan.isEmpty else {
        if yes {
          // Perhaps erased before on a full disk: finish that clean-up now.
          let left = store.finishErasure().unfinished
          if !left.isEmpty {
            Stderr.error(text.unfinished(left), context.lang)
            throw ExitCode(6)
          }
          print(text.finished)
        }
        throw LedgerError.nothingToErase
      }
      guard yes else {
        print(text.preview(plan))
        return
      }
      let report = try store.eraseResident(selector, by: context.actor, now: context.now)
      print(text.done(report))
      guard report.unfinished.isEmpty else {
        Stderr.error(text.unfinished(report.unfinished), context.lang)
        throw ExitCode(6)
      }
    }
  }
}
