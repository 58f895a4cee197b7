import ArgumentParser
import Console
import Foundation

/// `shuoshi keys`: the console's keys, from `data/keys.yaml` and the command table.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "List the console's keys (--markdown writes docs/keys.md).")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print the bilingual Markdown page (docs/keys.md is generated this way).")
  var markdown = false

  @Flag(help: "Print the compact Markdown key list the README embeds.")
  var summary = false

  mutating func run() throws {
    try Run.guarded(global, signIn: false) { context in
      let map = try ConsoleFiles(resources: context.resources).keymap()
      let text: String
      if markdown {
        text = KeyDocs.markdown(map)
      } else if summary {
        text = KeyDocs.summary(map)
      } else {
        text = KeyDocs.text(map, lang: context.lang)
      }
      print(text, terminator: "")
    }
  }
}
