import ArgumentParser
import Console
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi hub`: this laptop's link to the street office hub (docs/HUB.md).
struct HubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub", abstract: "Link this laptop to the street office hub.",
    subcommands: [HubEnroll.self])
}

/// `shuoshi hub enroll URL --code CODE`.
struct HubEnroll: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "enroll",
    abstract:
      "Enrol with the hub using the one-time code the street office gave (shuoshi-hub add-laptop).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The hub's address, e.g. http://10.0.0.5:8080.") var url: String
  @Option(help: "The one-time enrolment code.") var code: String

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      if url.hasPrefix("http://") { Stderr.warn(context.hubStrings.plainHTTP) }
      let link = try store.enrollWithHub(url: url, code: code, transport: URLSessionHubTransport())
      print(context.hubStrings.enrolled(link.url))
    }
  }
}

/// `shuoshi sync --hub`: push then pull through the hub.
enum HubSyncRun {
  static func run(_ context: AppContext) throws {
    let store = try context.openStore(create: false)
    guard let link = try HubLink.load(from: store.directory) else { throw HubSyncError.notEnrolled }
    let report = try store.syncWithHub(
      link, transport: URLSessionHubTransport(), now: { context.now },
      options: try options(context, actor: context.actor))
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
      return try store.syncWithHub(
        link, transport: URLSessionHubTransport(), now: { clock.now }, options: options)
    }
  }
}
