import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi merge-cases A B`: B is a duplicate of A.
struct MergeCases: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-cases",
    abstract:
      "Merge duplicate case B into case A (B leaves the queues, stays findable; unmerge reverses it)."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The case to keep.") var keep: String
  @Argument(help: "The duplicate.") var duplicate: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let (a, b) = try store.mergeCases(
        keep: keep, duplicate: duplicate, by: context.actor, now: context.now)
      print(
        context.say(
          "已将 \(b.id) 作为重复案件并入 \(a.id)（撤销：shuoshi unmerge \(b.id)）",
          "merged \(b.id) into \(a.id) as a duplicate (undo: shuoshi unmerge \(b.id))"))
    }
  }
}

/// `shuoshi unmerge B`: reverse a duplicate merge.
struct Unmerge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unmerge",
    abstract:
      "Reverse a merge of duplicate cases (give the duplicate, or a case with one merged duplicate)."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The merged duplicate.") var id: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let (a, b) = try store.unmerge(id, by: context.actor, now: context.now)
      print(
        context.say(
          "已撤销合并：\(b.id) 与 \(a.id) 重新分开", "unmerged: \(b.id) is separate from \(a.id) again"))
    }
  }
}
