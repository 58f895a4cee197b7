import Foundation

/// Reads an ISO 8601 timestamp with an offset — `2026-11-28T10:00:00+08:00`, `…Z`, optional
/// fraction — without Foundation's formatter, whose first use loads ICU's date data: 2 ms of
/// every command started with `SHUOSHI_NOW` (benchmarks, tests). Nil for anything else.
public enum ISOTimestamp {
  public static func parse(_ text: String) -> Date? {
    let b = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= b.count else { return nil }
      var n = 0
      for c in b[from..<from + count] {
        guard (48...57).contains(c) else { return nil }
        n = n * 10 + Int(c - 48)
      }
      return n
    }
    guard b.count >= 20, b[4] == 45, b[7] == 45, b[10] == 84 || b[10] == 116, b[13] == 58,
      b[16] == 58, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      hour < 24, minute < 60, second < 61, CivilDate(year, month, day).isValid
    else { return nil }
    var i = 19
    var fraction = 0.0
    if i < b.count, b[i] == 46 {  // "."
      var scale = 0.1
      i += 1
      while i < b.count, (48...57).contains(b[i]) {
        fraction += Double(b[i] - 48) * scale
        scale /= 10
        i += 1
      }
    }
    guard i < b.count else { return nil }
    var offset = 0
    if b[i] == 90 || b[i] == 122, i + 1 == b.count {  // "Z"
      offset = 0
    } else if b[i] == 43 || b[i] == 45, i + 6 == b.count, b[i + 3] == 58,
      let h = number(i + 1, 2), let m = number(i + 4, 2), h < 24, m < 60
    {
      offset = (h * 3600 + m * 60) * (b[i] == 45 ? -1 : 1)
    } else {
      return nil
    }
    let days = CivilDate(year, month, day).dayNumber
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }
}
