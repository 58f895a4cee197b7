/// Small Chinese numerals as digits, for building, group and grid numbers: `三栋` → `3栋`,
/// `十二组` → `12组`, `第二十一网格` → `第21网格`. Numbers up to 999; anything else is kept.
public enum ChineseNumber {
  static let values: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100]

  /// Replaces every run of Chinese numerals in `text` by its digits.
  public static func digits(in text: String) -> String {
    var out = ""
    var run: [Character] = []
    func flush() {
      if !run.isEmpty {
        if let n = value(of: run) { out += String(n) } else { out += String(run) }
        run.removeAll()
      }
    }
    for ch in text {
      if values[ch] != nil || units[ch] != nil {
        run.append(ch)
      } else {
        flush()
        out.append(ch)
      }
    }
    flush()
    return out
  }

  /// The value of a run such as `二十一`, `十二`, `三百零五` or digit-by-digit `五零二`.
  static func value(of run: [Character]) -> Int? {
    if run.allSatisfy({ values[$0] != nil }) {
      // 五零二 → 502, read digit by digit; a run too long for an Int is kept as text (it
      // trapped on overflow: a 19-numeral cell crashed the import).
      var n = 0
      for ch in run {
        let (shifted, o1) = n.multipliedReportingOverflow(by: 10)
        let (sum, o2) = shifted.addingReportingOverflow(values[ch]!)
        if o1 || o2 { return nil }
        n = sum
      }
      return n
    }
    var total = 0
    var current = 0
    for ch in run {
      if let v = values[ch] {
        current = v
      } else if let u = units[ch] {
        total += (current == 0 ? 1 : current) * u
        current = 0
      } else {
        return nil
      }
    }
    let n = total + current
    return n > 999 ? nil : n
  }
}
