import Testing

@testable import TerminalUI

/// A stand-in for the app's command enum.
private enum Cmd: String, Hashable, Sendable, CaseIterable {
  case help, back, down, up, open, save, search, quit
}

@Suite("Keymap")
struct KeymapTests {
  static let yaml = """
    # test keymap
    contexts:
      generic:
        "<F1>": help
        "?": help
        q: back
        "<C-c>": quit
      list:
        j: down
        <Down>: down
        k: up
        <Enter>: open
        q: quit
      form:
        <C-s>: save
        <F2>: save
    """

  private func load(_ text: String = yaml, file: String = "data/keys.yaml") throws(ConfigFileError)
    -> Keymap<Cmd>
  {
    try Keymap<Cmd>.parse(yaml: text, file: file) { Cmd(rawValue: $0) }
  }

  @Test func lookupTriesContextsInOrderThenGeneric() throws {
    let map = try load()
    #expect(map.lookup(.char("j"), contexts: ["list"]) == .down)
    #expect(map.lookup(.char("q"), contexts: ["list"]) == .quit)  // list shadows generic
    #expect(map.lookup(.char("q"), contexts: ["form"]) == .back)  // falls back to generic
    #expect(map.lookup(.f(1), contexts: ["form", "list"]) == .help)
    #expect(map.lookup(.f(2), contexts: ["list", "form"]) == .save)
    #expect(map.lookup(.char("x"), contexts: ["list"]) == nil)
    #expect(map.lookup(.enter, contexts: []) == nil)
    #expect(map.command(for: .char("q"), in: "generic") == .back)
  }

  @Test func keysForACommand() throws {
    let map = try load()
    #expect(map.keys(for: .help) == [.f(1), .char("?")])
    #expect(map.keys(for: .down, contexts: ["list"]) == [.char("j"), .down])
    // q is shadowed by list's quit, so in list only generic's other keys reach `back`.
    #expect(map.keys(for: .back, contexts: ["list"]) == [])
    #expect(map.keys(for: .back, contexts: ["form"]) == [.char("q")])
    #expect(map.contexts == ["generic", "list", "form"])
    #expect(map.bindings(in: "form").map(\.command) == [.save, .save])
  }

  @Test func bindingsRememberTheirLines() throws {
    let map = try load()
    #expect(map.bindings(in: "list").first?.line == 9)
  }

  @Test func noConflictsInACleanMap() throws {
    #expect(try load().conflicts().isEmpty)
  }

  @Test func duplicateKeysInAContextAreReported() throws {
    let text = """
      contexts:
        list:
          <Enter>: open
          <CR>: down
          j: down
          <C-m>: up
        form:
          <Enter>: save
      """
    let map = try load(text)
    let conflicts = map.conflicts()
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.context == "list")
    #expect(conflicts.first?.key == .enter)
    #expect(conflicts.first?.bindings.map(\.command) == [.open, .down, .up])
    #expect(conflicts.first?.bindings.map(\.line) == [3, 4, 6])
    #expect(map.lookup(.enter, contexts: ["list"]) == .open)  // the first one wins
  }

  @Test func bindingInCode() {
    var map = Keymap<Cmd>()
    map.bind(.char("/"), to: .search, in: "list")
    map.bind(.f(1), to: .help)
    #expect(map.lookup(.char("/"), contexts: ["list"]) == .search)
    #expect(map.lookup(.f(1), contexts: ["list"]) == .help)
  }

  @Test func unknownCommandNamesFileAndLine() {
    let text = "contexts:\n  list:\n    j: down\n    k: upp\n"
    #expect {
      try self.load(text, file: "data/keys.yaml")
    } throws: { error in
      let e = error as? ConfigFileError
      return e?.line == 4 && e?.file == "data/keys.yaml"
        && e?.description.hasPrefix("data/keys.yaml:4:") == true
        && e?.message.contains("unknown command \"upp\"") == true
    }
  }

  @Test func otherErrorsNameTheLine() {
    let cases: [(String, Int, String)] = [
      ("contexts:\n  list:\n    <Nope>: down\n", 3, "unknown key"),
      ("contexts:\n  list:\n    j: down\n    j: up\n", 3, "duplicate key \"j\""),
      ("keys:\n  list: {}\n", 1, "unknown key \"keys\""),
      ("contexts:\n  list: [j, k]\n", 2, "must be a mapping"),
      ("contexts:\n  list:\n    j: down\n   bad indent: x\n", 4, "did not find expected key"),
    ]
    for (text, line, fragment) in cases {
      do {
        _ = try load(text)
        Issue.record("expected an error for \(text)")
      } catch {
        #expect(error.line == line, "\(error)")
        #expect(error.description.contains(fragment), "\(error)")
      }
    }
  }

  @Test func unknownContextsWhenTheyAreListed() {
    do {
      _ = try Keymap<Cmd>.parse(
        yaml: "contexts:\n  generic: {}\n  lsit:\n    j: down\n", file: "k.yaml",
        knownContexts: ["list", "form"]
      ) { Cmd(rawValue: $0) }
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "k.yaml:3:3: unknown context \"lsit\"")
    }
  }
}
