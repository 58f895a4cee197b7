import Foundation
import Testing

@testable import ShuoshiCore

/// `AddressNormalizer.normalize` skips a replacement whose word cannot occur: the same
/// spelling as running every replacement, on addresses of every form a booth meets.
@Suite("Address normalising skips absent words")
struct AddressNormalizerSkipTests {
  static func everyReplacement(_ text: String) -> String {
    var s = AddressNormalizer.halfWidth(text).filter {
      !$0.isWhitespace && $0 != "," && $0 != "，"
    }
    for (from, to) in AddressNormalizer.replacements {
      s = s.replacingOccurrences(of: from, with: to)
    }
    return s
  }

  @Test func theSameSpellingAsEveryReplacement() {
    let addresses = [
      "中瑞·领航城3栋2单元502", "中瑞·领航城 ３号楼 ２單元 ５０２号房", "七里垭村3组15号", "七里垭村三組",
      "六堰社区#5-301", "锦绣家园2幢1单元101房", "阳光花园A座 12—3", "北京路_8号", "人民路12号楼栋楼3室",
      "東風路18號樓", "\u{F9}X路", "花园小区５棟", "\u{2F800}路3号", "é\u{301}路2号", "", "号",
      "幸福里 8 号 院", "团结村五组", "新华街—12–3", "建设路（东段）18号",
    ]
    for a in addresses {
      #expect(AddressNormalizer.normalize(a) == Self.everyReplacement(a), "\(a)")
    }
  }
}
