import Foundation

/// A grievance's character bigrams as integers: sorted, without repeats, compared by a merge
/// count (`jaccard`) — no `String` per bigram, no hashing, no allocation per pair (a re-scan at
/// 1M compares millions of pairs, docs/PERFORMANCE.md).
///
/// The same bigrams as splitting the text into `Character`s (clauses of letters, digits and
/// `·`, after `AddressNormalizer.halfWidth`): a character is coded by its one Unicode scalar
/// (after canonical composition, so `豈` U+F900 is `豈` U+8C48, as `Character` equality has it),
/// or, for a character of several scalars (an emoji with a modifier, a letter with a combining
/// mark), by a 32-bit hash of its composed UTF-8 with the top bit set, which no scalar has. A
/// bigram is the two codes in one `UInt64`; a clause of one character adds its code alone (the
/// high half zero: no bigram's, as U+0000 is never a letter).
public enum BigramCodes {
  /// At most this many distinct bigrams per text (one-character clauses come on top), as before.
  static let limit = 400

  /// The codes of `text`, sorted, without repeats.
  public static func of(_ text: String) -> [UInt64] {
    var raw: [UInt64] = []
    if !simpleCodes(text, into: &raw) {
      raw.removeAll(keepingCapacity: true)
      characterCodes(AddressNormalizer.halfWidth(text), into: &raw)
    }
    guard raw.count > limit else {
      raw.sort()
      return dedupe(raw)
    }
    // Past the limit the order said which bigrams came first, as the set of strings did.
    var kept = Set<UInt64>()
    for code in raw where code >> 32 == 0 || kept.count < limit { kept.insert(code) }
    return kept.sorted()
  }

  /// |A ∩ B| / |A ∪ B| of two sorted code lists, 0 when both are empty.
  public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
    var (i, j, common) = (0, 0, 0)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        while i < a.count && j < b.count {
          let (x, y) = (a[i], b[j])
          if x == y { common += 1 }
          if x <= y { i += 1 }
          if y <= x { j += 1 }
        }
      }
    }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }

  /// The code of one character (`Character` equality: canonical equivalence).
  public static func code(_ ch: Character) -> UInt32 {
    let scalars = ch.unicodeScalars
    if scalars.count == 1, let s = scalars.first, kind(s.value) != 0 { return s.value }
    let composed = String(ch).precomposedStringWithCanonicalMapping
    if composed.unicodeScalars.count == 1, let s = composed.unicodeScalars.first {
      return s.value
    }
    var h: UInt32 = 2_166_136_261  // FNV-1a
    for b in composed.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
    return h | 0x8000_0000
  }

  /// The fast path: every scalar (after half-width folding) is one of the `kind` table's,
  /// where a scalar is a whole character and its own canonical form. False when one is not.
  static func simpleCodes(_ text: String, into raw: inout [UInt64]) -> Bool {
    var run = Run()
    for s in text.unicodeScalars {
      var v = s.value
      switch v {
      case 0xFF01...0xFF5E: v -= 0xFEE0
      case 0x3000: v = 0x20
      default: break
      }
      let k = kind(v)
      if k == 0 { return false }
      if k == 2 { run.add(v, into: &raw) } else { run.end(into: &raw) }
    }
    run.end(into: &raw)
    return true
  }

  /// The general path, character by character, as `MatterLinkText.clauses` splits.
  static func characterCodes(_ text: String, into raw: inout [UInt64]) {
    var run = Run()
    for ch in text {
      if ch.isLetter || ch.isNumber || ch == "·" {
        run.add(code(ch), into: &raw)
      } else {
        run.end(into: &raw)
      }
    }
    run.end(into: &raw)
  }

  /// A run of word characters between separators: each character after the first adds the
  /// bigram it ends; a run of one character adds that character alone.
  struct Run {
    var previous: UInt32 = 0
    var length = 0

    mutating func add(_ v: UInt32, into raw: inout [UInt64]) {
      if length > 0 { raw.append(UInt64(previous) << 32 | UInt64(v)) }
      previous = v
      length += 1
    }

    mutating func end(into raw: inout [UInt64]) {
      if length == 1 { raw.append(UInt64(previous)) }
      length = 0
    }
  }

  static func dedupe(_ sorted: [UInt64]) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(sorted.count)
    for x in sorted where out.last != x { out.append(x) }
    return out
  }

  /// 0: not simple (take the general path); 1: a simple separator; 2: a simple letter, digit
  /// or `·`.
  @inline(__always) static func kind(_ v: UInt32) -> UInt8 {
    v < UInt32(table.count) ? table[Int(v)] : 0
  }

  /// Scalars that are a whole `Character` next to any other of the table and canonically their
  /// own form: Latin up to the combining marks (U+0300), general punctuation U+2010–2027 (dashes,
  /// quotes, `…`), CJK punctuation U+3001–3029 (before the combining tone marks), and the CJK
  /// ideographs (Extension A and the unified block). Letter or not as `Character` says, so the
  /// two paths split clauses alike (`BigramCodesTests` checks every scalar of the table).
  static let table: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 0xA000)
    let simple: [ClosedRange<UInt32>] = [
      0x0000...0x02FF, 0x2010...0x2027, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    ]
    for range in simple {
      for v in range {
        guard let s = Unicode.Scalar(v) else { continue }
        let ch = Character(s)
        t[Int(v)] = ch.isLetter || ch.isNumber || ch == "·" ? 2 : 1
      }
    }
    // CR LF is one character: both separators, so it splits as two would.
    return t
  }()
}
