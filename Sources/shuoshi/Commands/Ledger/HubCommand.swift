import ArgumentParser
import Console
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi hub`: this laptop's link to the street office hub (docs/HUB.md).
struct HubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub", abstract: "Link this laptop to the street office hub.",
    subcommands: [HubEnroll.self, HubRepin.self])
}

/// `shuoshi hub enroll URL --code CODE`.
struct HubEnroll: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "enroll",
    abstract:
      "Enrol with the hub using the one-time code the street office gave (shuoshi-hub add-laptop).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The hub's address, e.g. https://10.0.0.5:8443.") var url: String
  @Option(help: "The one-time enrolment code.") var code: String
  @Option(
    help:
      "The hub's certificate pin, as shuoshi-hub add-laptop printed it (sha256//… or the 64 hex digits)."
  )
  var pin: String?

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let pin = try pin.map(HubRepin.parse)
      if url.lowercased().hasPrefix("http://") { Stderr.warn(context.hubStrings.plainHTTP) }
      let link = try store.enrollWithHub(url: url, code: code, pin: pin)
      print(context.hubStrings.enrolled(link.url))
      if let pin = link.pin { print(context.hubStrings.pinned(pin.grouped)) }
    }
  }
}

/// `shuoshi hub pin PIN`: the hub's new pin after the street office changed its key.
struct HubRepin: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pin",
    abstract: "Set the hub's new certificate pin, after the street office changed its key.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The new pin, as shuoshi-hub pin printed it (sha256//… or the 64 hex digits).")
  var pin: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let link = try store.repinHub(try Self.parse(pin))
      print(context.hubStrings.repinned(link.url, link.pin?.grouped ?? ""))
    }
  }

  static func parse(_ text: String) throws -> HubPin {
    guard let pin = HubPin(parsing: text) else { throw HubSyncError.badPin }
    return pin
  }
}

/// `shuoshi sync --hub`: push then pull through the hub.
enum HubSyncRun {
  static func run(_ context: AppContext) throws {
    let store = try context.openStore(create: false)
    guard let link = try HubLink.load(from: store.directory) else { throw HubSyncError.notEnrolled }
    let report = try store.syncWithHub(
      link, now: { context.now }, options: try options(context, actor: context.actor))
    let s = context.hubStrings
    print(
      s.synced(
        report.pushed, report.pushedNew, report.pulled, report.pulledNew, report.casesTouched))
    if report.conflicts > 0 { print(s.conflicts(report.conflicts)) }
  }

  /// How a pull merges, for the CLI and the console's background sync alike: as a bundle
  /// import, linked with this site's warning rules, in `actor`'s name.
  static func options(_ context: AppContext, actor: Actor) throws -> BundleImportOptions {
    var options = BundleImportOptions()
    if let hours = context.userConfig.bundleClockSkewHours { options.clockSkew = hours * 3600 }
    options.warningRules = try context.engine().rules.warning
    options.actor = actor
    return options
  }

  /// The console's background sync when this data directory is enrolled (hub.json), else nil.
  static func background(_ context: AppContext, store: CaseStore) throws -> BackgroundSync? {
    guard let link = try HubLink.load(from: store.directory) else { return nil }
    let options = try options(context, actor: context.actor)
    let clock = context.clock
    return BackgroundSync(interval: BackgroundSyncSetting.interval(in: store.directory)) { actor in
      var options = options
      options.actor = actor
      return try store.syncWithHub(link, now: { clock.now }, options: options)
    }
  }
}
