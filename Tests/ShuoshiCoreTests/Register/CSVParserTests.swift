import Foundation
import ShuoshiCore
import TestSupport
import Testing

@Suite("CSV as spreadsheets write it")
struct CSVParserTests {
  @Test func quotesCommasNewlinesAndCRLF() throws {
    let text = "姓名,备注\r\n\"张三\",\"有逗号, 也有\r\n换行\"\r\n李四,\"说\"\"你好\"\"\"\r\n,\r\n王五,末行"
    let records = try CSVParser.parse(text)
    #expect(records.map(\.line) == [1, 2, 4, 6])
    #expect(records[1].fields == ["张三", "有逗号, 也有\n换行"])
    #expect(records[2].fields == ["李四", "说\"你好\""])
    #expect(records[3].fields == ["王五", "末行"])
  }

  @Test func lfCrAndTabs() throws {
    #expect(try CSVParser.parse("a,b\nc,d\n").map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(try CSVParser.parse("a,b\rc,d").map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(
      try CSVParser.parse("姓名\t电话\n张三\t139").map(\.fields) == [["姓名", "电话"], ["张三", "139"]])
    #expect(try CSVParser.parse("a,b\"c\n").first?.fields == ["a", "b\"c"])
  }

  @Test func unterminatedQuoteNamesItsLine() {
    #expect(throws: CSVError(line: 3)) { try CSVParser.parse("a\nb\n\"c,\nd\n") }
  }

  @Test func encodingsAreDetected() throws {
    let utf8 = RegisterFixtureFiles.data("households.utf8.csv")
    let bom = RegisterFixtureFiles.data("households.bom.csv")
    let gb = RegisterFixtureFiles.data("households.gb18030.csv")
    #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(data: gb, encoding: .utf8) == nil)  // really GB18030 bytes
    let a = try #require(TextDecoding.decode(utf8))
    let b = try #require(TextDecoding.decode(bom))
    let c = try #require(TextDecoding.decode(gb))
    #expect(a.encoding == .utf8)
    #expect(b.encoding == .utf8BOM)
    #expect(c.encoding == .gb18030)
    #expect(a.text == b.text)
    #expect(a.text == c.text)
    #expect(c.text.contains("钱多多"))
    #expect(TextDecoding.decode(Data([0x41, 0xFF, 0xFE, 0x80, 0xFF])) == nil)
    let utf16 = try #require("姓名\t电话\n".data(using: .utf16))
    #expect(TextDecoding.decode(utf16)?.encoding == .utf16)
    #expect(TextDecoding.decode(utf16)?.text == "姓名\t电话\n")
  }

  @Test func headersInChineseOrEnglish() throws {
    let t = try ImportTable.read(
      "\u{FEFF}姓名,联系电话（手机）,角色 *,社区/村,爱好\n张三,139,党员志愿者,六堰社区,下棋\n", kind: .people,
      file: "p.csv")
    #expect(t.rows.first?["name"] == "张三")
    #expect(t.rows.first?["phone"] == "139")
    #expect(t.rows.first?["role"] == "党员志愿者")
    #expect(t.ignoredHeaders == ["爱好"])
    #expect(throws: ImportError.self) {
      try ImportTable.read("phone\n139\n", kind: .people, file: "p.csv")
    }
  }

  @Test func overlongCellsAreRefusedWithTheirLines() {
    let long = String(repeating: "漏", count: ImportTable.maximumCellLength + 1)
    let fits = String(repeating: "漏", count: ImportTable.maximumCellLength)
    let text = "姓名,电话,角色\n张三,139,党员\n李四,\(long),党员\n王五,138,\(long)\n"
    #expect(throws: Never.self) {
      try ImportTable.read("姓名,备注\n张三,\(fits)\n", kind: .households, file: "h.csv")
    }
    do {
      _ = try ImportTable.read(text, kind: .people, file: "p.csv")
      Issue.record("an overlong cell was read")
    } catch {
      #expect(error.problems.map(\.line) == [3, 4])
      #expect(error.problems[0].zh.contains("“电话”一栏有 501 个字"))
    }
  }

  @Test func controlCharactersAndFieldBoundsAreRefusedWithFileLineAndColumn() {
    // An escape sequence in a name (OSC 0 sets a terminal's title) is refused, not stripped.
    let text =
      "姓名,电话,角色\n张三,139,党员\n\"李\u{1B}]0;pwned\u{07}四\",138,党员\n"
      + "\(String(repeating: "王", count: 65)),137,党员\n赵六,136,网格员\u{9B}\n"
    do {
      _ = try ImportTable.read(text, kind: .people, file: "people.csv")
      Issue.record("a cell with an escape sequence was read")
    } catch {
      #expect(error.problems.map(\.line) == [3, 4, 5])
      #expect(
        error.problems[0].message(.zh) == "people.csv:3: “姓名”一栏含有控制字符 U+001B（不会自动删除：请在表格中清除后再导入）")
      #expect(
        error.problems[0].message(.en).contains(
          "the \"姓名\" cell contains the control character U+001B"))
      #expect(error.problems[1].zh.contains("“姓名”一栏有 65 个字，超过上限 64"))
      #expect(error.problems[1].en.contains("over the limit of 64"))
      #expect(error.problems[2].zh.contains("“角色”一栏含有控制字符 U+009B"))
    }
    // A line break inside a quoted note is free text, and allowed there.
    #expect(throws: Never.self) {
      try ImportTable.read("姓名,备注\n张三,\"独居\n腿脚不便\"\n", kind: .households, file: "h.csv")
    }
  }
}
