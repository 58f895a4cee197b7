import ArgumentParser
import Foundation
import ShuoshiHub

/// `shuoshi-hub`: the street office hub (docs/HUB.md). The laptops' `shuoshi` does not link it.
@main
struct ShuoshiHubCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shuoshi-hub",
    abstract: "The street office hub: laptops sync their ledgers into PostgreSQL, scoped by unit.",
    subcommands: [
      Serve.self, AddLaptop.self, Revoke.self, Refusals.self, Pin.self, AddUser.self,
      RemoveUser.self, ListUsers.self, Bench.self,
    ])
}

/// Where the hub's PostgreSQL is.
struct DatabaseOptions: ParsableArguments {
  @Option(help: "The database, postgres://user[:password]@host[:port]/name.") var db: String?
  @Option(help: "A directory holding PostgreSQL's unix socket (instead of --db).") var socket:
    String?
  @Option(help: "With --socket: the database user.") var dbUser = "postgres"
  @Option(help: "With --socket: the database name.") var dbName = "shuoshi_hub"

  func open() async throws -> Hub {
    let database: HubDatabase
    if let db {
      database = try HubDatabase(url: db)
    } else if let socket {
      database = HubDatabase(socketDirectory: socket, user: dbUser, database: dbName)
    } else {
      throw ValidationError("give --db postgres://… or --socket DIR")
    }
    return try await Hub.open(database)
  }
}

/// `shuoshi-hub serve`.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve laptops over HTTPS.")

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var tlsOptions: HubTLSOptions
  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "Port to listen on.") var port = 8080
  @Flag(
    help:
      "Start on a temporary private PostgreSQL cluster with three demo laptops (TLS with a fresh self-signed certificate)."
  )
  var demo = false

  func run() async throws {
    // The demo's certificate lives as long as the demo; a real hub keeps one (its pin).
    let tls =
      try demo && !tlsOptions.plainHTTP && tlsOptions.tlsCert == nil
      ? HubTLSIdentity.fresh() : tlsOptions.identity()
    let scheme = tls == nil ? "http" : "https"
    var cluster: HubCluster?
    let hub: Hub
    if demo {
      let c = try HubCluster.start()
      cluster = c
      hub = try await Hub.open(HubDatabase(cluster: c))
      say("demo hub on a temporary PostgreSQL cluster in \(c.directory.path)")
      let pin = tls.map { " --pin \($0.pin.curlForm)" } ?? ""
      for (unit, name, street) in [
        ("阳光社区", "阳光-1", false), ("幸福村", "幸福-1", false), ("街道办", "街道-1", true),
      ] {
        let code = try await hub.addLaptop(unit: unit, name: name, street: street, now: Date())
        say(
          "  \(name) (\(unit)): shuoshi hub enroll \(scheme)://\(host):\(port) --code \(code.code)\(pin)"
        )
      }
      say(
        "  browser accounts: shuoshi-hub add-user --socket \(c.socketDirectory) --db-name \(HubCluster.database) --name 王主任 --role street"
      )
    } else {
      hub = try await database.open()
    }
    defer { cluster?.stop() }
    try await HubServer.serve(hub, host: host, port: port, tls: tls) { port in
      say("shuoshi-hub listening on \(scheme)://\(host):\(port)")
      if let tls { pinLines(tls).forEach(say) } else { say("plain HTTP: no TLS (--plain-http)") }
    }
  }
}

/// `shuoshi-hub add-laptop --unit U --name N`.
struct AddLaptop: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-laptop", abstract: "Add a laptop to a unit and print its one-time code.")

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var tlsOptions: HubTLSOptions
  @Option(help: "The unit (社区/村), made when new.") var unit: String
  @Option(help: "The laptop's name, e.g. 阳光-1.") var name: String
  @Flag(help: "The unit is the street office: it sees every unit.") var street = false

  func run() async throws {
    // The certificate first (made on first use): the code is no use without its pin.
    let tls = try tlsOptions.identity()
    let hub = try await database.open()
    let code = try await hub.addLaptop(unit: unit, name: name, street: street, now: Date())
    print("\(code.laptop) (\(code.unit)): one-time code \(code.code), good until \(code.expires)")
    if let tls { pinLines(tls).forEach { print($0) } }
  }
}

/// `shuoshi-hub revoke --name N`.
struct Revoke: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke", abstract: "Revoke a laptop: its token is refused from now on.")

  @OptionGroup var database: DatabaseOptions
  @Option(help: "The laptop's name.") var name: String

  func run() async throws {
    let hub = try await database.open()
    try await hub.revoke(name: name, now: Date())
    print("revoked \(name)")
  }
}

/// `shuoshi-hub refusals`: the refusal log.
struct Refusals: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refusals",
    abstract: "List the refused requests (wrong token, foreign chain, bad batch).")

  @OptionGroup var database: DatabaseOptions

  func run() async throws {
    let hub = try await database.open()
    for r in try await hub.refusals() { print("\(r.laptop ?? "-")\t\(r.reason)") }
  }
}

/// `shuoshi-hub pin`: the pin of the certificate the hub serves with, to read out again.
struct Pin: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pin", abstract: "Print the pin of the hub's certificate (laptops check it).")

  @OptionGroup var tlsOptions: HubTLSOptions

  func run() async throws {
    guard let tls = try tlsOptions.identity() else {
      throw ValidationError("a plain-HTTP hub has no certificate")
    }
    pinLines(tls).forEach { print($0) }
  }
}

/// A line on stdout at once (not held in a buffer while the server runs).
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
