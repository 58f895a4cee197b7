import Foundation
import Testing

@testable import TerminalUI

@Suite("Theme")
struct ThemeTests {
  @Test func loadsStylesAndFillsMissingRolesFromTheDefault() throws {
    let yaml = """
      name: tiny
      roles:
        header: { fg: bright-white, bg: 22, attrs: [bold, underline] }
        warning: { fg: "#ff0000", attrs: reverse }
      """
    let theme = try Theme.load(yaml: yaml, file: "tiny.yaml")
    #expect(theme.name == "tiny")
    #expect(
      theme.style(for: .header) == Style(.brightWhite, on: .indexed(22), [.bold, .underline]))
    #expect(theme.style(for: .warning) == Style(.indexed(196), on: .terminalDefault, .reverse))
    #expect(theme.style(for: .selected) == Theme.builtinDefault.style(for: .selected))
    for role in Role.standard { #expect(theme.styles[role] != nil, "\(role)") }
    // A role no theme names draws like normal.
    #expect(theme.style(for: Role("custom")) == theme.style(for: .normal))
  }

  @Test func monoBaseFillsFromMono() throws {
    let theme = try Theme.load(yaml: "base: mono\nroles: {}\n", file: "m.yaml")
    #expect(theme.styles == Theme.mono.styles)
    #expect(theme.name == "m")
  }

  @Test func errorsNameFileAndLine() {
    let cases: [(String, Int, String)] = [
      ("roles:\n  normal: {}\n  header: { fg: purpel }\n", 3, "unknown colour \"purpel\""),
      (
        "roles:\n  header:\n    fg: red\n    attrs: [bold, blink]\n", 4,
        "unknown attribute \"blink\""
      ),
      ("roles:\n  headr: { fg: red }\n", 2, "unknown role \"headr\""),
      ("roles:\n  header: { fg: red, colour: blue }\n", 2, "unknown key \"colour\""),
      ("name: x\ncolours: {}\n", 2, "unknown key \"colours\""),
      ("roles:\n  header: { fg: 256 }\n", 2, "unknown colour \"256\""),
      ("roles:\n  header: [red]\n", 2, "must be a mapping"),
      ("roles:\n  header: { fg: red\n", 3, "did not find expected"),  // YAML syntax
      ("base: fancy\n", 1, "unknown base theme"),
    ]
    for (yaml, line, fragment) in cases {
      do {
        _ = try Theme.load(yaml: yaml, file: "themes/bad.yaml")
        Issue.record("expected an error for \(yaml)")
      } catch {
        #expect(error.file == "themes/bad.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.description.hasPrefix("themes/bad.yaml:\(line):"), "\(error)")
        #expect(error.description.contains(fragment), "\(error)")
      }
    }
  }

  @Test func extraRolesAreAccepted() throws {
    let t = try Theme.load(
      yaml: "roles:\n  badge: { fg: red }\n", file: "x.yaml", extraRoles: ["badge"])
    #expect(t.style(for: "badge").foreground == .red)
  }

  @Test func colourParsing() {
    #expect(ThemeColor(parsing: "default") == .terminalDefault)
    #expect(ThemeColor(parsing: "red") == .red)
    #expect(ThemeColor(parsing: "bright-red") == .brightRed)
    #expect(ThemeColor(parsing: "brightBlue") == .brightBlue)
    #expect(ThemeColor(parsing: "Bright_Cyan") == .brightCyan)
    #expect(ThemeColor(parsing: "grey") == .brightBlack)
    #expect(ThemeColor(parsing: "255") == .indexed(255))
    #expect(ThemeColor(parsing: "#000000") == .indexed(16))
    #expect(ThemeColor(parsing: "#ffffff") == .indexed(231))
    #expect(ThemeColor(parsing: "purple") == nil)
    #expect(ThemeColor(parsing: "-1") == nil)
    for i in 0...255 {
      let c = ThemeColor.indexed(UInt8(i))
      #expect(ThemeColor(parsing: c.description) == c)
    }
  }

  @Test func reducingColours() {
    #expect(ThemeColor.indexed(196).reduced(toColors: 256) == .indexed(196))
    #expect(ThemeColor.indexed(196).reduced(toColors: 16) == .brightRed)  // pure red
    #expect(ThemeColor.indexed(196).reduced(toColors: 8) == .red)
    #expect(ThemeColor.indexed(21).reduced(toColors: 16) == .blue)  // xterm blue is 0,0,238
    #expect(ThemeColor.indexed(232).reduced(toColors: 16) == .black)  // darkest grey
    #expect(ThemeColor.indexed(231).reduced(toColors: 16) == .brightWhite)
    #expect(ThemeColor.indexed(250).reduced(toColors: 16) == .white)
    #expect(ThemeColor.indexed(244).reduced(toColors: 16) == .brightBlack)
    #expect(ThemeColor.brightGreen.reduced(toColors: 8) == .green)
    #expect(ThemeColor.red.reduced(toColors: 2) == .terminalDefault)
    #expect(ThemeColor.terminalDefault.reduced(toColors: 8) == .terminalDefault)
    // Grey text on 8 colours would be black on black: default colour, dimmed.
    let muted = Style(.brightBlack).reduced(toColors: 8)
    #expect(muted == Style(foreground: .terminalDefault, attributes: .dim))
    for i in 0...255 {
      guard case .indexed(let j) = ThemeColor.indexed(UInt8(i)).reduced(toColors: 16) else {
        Issue.record("\(i) lost its colour")
        continue
      }
      #expect(j < 16)
    }
  }

  @Test func effectiveThemeHonoursNoColorAndFewColours() {
    let t = Theme.builtinDefault
    #expect(Theme.effective(t, colors: 256, environment: ["NO_COLOR": "1"]) == .mono)
    #expect(Theme.effective(t, colors: 256, environment: ["NO_COLOR": ""]) == t)
    #expect(Theme.effective(t, colors: 2, environment: [:]) == .mono)
    #expect(Theme.effective(t, colors: 0, environment: [:]) == .mono)
    let eight = Theme.effective(t, colors: 8, environment: [:])
    for style in eight.styles.values {
      for c in [style.foreground, style.background] {
        if case .indexed(let i) = c { #expect(i < 8) }
      }
    }
  }

  @Test func monoHasNoColours() {
    for role in Role.standard {
      let s = Theme.mono.style(for: role)
      #expect(s.foreground == .terminalDefault && s.background == .terminalDefault, "\(role)")
    }
  }

  static let shipped = ["default", "light", "high-contrast", "mono"]

  @Test(arguments: shipped)
  func shippedThemeParsesAndNamesEveryRole(_ name: String) throws {
    let url = repoRoot().appendingPathComponent("themes/\(name).yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    let theme = try Theme.load(yaml: text, file: "themes/\(name).yaml")
    #expect(theme.name == name)
    #expect(text.hasPrefix("#"), "a comment header")
    // Every role is written out in the file, not just filled from the base.
    let bare = try Theme.load(
      yaml: text.replacingOccurrences(of: "base: default", with: "base: mono"), file: name)
    for role in Role.standard {
      #expect(text.contains("  \(role.name):"), "\(name) lacks \(role)")
      #expect(bare.styles[role] != nil)
    }
  }

  @Test func shippedDefaultAndMonoMatchTheBuiltIns() throws {
    let root = repoRoot().appendingPathComponent("themes")
    let def = try Theme.load(contentsOf: root.appendingPathComponent("default.yaml"))
    let mono = try Theme.load(contentsOf: root.appendingPathComponent("mono.yaml"))
    #expect(def.styles == Theme.builtinDefault.styles)
    #expect(mono.styles == Theme.mono.styles)
  }

  @Test func missingFileIsAConfigError() {
    #expect(throws: ConfigFileError.self) {
      try Theme.load(contentsOf: URL(fileURLWithPath: "/nonexistent/theme.yaml"))
    }
  }
}
