import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi sync`: move the ledger between laptops with bundle files (USB stick, no server).
struct Sync: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Exchange records with other laptops through encrypted bundle files.",
    discussion: """
      sync export writes the events another laptop lacks (or all of them) into one file;
      sync import merges such a file here. See docs/LEDGER.md.
      sync --hub sends and receives through the street office hub instead (docs/HUB.md).
      """,
    subcommands: [SyncExport.self, SyncImport.self, SyncPeers.self])

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Sync with the street office hub this laptop enrolled with (push, then pull).")
  var hub = false

  mutating func run() throws {
    guard hub else { throw CleanExit.helpRequest(self) }
    try Run.guarded(global) { try HubSyncRun.run($0) }
  }
}

/// Where a bundle's passphrase comes from.
struct PassphraseOptions: ParsableArguments {
  @Option(
    name: .customLong("passphrase-file"),
    help:
      "Read the passphrase from this file's first line (else $SHUOSHI_PASSPHRASE, else asked on the terminal)."
  )
  var passphraseFile: String?
}

/// `shuoshi sync export --to FILE [--since-last-export-to PEER]`.
struct SyncExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write a bundle of events for another laptop.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var secret: PassphraseOptions
  @Option(help: "The bundle file to write.") var to: String
  @OptionGroup var replace: ForceOption
  @Option(
    name: .customLong("since-last-export-to"),
    help:
      "Only what was not yet exported to this peer (a name you choose, e.g. street-office); remembered per device."
  )
  var peer: String?
  @Flag(
    name: .customLong("no-encrypt"),
    help: "Write the bundle unencrypted (residents' names in the clear!).")
  var noEncrypt = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let url = URL(fileURLWithPath: to)
      // Before the passphrase is asked: an existing file is refused (kept) without --force.
      try DurableFile.check(url, existing: replace.existing)
      let store = try context.openStore(create: false)
      // Refused before the passphrase is asked (the export checks again: the rule's place).
      try context.actor.require(.exportNames)
      let bundleSecret: BundleSecret
      if noEncrypt {
        Stderr.warn(
          context.strings.unencryptedWarning)
        bundleSecret = .none
      } else {
        guard
          let p = try Passphrase.read(file: secret.passphraseFile, context: context, confirm: true)
        else {
          throw LedgerError.passphraseNeeded
        }
        bundleSecret = .passphrase(p)
      }
      let report = try store.exportBundle(
        to: url,
        options: ExportOptions(
          peer: peer, secret: bundleSecret, existing: replace.existing, actor: context.actor),
        now: context.now)
      if output.json {
        try JSONOut.print(ExportJSON(report, file: url.path))
      } else {
        print(
          context.strings.exported(
            report.events, report.devices, report.bytes, report.encrypted, url.path))
      }
    }
  }
}

/// `shuoshi sync import FILE`.
struct SyncImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Merge a bundle from another laptop (all or nothing; importing twice changes nothing).")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var secret: PassphraseOptions
  @Argument(help: "The bundle file.") var file: String
  @Flag(
    name: .customLong("allow-unencrypted"),
    help: "Take a bundle written with --no-encrypt (anyone could have written or read it).")
  var allowUnencrypted = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore()
      let passphraseFile = secret.passphraseFile
      var options = BundleImportOptions(allowUnencrypted: allowUnencrypted)
      if let hours = context.userConfig.bundleClockSkewHours { options.clockSkew = hours * 3600 }
      // The imported cases are linked with this site's warning rules, in this operator's name.
      options.warningRules = try context.engine().rules.warning
      options.actor = context.actor
      let report = try store.importBundle(
        from: URL(fileURLWithPath: file),
        passphrase: { try Passphrase.read(file: passphraseFile, context: context, confirm: false) },
        now: context.now, options: options)
      if output.json {
        try JSONOut.print(ImportJSON(report))
      } else {
        print(LedgerText(lang: context.lang).importSummary(report))
      }
    }
  }
}

/// `shuoshi sync peers`: what was last exported to each peer.
struct SyncPeers: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "peers", abstract: "Show what was last exported to each peer, per device.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    try Run.guarded(global) { context in
      let marks = try context.openStore(create: false).peerMarks()
      if marks.isEmpty { print(context.strings.noPeerExports) }
      for m in marks {
        print(
          context.strings.peerMark(m.peer, String(m.device.prefix(8)), "\(m.seq)"))
      }
    }
  }
}
