import ArgumentParser
import Foundation
import ShuoshiHub

#if canImport(Glibc)
  import Glibc
#endif

/// `shuoshi-hub add-user --name 王主任 --role street|unit [--unit 阳光社区]`: a browser account.
struct AddUser: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-user",
    abstract: "Add a browser account (street: every unit; unit: its own unit only).",
    discussion: """
      The password is read twice from the terminal (not shown), or from --password-file (its
      first line) for scripts. At least 8 letters or digits (a Chinese character counts 2).
      """)

  @OptionGroup var database: DatabaseOptions
  @Option(help: "The account's name, e.g. 王主任.") var name: String
  @Option(help: "street | unit.") var role: String
  @Option(help: "With --role unit: the unit (as added with add-laptop).") var unit: String?
  @Option(help: "Read the password from this file's first line.") var passwordFile: String?

  func run() async throws {
    guard let role = HubAccount.Role(rawValue: role) else {
      throw ValidationError("--role is street or unit")
    }
    let password = try readPassword()
    let hub = try await database.open()
    do {
      try await hub.addUser(name: name, role: role, unit: unit, password: password)
    } catch let e as HubAccountError {
      throw ValidationError(e.description)
    }
    print("已添加 \(name)（\(role == .street ? "街道" : unit ?? "")）")
  }

  func readPassword() throws -> String {
    if let passwordFile {
      guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
        throw ValidationError("cannot read \(passwordFile)")
      }
      return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }
    guard isatty(0) == 1 else {
      throw ValidationError("no terminal to read the password from: give --password-file")
    }
    let first = String(cString: getpass("密码："))
    let second = String(cString: getpass("再输一次："))
    guard first == second else { throw ValidationError("两次输入的密码不一样") }
    return first
  }
}

/// `shuoshi-hub remove-user --name N`: the account and its sessions end at once.
struct RemoveUser: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove-user", abstract: "Remove a browser account (its sessions end at once).")

  @OptionGroup var database: DatabaseOptions
  @Option(help: "The account's name.") var name: String

  func run() async throws {
    let hub = try await database.open()
    do { try await hub.removeUser(name: name) } catch let e as HubAccountError {
      throw ValidationError(e.description)
    }
    print("已删除 \(name)")
  }
}

/// `shuoshi-hub list-users`.
struct ListUsers: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list-users", abstract: "List the browser accounts.")

  @OptionGroup var database: DatabaseOptions

  func run() async throws {
    let hub = try await database.open()
    for u in try await hub.users() {
      print("\(u.name)\t\(u.role.rawValue)\t\(u.unit ?? "-")")
    }
  }
}
