import Foundation
import ShuoshiCore

@testable import ShuoshiStore

/// How many iterations a fuzz test runs and from which seed: the test's reduced count (what CI
/// runs) times `SHUOSHI_FUZZ_SCALE` (`tests/fault/run.sh --full` sets 10), from
/// `SHUOSHI_FUZZ_SEED` (default fixed, so a failure replays exactly; each message names the
/// seed and iteration).
struct FuzzBudget {
  let iterations: Int
  let seed: UInt64

  init(reduced: Int, seed: UInt64) {
    let env = ProcessInfo.processInfo.environment
    iterations = reduced * (env["SHUOSHI_FUZZ_SCALE"].flatMap(Int.init) ?? 1)
    self.seed = env["SHUOSHI_FUZZ_SEED"].flatMap(UInt64.init) ?? seed
  }

  /// The generator for iteration `i`: each iteration replays on its own from (seed, i).
  func random(_ i: Int) -> SeededRandom {
    SeededRandom(seed: seed &* 0x1000_0000_01B3 &+ UInt64(i))
  }
}

/// Keeps a failing input where a person can replay it (`shuoshi import … FILE`).
enum FuzzArtifacts {
  static let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "shuoshi-fuzz-failures")

  @discardableResult
  static func keep(_ data: Data, name: String) -> String {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try? data.write(to: url)
    return url.path
  }
}

/// A seeded mutator of file bytes: bit flips, truncation, deletions, duplicated ranges, and
/// the fragments that break text files: quotes, separators, line ends, NUL, BOM pieces,
/// invalid UTF-8, broken GB18030 sequences, huge fields, runs of Chinese numerals.
struct Mutator {
  var rng: SeededRandom
  /// What each mutation did, for the failure message.
  var log: [String] = []

  /// Keep the bytes decodable (mutations that make CSV, not encoding, trouble): cuts and
  /// copies only at `,` or line ends (never inside a UTF-8 or GB18030 character), fragments
  /// that are text, in the file's own encoding.
  var textSafe = false

  init(_ rng: SeededRandom) { self.rng = rng }

  mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
  mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

  /// Byte fragments that mean something to a CSV reader or a text decoder.
  static let fragments: [(String, [UInt8])] = [
    ("quote", Array("\"".utf8)), ("doubled quote", Array("\"\"".utf8)),
    ("comma", Array(",".utf8)), ("quoted comma", Array("\",\"".utf8)),
    ("LF", [0x0A]), ("CR", [0x0D]), ("CRLF", [0x0D, 0x0A]), ("quote LF", Array("\"\n".utf8)),
    ("tab", [0x09]), ("NUL", [0x00]), ("NULs", [0, 0, 0, 0]), ("DEL", [0x7F]),
    ("BOM", [0xEF, 0xBB, 0xBF]), ("half BOM", [0xEF, 0xBB]), ("UTF-16 LE BOM", [0xFF, 0xFE]),
    ("UTF-16 BE BOM", [0xFE, 0xFF]), ("bad UTF-8 c3 28", [0xC3, 0x28]), ("lone ff", [0xFF]),
    ("surrogate ed a0 80", [0xED, 0xA0, 0x80]), ("overlong c0 af", [0xC0, 0xAF]),
    ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("cut 3-byte", [0xE6, 0xB0]),
    ("GB18030 lone lead", [0x81]), ("GB18030 cut 4-byte", [0x81, 0x30]),
    ("GB18030 cut 4-byte 3", [0x81, 0x30, 0x81]), ("GB18030 bad trail", [0x81, 0x7F]),
    ("GBK 水", [0xCB, 0xAE]), ("C1 control", [0xC2, 0x85]), ("U+2028", [0xE2, 0x80, 0xA8]),
    ("RLO", [0xE2, 0x80, 0xAE]), ("zero width joiner", [0xE2, 0x80, 0x8D]),
    ("emoji", Array("😀👨‍👩‍👧🇨🇳".utf8)), ("full-width digits", Array("３栋２单元５０２".utf8)),
    ("Chinese numerals", Array("九九九九九九九九九九九九九九九九九九九九九栋".utf8)),
    ("long digits", Array("99999999999999999999999999999999栋".utf8)),
    ("header words", Array("姓名,电话,地址,社区/村,网格,角色".utf8)),
    ("yes/no", Array("是,否,√,×".utf8)), ("brackets", Array("(13800000000)（）".utf8)),
    ("separators", Array("、，;；/".utf8)), ("dash address", Array("3-2-502".utf8)),
    ("equals formula", Array("=cmd|' /C calc'!A0".utf8)),
  ]

  /// Text fragments for `textSafe` mode.
  static let textFragments: [String] = [
    "\"", "\"\"", ",", "\",\"", "\n", "\r", "\r\n", "\"\n", "\t", "\u{0}", "\u{FEFF}", "😀👨‍👩‍👧🇨🇳",
    "３栋２单元５０２", "九九九九九九九九九九九九九九九九九九九九九栋", "99999999999999999999999999999999栋",
    "姓名,电话,地址,社区/村,网格,角色", "是,否,√,×", "(13800000000)（）", "、，;；/", "3-2-502",
    "三组十五号", "第一网格", "六堰社区", "七里垭村", "网格长;楼栋长", "=cmd|' /C calc'!A0", " ",
    "\u{3000}", "\u{2028}", "\u{85}", "\u{202E}", "e\u{301}",
  ]

  /// Whole cells a spreadsheet might hold, put in place of one cell of a row.
  static let cells: [String] = [
    String(repeating: "九", count: 21) + "栋2单元502", "第" + String(repeating: "九", count: 25) + "网格",
    String(repeating: "9", count: 40) + "栋2单元502", "", " ", "\"", "\"\"", "=1+1",
    String(repeating: "😀", count: 100), String(repeating: "漏", count: 70_000), "\u{0}", "3栋", "是否",
    String(repeating: "13800000000", count: 10), "-", "3-2-502-1-1",
    String(repeating: "一二三四五六七八九零", count: 3) + "组15号", "（）", "\u{202E}", "ＡＢＣ", "e\u{301}",
    "网格长;网格长;街道办",
  ]

  /// Applies 1–`most` mutations to `bytes`.
  mutating func mutate(_ bytes: [UInt8], most: Int = 3) -> [UInt8] {
    var b = bytes
    for _ in 0..<int(1..<(most + 1)) { b = mutateOnce(b) }
    return b
  }

  /// A position right after a `,` or a line end (or the start or end): safe to cut or
  /// insert at in UTF-8 and GB18030 alike.
  private mutating func boundary(_ b: [UInt8]) -> Int {
    var i = int(0..<(b.count + 1))
    while i > 0 && b[i - 1] != 0x2C && b[i - 1] != 0x0A && b[i - 1] != 0x0D { i -= 1 }
    return i
  }

  /// `text` in the encoding `b` is in (GB18030 when it is not UTF-8).
  private func encoded(_ text: String, like b: [UInt8]) -> [UInt8] {
    if String(bytes: b, encoding: .utf8) != nil { return Array(text.utf8) }
    return TextDecoding.encodeGB18030(text).map { [UInt8]($0) } ?? Array(text.utf8)
  }

  mutating func mutateOnce(_ input: [UInt8]) -> [UInt8] {
    textSafe ? mutateText(input) : mutateBytes(input)
  }

  private mutating func mutateText(_ input: [UInt8]) -> [UInt8] {
    var b = input
    let at = boundary(b)
    switch int(0..<12) {
    case 10, 11:
      var ls = lines(b)
      guard !ls.isEmpty else { return b }
      let i = chance(0.1) || ls.count < 2 ? 0 : int(1..<ls.count)
      var cells = ls[i].split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
      let j = int(0..<cells.count)
      let cell = pick(Self.cells)
      cells[j] = encoded(cell, like: b)
      ls[i] = Array(cells.joined(separator: [0x2C]))
      log.append("cell \(j + 1) of line \(i + 1) = \(cell.prefix(24).debugDescription)")
      return Array(ls.joined(separator: [0x0A]))
    case 0:
      b = Array(b.prefix(at))
      log.append("truncate at \(at)")
    case 1:
      let end = max(at, boundary(b))
      b.removeSubrange(at..<end)
      log.append("delete \(at)..<\(end)")
    case 2, 3, 4:
      let text = pick(Self.textFragments)
      let n = chance(0.2) ? int(2..<50) : 1
      b.insert(contentsOf: encoded(String(repeating: text, count: n), like: b), at: at)
      log.append("insert \(text.debugDescription) ×\(n) at \(at)")
    case 5:
      let unit = pick(["九", "a", "1", "栋", "\"", ",", "\n", "漏", "😀"])
      let n = chance(0.1) ? 300_000 : pick([300, 5_000, 70_000])
      b.insert(contentsOf: encoded(String(repeating: unit, count: n), like: b), at: at)
      log.append("huge run of \(unit.debugDescription) ×\(n) at \(at)")
    case 6: b = duplicateLine(b, header: chance(0.5))
    case 7: b = shuffleColumns(b)
    case 8: b = swapLines(b)
    default:
      let from = boundary(b)
      let to = max(from, boundary(b))
      b.insert(contentsOf: b[from..<to], at: at)
      log.append("copy \(from)..<\(to) to \(at)")
    }
    return b
  }

  private mutating func mutateBytes(_ input: [UInt8]) -> [UInt8] {
    var b = input
    let at = int(0..<(b.count + 1))
    switch int(0..<16) {
    case 0 where !b.isEmpty:
      let i = int(0..<b.count)
      b[i] ^= 1 << UInt8(int(0..<8))
      log.append("flip bit at \(i)")
    case 1 where !b.isEmpty:
      let i = int(0..<b.count)
      b[i] = UInt8(int(0..<256))
      log.append("byte \(i) = \(b[i])")
    case 2:
      b = Array(b.prefix(at))
      log.append("truncate at \(at)")
    case 3 where !b.isEmpty:
      let len = min(b.count - min(at, b.count), int(1..<64))
      b.removeSubrange(min(at, b.count)..<(min(at, b.count) + len))
      log.append("delete \(len) at \(at)")
    case 4, 5, 6:
      let (name, frag) = pick(Self.fragments)
      let n = chance(0.2) ? int(2..<50) : 1
      b.insert(contentsOf: Array([[UInt8]](repeating: frag, count: n).joined()), at: at)
      log.append("insert \(name) ×\(n) at \(at)")
    case 7 where !b.isEmpty:
      let from = int(0..<b.count)
      let len = min(b.count - from, int(1..<200))
      b.insert(contentsOf: b[from..<(from + len)], at: at)
      log.append("copy \(len) from \(from) to \(at)")
    case 8:
      // A huge field: a run of one character from the file or of a chosen one.
      let unit: [UInt8] =
        chance(0.5)
        ? Array(pick(["九", "a", "1", "栋", "\"", ",", "\n", "漏"]).utf8) : characterAt(b, at)
      let n = chance(0.1) ? 300_000 : pick([300, 5_000, 70_000])
      b.insert(contentsOf: Array([[UInt8]](repeating: unit, count: n).joined()), at: at)
      log.append("huge run of \(unit) ×\(n) at \(at)")
    case 9:
      b = duplicateLine(b, header: chance(0.5))
    case 10:
      b = shuffleColumns(b)
    case 11:
      b = swapLines(b)
    case 12:
      b = b + b
      log.append("file twice")
    case 13:
      b = reencode(b)
    case 14 where !b.isEmpty:
      // Random bytes somewhere: binary junk.
      let n = int(1..<32)
      b.insert(contentsOf: (0..<n).map { _ in UInt8(int(0..<256)) }, at: at)
      log.append("insert \(n) random bytes at \(at)")
    default:
      let end = b.lastIndex(of: 0x0A).map { $0 } ?? b.count
      b = Array(b.prefix(end))
      log.append("drop the last line end")
    }
    return b
  }

  /// The UTF-8 character whose bytes include `at` (or `x`).
  private func characterAt(_ b: [UInt8], _ at: Int) -> [UInt8] {
    guard at < b.count else { return Array("x".utf8) }
    var start = at
    while start > 0 && b[start] & 0xC0 == 0x80 { start -= 1 }
    var end = start + 1
    while end < b.count && b[end] & 0xC0 == 0x80 { end += 1 }
    return Array(b[start..<end])
  }

  private func lines(_ b: [UInt8]) -> [[UInt8]] {
    b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  private mutating func duplicateLine(_ b: [UInt8], header: Bool) -> [UInt8] {
    var ls = lines(b)
    guard !ls.isEmpty else { return b }
    if header {
      // The header's columns twice on one line, or the header line again in the middle.
      if chance(0.5) {
        ls[0] = ls[0] + Array(",".utf8) + ls[0]
        log.append("header columns twice")
      } else {
        ls.insert(ls[0], at: int(1..<(ls.count + 1)))
        log.append("header line again")
      }
    } else {
      let i = int(0..<ls.count)
      ls.insert(ls[i], at: int(0..<(ls.count + 1)))
      log.append("line \(i + 1) twice")
    }
    return Array(ls.joined(separator: [0x0A]))
  }

  private mutating func swapLines(_ b: [UInt8]) -> [UInt8] {
    var ls = lines(b)
    guard ls.count > 1 else { return b }
    let i = int(0..<ls.count)
    let j = int(0..<ls.count)
    ls.swapAt(i, j)
    log.append("swap lines \(i + 1) and \(j + 1)")
    return Array(ls.joined(separator: [0x0A]))
  }

  /// The same column order change on every line (split naively on commas: quotes are the
  /// fuzzer's business too).
  private mutating func shuffleColumns(_ b: [UInt8]) -> [UInt8] {
    let ls = lines(b)
    guard
      let width = ls.first.map({ $0.split(separator: 0x2C, omittingEmptySubsequences: false).count }
      ),
      width > 1
    else { return b }
    var order = Array(0..<width)
    order.shuffle(using: &rng)
    log.append("columns in order \(order)")
    return Array(
      ls.map { line -> [UInt8] in
        let cells = line.split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
        var out: [[UInt8]] = order.map { $0 < cells.count ? cells[$0] : [] }
        if cells.count > width { out += cells[width...] }
        return Array(out.joined(separator: [0x2C]))
      }.joined(separator: [0x0A]))
  }

  /// The text in another encoding a spreadsheet writes (when it decodes at all).
  private mutating func reencode(_ b: [UInt8]) -> [UInt8] {
    guard let (text, _) = TextDecoding.decode(Data(b)) else {
      log.append("re-encode: undecodable, kept")
      return b
    }
    switch int(0..<4) {
    case 0:
      log.append("as GB18030")
      return TextDecoding.encodeGB18030(text).map { [UInt8]($0) } ?? b
    case 1:
      log.append("as UTF-16 LE with BOM")
      return [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian) ?? Data())
    case 2:
      log.append("as UTF-16 BE with BOM")
      return [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian) ?? Data())
    default:
      log.append("as UTF-8 with BOM")
      return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
  }
}
