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
        context.strings.merged(b.id, a.id))
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
        context.strings.unmerged(b.id, a.id))
    }
  }
}
