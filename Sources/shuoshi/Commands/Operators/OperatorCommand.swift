import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi operator`: who may sign in at this laptop, and with which role
/// (docs/SECURITY.md, "Operators, keys and roles").
struct OperatorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "operator",
    abstract: "Operators who sign in: add, remove, list, passwd (new PIN), recover (recovery key).",
    subcommands: [
      OperatorAdd.self, OperatorRemove.self, OperatorList.self, OperatorPasswd.self,
      OperatorRecover.self,
    ])
}

struct OperatorAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract:
      "Add an operator (needs 片区/街道). On a data directory without operators, sets sign-in up: the first is 片区/街道, and the recovery key is printed once.",
    discussion: "The new PIN is asked twice on the terminal, or read from $SHUOSHI_NEW_PIN.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The operator's name, as it will appear on every event.") var name: String
  @Option(help: "grid (网格员/楼栋长), unit (社区干部), street (片区/街道) or auditor (审计).")
  var role: String?
  @Option(help: "The grid a 网格员/楼栋长 looks after (its id in the register).") var grid: String?

  mutating func run() throws {
    try Run.guarded(global) { context in
      let s = context.operatorStrings
      let role = try role.map(Self.parseRole) ?? .unit
      guard let actor = context.signedIn else {
        // The first operator: sign-in starts now, and they are 片区/街道.
        try FirstOperator.create(named: name, context)
        return
      }
      var ring = try Keyring.load(from: context.directory)!
      // Refused before the PIN is asked, when the role cannot add anyone.
      if let refusal = RolePolicy.refusal(.manageOperators, by: actor.info.holder) {
        throw KeyringError.refused(refusal)
      }
      let pin = try context.readNewPIN(for: name)
      let added = try ring.add(
        NewOperator(name: name, role: role, grid: grid), secret: pin, by: actor)
      print(s.added(added.name, added.role.name(context.lang), added.grid))
      try OperatorAudit.record(.added, added, by: actor.info, context)
    }
  }

  static func parseRole(_ text: String) throws -> OperatorRole {
    guard let role = OperatorRole.parse(text) else {
      throw UsageProblem(
        zh: "--role 应为 grid（网格员/楼栋长）、unit（社区干部）、street（片区/街道）或 auditor（审计）",
        en: "--role must be grid, unit, street or auditor")
    }
    return role
  }
}

struct OperatorRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove an operator (needs 片区/街道); their events keep their name.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The operator's name.") var name: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      guard let actor = context.signedIn, var ring = try Keyring.load(from: context.directory)
      else { throw KeyringError.noKeyring(path: context.directory.path) }
      let removed = try ring.remove(name, by: actor)
      print(context.operatorStrings.removed(removed.name))
      try OperatorAudit.record(.removed, removed, by: actor.info, context)
    }
  }
}

struct OperatorList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the operators, their roles and grids.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let s = context.operatorStrings
      guard let ring = try Keyring.load(from: context.directory) else {
        print(s.noSignIn)
        return
      }
      print(s.listHeader)
      for op in ring.operators {
        print(s.listRow(op.name, op.role.name(context.lang), op.grid, op.failures))
      }
    }
  }
}

struct OperatorPasswd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "passwd",
    abstract: "Change the signed-in operator's PIN (no data is re-encrypted).",
    discussion: "Sign in as usual; the new PIN is asked twice, or read from $SHUOSHI_NEW_PIN.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    try Run.guarded(global) { context in
      guard let actor = context.signedIn, var ring = try Keyring.load(from: context.directory)
      else { throw KeyringError.noKeyring(path: context.directory.path) }
      let pin = try context.readNewPIN(for: actor.info.name)
      try ring.changeSecret(of: actor, to: pin)
      print(context.operatorStrings.changed(actor.info.name))
      try OperatorAudit.record(.changedPIN, actor.info, by: actor.info, context)
    }
  }
}

struct OperatorRecover: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recover",
    abstract: "Set a new PIN for an operator with the recovery key from the street office's safe.",
    discussion:
      "The recovery key is asked on the terminal (or read from $SHUOSHI_RECOVERY_KEY); the new PIN twice (or $SHUOSHI_NEW_PIN)."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The operator's name.") var name: String

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      guard var ring = try Keyring.load(from: context.directory) else {
        throw KeyringError.noKeyring(path: context.directory.path)
      }
      let s = context.operatorStrings
      guard
        let typed = context.environment["SHUOSHI_RECOVERY_KEY"]
          ?? Terminal.ask(s.recoveryPrompt)
      else { throw KeyringError.badRecoveryKey }
      let pin = try context.readNewPIN(for: name)
      let person = try ring.recover(name, recoveryKey: typed, newSecret: pin)
      print(s.recovered(person.info.name))
      try OperatorAudit.record(.recovered, person.info, by: person.info, context)
    }
  }
}
