import Foundation
import Testing

@testable import ShuoshiCore

/// The repository's shipped data files, found from this source file's path.
enum ShippedData {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  static func calendar(_ year: Int) throws -> YearCalendar {
    let file = "data/calendar/\(year).yaml"
    return try YearCalendar.parse(yaml: text(file), file: file)
  }

  static func routing() throws -> RoutingRules {
    try RoutingRules.parse(yaml: text("data/routing.yaml"), file: "data/routing.yaml")
  }
}

/// Runs `body` and returns the `ConfigError` it throws (nil when it does not throw).
func configError(_ body: () throws -> Void) -> ConfigError? {
  do {
    try body()
    return nil
  } catch {
    return error as? ConfigError
  }
}

@Suite struct ConfigErrorTests {
  @Test func messageNamesFileAndLine() {
    let e = ConfigError(
      file: "data/routing.yaml", line: 42, zh: "分类 “noise” 缺少 tier 字段",
      en: "category \"noise\" has no tier")
    #expect(e.message(.zh) == "data/routing.yaml:42: 分类 “noise” 缺少 tier 字段")
    #expect(e.message(.en) == "data/routing.yaml:42: category \"noise\" has no tier")
    #expect("\(e)" == e.message(.zh))
    let whole = ConfigError(file: "x.yaml", line: nil, zh: "文件是空的", en: "the file is empty")
    #expect(whole.message(.en) == "x.yaml: the file is empty")
  }

  @Test func syntaxErrorCarriesItsLine() {
    let yaml = """
      a: 1
      b: [1, 2
      c: 3
      """
    let e = configError { _ = try ConfigNode.parse(yaml: yaml, file: "bad.yaml") }
    #expect(e?.file == "bad.yaml")
    #expect(e?.line == 3)
    #expect(e?.en.contains("from line 2") == true)
    #expect(e?.message(.zh).hasPrefix("bad.yaml:3: ") == true)
    #expect(e?.zh.contains("YAML") == true)
  }

  @Test func tabIndentationIsASyntaxErrorOnItsLine() {
    let yaml = "a: 1\nb:\n\t- x\n"
    let e = configError { _ = try ConfigNode.parse(yaml: yaml, file: "t.yaml") }
    #expect(e?.line == 3)
  }

  @Test func duplicateKeyNamesItsLine() {
    let yaml = """
      year: 2026
      source: a
      year: 2027
      """
    let e = configError { _ = try ConfigNode.parse(yaml: yaml, file: "d.yaml") }
    #expect(e?.line == 3)
    #expect(e?.message(.en) == "d.yaml:3: key year appears twice (first on line 1)")
  }

  @Test func emptyFileIsAnError() {
    let e = configError { _ = try ConfigNode.parse(yaml: "# nothing\n", file: "e.yaml") }
    #expect(e == ConfigError(file: "e.yaml", line: nil, zh: "文件是空的", en: "the file is empty"))
  }
}

@Suite struct ConfigNodeTests {
  let yaml = """
    name: 说事
    count: 3
    flag: yes
    day: 2026-01-01
    words: [漏水, 噪音]
    one: 单个
    nested:
      b: 2
      a: 1
    empty:
    list:
      - x
      - [y]
    """

  @Test func readsScalarsAsWrittenText() throws {
    let root = try ConfigNode.parse(yaml: yaml, file: "n.yaml")
    #expect(try root.requiredString("name") == "说事")
    #expect(try root.optionalInt("count") == 3)
    #expect(try root.optionalBool("flag") == true)
    #expect(try root.optionalBool("missing", default: true) == true)
    // A date stays a date, not a Yams timestamp.
    #expect(try root.required("day").string() == "2026-01-01")
    #expect(try root.required("day").civilDate() == CivilDate(2026, 1, 1))
    #expect(try root.stringList("words") == ["漏水", "噪音"])
    #expect(try root.stringList("one") == ["单个"])
    #expect(try root.stringList("absent") == [])
    #expect(try root.optionalString("empty") == nil)
  }

  @Test func mappingIterationKeepsFileOrderAndLines() throws {
    let root = try ConfigNode.parse(yaml: yaml, file: "n.yaml")
    let entries = try root.required("nested").entries()
    #expect(entries.map(\.key) == ["b", "a"])
    #expect(entries.map(\.keyLine) == [8, 9])
    #expect(entries[0].value.line == 8)
    #expect(try root.entries().first?.keyLine == 1)
  }

  @Test func missingKeyNamesTheMappingLineAndLabel() throws {
    let yaml = """
      categories:
        - id: a
          tier: household
        - id: noise
          zh: 噪音
      """
    let root = try ConfigNode.parse(yaml: yaml, file: "data/routing.yaml")
    let second = try root.required("categories").items()[1]
      .labelled(zh: "分类 “noise”", en: "category \"noise\"")
    let e = configError { _ = try second.required("tier") }
    #expect(e?.message(.zh) == "data/routing.yaml:4: 分类 “noise” 缺少 tier 字段")
    #expect(e?.message(.en) == "data/routing.yaml:4: category \"noise\" has no tier")
  }

  @Test func typeErrorsNameTheNodeLine() throws {
    let root = try ConfigNode.parse(yaml: yaml, file: "n.yaml")
    let notInt = configError { _ = try root.optionalInt("name") }
    #expect(notInt?.line == 1)
    #expect(notInt?.en == "name must be a whole number, not \"说事\"")
    let notText = configError { _ = try root.requiredString("nested") }
    #expect(notText?.line == 8)
    let nestedList = configError { _ = try root.stringList("list") }
    #expect(nestedList?.line == 13)
    #expect(nestedList?.zh.contains("第 2 项") == true)
    let badDate = configError { _ = try root.required("name").civilDate() }
    #expect(badDate?.line == 1)
  }

  @Test func unknownKeysAreRejectedAtTheirLine() throws {
    let root = try ConfigNode.parse(yaml: yaml, file: "n.yaml")
    let e = configError {
      try root.checkKeys(allowed: ["name", "count", "flag", "day", "words", "one", "nested"])
    }
    #expect(e?.line == 10)
    #expect(e?.en.contains("empty") == true)
  }

  @Test func impossibleDateIsRejected() throws {
    let root = try ConfigNode.parse(yaml: "d: 2026-02-30\n", file: "n.yaml")
    #expect(configError { _ = try root.required("d").civilDate() }?.line == 1)
  }
}
