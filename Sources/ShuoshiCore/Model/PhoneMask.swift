/// Phone numbers are shown masked (`138****5678`) everywhere but the case detail's reveal.
/// `无电话` (`PhoneNumber.none`) is no number and is shown as it is.
public enum PhoneMask {
  public static func mask(_ phone: String) -> String {
    if PhoneNumber.isNone(phone) { return PhoneNumber.none }
    let chars = Array(phone.filter { !$0.isWhitespace && $0 != "-" })
    guard chars.count > 4 else {
      return phone.isEmpty ? "" : String(repeating: "*", count: chars.count)
    }
    let keepHead = chars.count >= 11 ? 3 : max(0, chars.count - 8)
    let tail = chars.suffix(4)
    return String(chars.prefix(keepHead)) + "****" + String(tail)
  }
}
