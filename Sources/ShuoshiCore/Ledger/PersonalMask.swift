/// Masks identifying numbers inside free text (a grievance or a note may quote them): mobile
/// numbers as `138****5678`, resident ID numbers (18 characters) as `420***********123X`.
/// Shown unmasked only on an explicit reveal, which is recorded as a `revealed` event.
public enum PersonalMask {
  /// A resident ID number with all but the first three and last four characters hidden.
  public static func idNumber(_ id: String) -> String {
    let chars = Array(id)
    guard chars.count > 7 else { return String(repeating: "*", count: chars.count) }
    return String(chars.prefix(3)) + String(repeating: "*", count: chars.count - 7)
      + String(chars.suffix(4))
  }

  /// `text` with every mobile number and ID number in it masked.
  public static func text(_ text: String) -> String {
    var out = ""
    var run = ""
    func flush() {
      if isIDNumber(run) {
        out += idNumber(run)
      } else if run.count == 11, run.first == "1", run.allSatisfy(\.isASCIIDigit) {
        out += PhoneMask.mask(run)
      } else {
        out += run
      }
      run = ""
    }
    for ch in text {
      if ch.isASCIIDigit || ((ch == "X" || ch == "x") && run.count == 17) {
        run.append(ch)
      } else {
        flush()
        out.append(ch)
      }
    }
    flush()
    return out
  }

  static func isIDNumber(_ s: String) -> Bool {
    guard s.count == 18 else { return false }
    return s.dropLast().allSatisfy(\.isASCIIDigit)
      && (s.last!.isASCIIDigit || s.last == "X" || s.last == "x")
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
