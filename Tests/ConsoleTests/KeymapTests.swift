import Foundation
import ShuoshiCore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The shipped keymap against the command table: every command reachable, no key twice in a
/// context, help and hints generated from the same bindings.
@Suite("Console keymap")
struct ConsoleKeymapTests {
  let map = ConsoleFixture.keymap

  @Test func noKeyIsBoundTwiceInAContext() {
    #expect(map.keymap.conflicts().isEmpty)
  }

  @Test func everyCommandIsBoundOrListedAsUnbound() {
    let bound = Set(map.keymap.bindings.map(\.command))
    for command in Command.allCases {
      if Command.unbound.contains(command) {
        #expect(!bound.contains(command), "\(command) is listed as unbound but bound")
      } else {
        #expect(bound.contains(command), "\(command) has no key")
      }
    }
  }

  @Test func everyBindingIsWhereItWorks() {
    for b in map.keymap.bindings {
      let context = KeyContext(rawValue: b.context)
      #expect(context != nil)
      #expect(
        context.map { b.command.contexts.contains($0) } == true, "\(b.command) in \(b.context)")
    }
  }

  @Test func theMnemonicsAreThere() {
    #expect(map.command(for: .char("n"), in: .list) == .new)
    #expect(map.command(for: .char("/"), in: .list) == .search)
    #expect(map.command(for: .enter, in: .list) == .open)
    #expect(map.command(for: .char("a"), in: .detail) == .assign)
    #expect(map.command(for: .char("e"), in: .detail) == .escalate)
    #expect(map.command(for: .char("r"), in: .detail) == .resolve)
    #expect(map.command(for: .char("q"), in: .detail) == .back)
    #expect(map.command(for: .char("?"), in: .list) == .help)
    #expect(map.command(for: .f(1), in: .form) == .help)
    #expect(map.command(for: .f(2), in: .list) == .new)
    #expect(map.command(for: .ctrl("s"), in: .form) == .save)
    for (digit, tier) in zip(["1", "2", "3", "4"], Tier.allCases) {
      #expect(map.command(for: .char(Character(digit)), in: .detail)?.tier == tier)
    }
  }

  @Test func helpShowsEveryBinding() throws {
    let f = try ConsoleFixture()
    let app = f.app()
    app.handle(.char("?"))
    let help = try #require(app.top as? HelpScreen)
    for b in map.keymap.bindings {
      let context = KeyContext(rawValue: b.context)!
      let group = help.groups.first { $0.title == Strings.zh.contextTitle(context) }
      let row = group?.rows.first { $0.summary == b.command.summary(.zh) }
      #expect(
        row?.keys.components(separatedBy: ", ").contains(b.key.label) == true,
        "\(b.key.label) → \(b.command) missing from help \(b.context)")
    }
    // And on screen: scrolling through the help shows every row.
    var seen = ""
    for _ in 0..<16 {
      seen += screen(app, 80, 24).text()
      app.handle(.pageDown)
    }
    for group in help.groups {
      for row in group.rows { #expect(seen.contains(row.summary), "\(row.summary)") }
    }
  }

  /// The text fields' editing keys (Ctrl-A/E/U/W/K, Home/End) are listed in help, in a group
  /// of their own after the keymap's contexts, and reached on screen by scrolling to the end.
  @Test func helpListsTheTextFieldEditingKeys() throws {
    let f = try ConsoleFixture()
    let app = f.app()
    app.handle(.char("?"))
    let help = try #require(app.top as? HelpScreen)
    let group = try #require(help.groups.last)
    #expect(group.title == "编辑（输入框）")
    #expect(
      group.rows.map(\.keys) == ["Ctrl-A, Home", "Ctrl-E, End", "Ctrl-U", "Ctrl-W", "Ctrl-K"])
    #expect(group.rows[3].summary == "删除光标前的一个词（一串汉字，或一串其他非空格字符）")
    app.handle(.end)
    let text = screen(app, 80, 24).text()
    for line in ["编辑（输入框）", "Ctrl-W", "删除光标前的一个词", "Ctrl-U", "删除光标后的内容"] {
      #expect(text.contains(line), "\(line) not on the last help page")
    }
    #expect(KeyDocs.summary(map).contains("`Ctrl-W` 删前一词 delete word"))
    #expect(KeyDocs.text(map, lang: .en).contains("Editing (text fields)"))
  }

  @Test func hintsNameKeysThatReallyWorkThere() {
    for context in KeyContext.allCases where context != .generic {
      for item in map.hints(for: context, lang: .zh) {
        let command = Command.allCases.first { $0.title(.zh) == item.summary }
        let key = map.keymap.bindings.first { $0.key.label == item.key }?.key
        #expect(command != nil && key != nil)
        if let command, let key {
          #expect(map.command(for: key, in: context) == command, "\(item.key) in \(context)")
          if context.hasTextField && map.keymap.command(for: key, in: context.rawValue) == nil {
            #expect(key.printable == nil, "\(item.key) would be typed into the field")
          }
        }
      }
    }
  }

  @Test func docsKeysMarkdownIsCurrent() throws {
    let url = EngineFixture.root.appendingPathComponent("docs/keys.md")
    #expect(try String(contentsOf: url, encoding: .utf8) == KeyDocs.markdown(map))
  }

  @Test func aliasesOfOneKeyAreAConflict() {
    let yaml = """
      contexts:
        list:
          <Enter>: open
          <CR>: down
      """
    #expect {
      try ConsoleKeymap.parse(yaml: yaml, file: "keys.yaml")
    } throws: { error in
      let e = error as? ConfigFileError
      return e?.line == 4 && e?.message.contains("more than once") == true
    }
  }

  @Test func aCommandBoundWhereItDoesNothingIsAnError() {
    let yaml = """
      contexts:
        search:
          <C-s>: save
      """
    #expect {
      try ConsoleKeymap.parse(yaml: yaml, file: "keys.yaml")
    } throws: { error in
      (error as? ConfigFileError)?.description
        == "keys.yaml:3: save does nothing in search (use it in: form)"
    }
  }

  @Test func unknownCommandsAndContextsNameTheLine() {
    #expect(throws: ConfigFileError.self) {
      try ConsoleKeymap.parse(yaml: "contexts:\n  list:\n    x: explode\n", file: "k.yaml")
    }
    #expect(throws: ConfigFileError.self) {
      try ConsoleKeymap.parse(yaml: "contexts:\n  dialog:\n    x: help\n", file: "k.yaml")
    }
  }

  @Test func everyCommandHasWordsInBothLanguages() {
    for command in Command.allCases {
      for lang in Lang.allCases {
        #expect(!command.title(lang).isEmpty && !command.summary(lang).isEmpty)
      }
    }
  }
}
