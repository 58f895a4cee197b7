import Foundation

/// Turns an address as typed at the booth into one canonical spelling: half-width digits and
/// letters, no spaces, and one word per part (`幢`/`号楼`/`座`/`#` → `栋`, `單元` → `单元`,
/// `房`/`号房` → `室`). Chinese numerals are left alone here (`六堰社区` is a name); the parser
/// reads them only before a part word (`三栋`).
public enum AddressNormalizer {
  /// Full-width ASCII (`３栋`, `Ａ座`) and the ideographic space to their half-width forms.
  public static func halfWidth(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      switch s.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
      case 0x3000: scalars.append(" ")
      default: scalars.append(s)
      }
    }
    return String(scalars)
  }

  static let replacements: [(String, String)] = [
    ("#", "栋"), ("單元", "单元"), ("號樓", "栋"), ("號", "号"), ("棟", "栋"),
    ("号楼", "栋"), ("栋楼", "栋"), ("幢", "栋"), ("座", "栋"), ("号房", "室"), ("房", "室"),
    ("組", "组"), ("—", "-"), ("－", "-"), ("–", "-"), ("_", "-"),
  ]

  /// The canonical spelling of `text`.
  public static func normalize(_ text: String) -> String {
    var s = halfWidth(text).filter { !$0.isWhitespace && $0 != "," && $0 != "，" }
    // In text whose every scalar is a whole character and its own canonical form (as the fast
    // path of `BigramCodes`), a word whose first scalar is absent cannot occur: skip its search
    // (each is a full Foundation search; linking normalises every address of a re-scan).
    let simple = s.unicodeScalars.allSatisfy { BigramCodes.kind($0.value) != 0 }
    for (from, to) in replacements {
      if simple, let first = from.unicodeScalars.first, !s.unicodeScalars.contains(first) {
        continue
      }
      s = s.replacingOccurrences(of: from, with: to)
    }
    return s
  }
}
