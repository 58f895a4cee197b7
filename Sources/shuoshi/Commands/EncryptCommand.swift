import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi encrypt`: turns a plain data directory into an encrypted one (issue 16).
struct EncryptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "encrypt",
    abstract: "Encrypt the data directory at rest (close the console first).",
    discussion:
      "Builds an encrypted copy beside the store, verifies it, then replaces the plain file.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    try Run.guarded(global) { context in
      let words = EncryptStrings.forLang(context.lang)
      guard let key = try context.siteKey() else {
        throw UsageProblem(zh: EncryptStrings.zh.noKey, en: EncryptStrings.en.noKey)
      }
      // Each step on stderr (a million cases take minutes); the result stays on stdout.
      let report = try key.encrypt(context.directory) { step in
        Stderr.warn(words.progress(step))
      }
      print(words.done(report.cases, report.events, report.backups))
      print(words.emptyBackups)
    }
  }
}
