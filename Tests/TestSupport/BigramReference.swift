import Foundation
import ShuoshiCore

/// The bigrams and similarity as they were before the integer codes (profiles of v0.1–v10):
/// a `Set<String>` of each clause's character bigrams and their Jaccard index. Kept only to
/// prove the codes decide the same (`BigramCodesTests`), and to write a version-1 stored line
/// as a store written by an earlier build holds it.
public enum BigramReference {
  public static func bigrams(_ text: String) -> Set<String> {
    var out = Set<String>()
    let clauses = AddressNormalizer.halfWidth(text)
      .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "·") }).map(String.init)
    for clause in clauses {
      let c = Array(clause)
      if c.count == 1 { out.insert(clause) }
      for i in 0..<max(0, c.count - 1) where out.count < 400 { out.insert(String(c[i...i + 1])) }
    }
    return out
  }

  public static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var common = 0
    for x in small where large.contains(x) { common += 1 }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }

  /// The line `matter_profiles` held before version 2 (bigrams as text).
  public static func storedV1(_ p: MatterLinkProfile) -> String {
    let parties = p.parties.map {
      [$0.kind, $0.name, $0.weak ? "1" : "0"].joined(separator: "\u{1D}")
    }
    let grid = String(
      (p.grid ?? "").unicodeScalars.filter { !(0x1D...0x1F).contains($0.value) }.map(Character.init)
    )
    return [
      "1", p.compound ?? "", p.building ?? "", grid, parties.joined(separator: "\u{1E}"),
      bigrams(p.text).sorted().joined(separator: "\u{1E}"), p.household,
    ].joined(separator: "\u{1F}")
  }
}
