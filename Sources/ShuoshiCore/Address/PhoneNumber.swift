import Foundation

/// Phone numbers: the one rule for what a worker or a register file may record as a phone, and
/// comparison as digits only (`138-1234 5678` equals `13812345678`).
///
/// Accepted as new input (`check`):
/// - a mobile number: 11 digits starting with 1, typed with spaces or dashes between digits
///   (`138 1234 5678`, `138-1234-5678`) and an optional `+86` in front;
/// - a landline with its area code: an area code of 3–4 digits starting with 0 and a local
///   number of 7–8 digits, with a space or a dash between them (`0719-1234567`,
///   `0719 12345678`, `(0719)1234567`) or written together (`07191234567`). An extension is
///   not part of the number: it goes into a note;
/// - nothing (the phone is unknown) or `无电话` (`PhoneNumber.none`): the resident has none.
///
/// Data already stored (older stores, other laptops' bundles) is never checked again: the
/// rule applies where a phone is typed or imported.
public enum PhoneNumber {
  /// What a worker records when the resident has no phone: stored as this text, shown as it,
  /// and treated everywhere (masking, the phone tail, duplicates, the register) as no number.
  public static let none = "无电话"

  /// What a typed phone is.
  public enum Kind: Equatable, Sendable {
    /// Left empty: not known.
    case unknown
    /// `无电话`: the resident has no phone.
    case noPhone
    case mobile
    case landline
  }

  /// The digits of `phone`, full-width digits included; none for `无电话`.
  public static func digits(_ phone: String) -> String {
    String(AddressNormalizer.halfWidth(phone).filter { $0.isASCII && $0.isNumber })
  }

  /// Long enough to tell a household or person apart (a landline has 7–8 digits).
  public static func isUsable(_ phone: String) -> Bool { digits(phone).count >= 7 }

  /// Whether `phone` records that the resident has no phone.
  public static func isNone(_ phone: String) -> Bool {
    phone.trimmingCharacters(in: .whitespaces) == none
  }

  /// What `phone` is as typed, or nil when it is not a phone number the rule accepts.
  public static func check(_ phone: String) -> Kind? {
    var s = Substring(AddressNormalizer.halfWidth(phone).trimmingCharacters(in: .whitespaces))
    if s.isEmpty { return .unknown }
    if s == none { return .noPhone }
    let international = s.hasPrefix("+86")
    if international { s = s.dropFirst(3) }
    // Digit groups between separators; a bracket may close an area code only.
    var groups: [String] = []
    var current = ""
    var bracketed = false
    for (i, ch) in s.enumerated() {
      if ch.isASCII && ch.isNumber {
        current.append(ch)
      } else if ch == " " || ch == "-" || ch == "(" || ch == ")" {
        if ch == "(" && (i != 0 || international) { return nil }
        if ch == ")" && !(groups.isEmpty && s.first == "(" && !current.isEmpty) { return nil }
        if ch == "(" || ch == ")" { bracketed = true }
        if !current.isEmpty { groups.append(current) }
        current = ""
      } else {
        return nil
      }
    }
    if !current.isEmpty { groups.append(current) }
    let all = groups.joined()
    if !bracketed && all.count == 11 && all.first == "1" { return .mobile }
    guard !international, all.first == "0" else { return nil }
    if groups.count == 1 { return (10...12).contains(all.count) ? .landline : nil }
    let area = groups[0]
    let local = groups.dropFirst().joined()
    return (3...4).contains(area.count) && (7...8).contains(local.count) ? .landline : nil
  }

  /// What the rule expects, in words: how a refusal ends. The essentials come first, so a
  /// status line of 80 columns still shows what to type (`无电话` included).
  public static func expected(_ lang: Lang) -> String {
    switch lang {
    case .zh:
      return "应为 11 位手机号或带区号的座机（如 0719-1234567），没有电话填“\(none)”；"
        + "手机号以 1 开头，可用空格或 - 分隔、加 +86，不清楚可留空"
    case .en:
      return "an 11-digit mobile or a landline with area code (0719-1234567); \(none) if none; "
        + "a mobile starts with 1, spaces, dashes and +86 allowed, or leave it empty"
    }
  }

  /// Whether `phone` may be recorded as new input (`check` accepts it).
  public static func isValid(_ phone: String) -> Bool { check(phone) != nil }
}
