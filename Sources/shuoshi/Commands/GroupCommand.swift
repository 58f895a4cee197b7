import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi group create|add|remove|show`: group cases (母案/子案).
struct GroupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "group",
    abstract: "Group cases (母案/子案): one owner for complaints that are one matter.",
    discussion: """
      A group case (母案) takes on several complaints (子案) with one owner, at the tier the
      number of households demands (10 or more: 片区). Assigning, visiting, pausing and
      resolving the group case do the same to each open child; 回访 stays with each resident.
      """,
    subcommands: [GroupCreate.self, GroupAdd.self, GroupRemove.self, GroupShow.self])
}

struct GroupCreate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create", abstract: "Form a group case from complaints (at least two).")
  @OptionGroup var global: GlobalOptions
  @Option(help: "The complaints, by id, separated by commas.") var cases: String
  @Option(help: "Tier: household, residence, district, street; default by households.")
  var tier: String?
  @Option(help: "The group case's own text: what the complaints have in common.") var summary:
    String

  func run() throws {
    try Run.guarded(global) { context in
      let words = GroupStrings.forLang(context.lang)
      let ids = cases.split(whereSeparator: { $0 == "," || $0 == "，" }).map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      guard ids.count >= 2 else {
        throw UsageProblem(zh: GroupStrings.zh.noCases, en: GroupStrings.en.noCases)
      }
      var chosen: Tier?
      if let tier {
        guard let t = Tier(userInput: tier) else {
          throw UsageProblem(zh: GroupStrings.zh.badTier(tier), en: GroupStrings.en.badTier(tier))
        }
        chosen = t
      }
      let engine = try context.deadlineEngine()
      let store = try context.openStore(create: false)
      let children = try ids.map { try store.lookup($0).uuid.uuidString }
      let parent = try store.formGroup(
        GroupCaseRequest(children: children, tier: chosen, summary: summary), engine: engine,
        by: context.actor, now: context.now)
      print(words.formed(parent.id, children.count, parent.tier.name(context.lang)))
    }
  }
}

struct GroupAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add complaints to a group case.")
  @OptionGroup var global: GlobalOptions
  @Argument(help: "The group case (母案).") var parent: String
  @Argument(help: "The complaints to add.") var children: [String]
  @Option(name: [.customLong("reason"), .customLong("note")], help: "Why they belong to it.")
  var reason: String?

  func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let p = try store.lookup(parent)
      let ids = try children.map { try store.lookup($0).uuid.uuidString }
      let added = try store.addToGroup(
        parent: p.uuid.uuidString, children: ids, reason: reason, by: context.actor,
        now: context.now)
      print(GroupStrings.forLang(context.lang).added(p.id, added.count))
    }
  }
}

struct GroupRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Take complaints out of their group case.")
  @OptionGroup var global: GlobalOptions
  @Argument(help: "The complaints to take out.") var children: [String]
  @Option(name: [.customLong("reason"), .customLong("note")], help: "Why.") var reason: String?

  func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let words = GroupStrings.forLang(context.lang)
      let found = try children.map { try store.lookup($0) }
      let parents = try found.map { try store.groupParent(of: $0)?.id ?? "" }
      _ = try store.removeFromGroup(
        children: found.map(\.uuid.uuidString), reason: reason, by: context.actor,
        now: context.now)
      for (c, p) in zip(found, parents) { print(words.removed(c.id, p)) }
    }
  }
}

struct GroupShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a group case and its complaints (phones masked).")
  @OptionGroup var global: GlobalOptions
  @Argument(help: "The group case, or one of its complaints.") var id: String

  func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      var c = try store.lookup(id)
      if let parent = try store.groupParent(of: c) { c = parent }
      let children = try store.groupChildren(of: c)
      guard !children.isEmpty else { throw GroupCaseError.notParent(id: c.id) }
      print(GroupText(lang: context.lang).parent(c, children: children).joined(separator: "\n"))
    }
  }
}
