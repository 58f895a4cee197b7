import Foundation

/// Reading the cells of a worker's spreadsheet: yes/no marks, phone numbers, lists.
public enum CellValues {
  /// `是/否`, `有/无`, `√/×`, `Y/N`, `yes/no`, `true/false`, `1/0`; nil for anything else.
  public static func flag(_ raw: String) -> Bool? {
    switch AddressNormalizer.halfWidth(raw).trimmingCharacters(in: .whitespaces).lowercased() {
    case "是", "有", "√", "✓", "✔", "y", "yes", "true", "1", "t": return true
    case "否", "无", "不是", "×", "✗", "n", "no", "false", "0", "f": return false
    default: return nil
    }
  }

  /// A phone as stored: trimmed, half-width; empty for `无电话` (the register keeps no number
  /// then). nil when `PhoneNumber.check`, the rule intake keeps, refuses it.
  public static func phone(_ raw: String) -> String? {
    let s = AddressNormalizer.halfWidth(raw).trimmingCharacters(in: .whitespaces)
    switch PhoneNumber.check(s) {
    case nil: return nil
    case .noPhone: return ""
    default: return s
    }
  }

  /// A list written in one cell: `张三、李四`, `a,b`, `a；b`, `a/b`, `a b`.
  public static func list(_ raw: String) -> [String] {
    raw.split(whereSeparator: { "、,，;；/|".contains($0) || $0.isWhitespace || $0 == "\n" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// Why a members cell cannot be read.
  public enum MembersProblem: Error, Equatable {
    /// An empty name or stray brackets.
    case unreadable
    /// The phone in brackets after a name, which the phone rule refuses.
    case phone(String)
  }

  /// Household members: `李四、王五(13900001111)` → names with an optional phone in brackets.
  public static func members(_ raw: String) -> [HouseholdMember]? {
    try? readMembers(raw).get()
  }

  /// Household members, or what is wrong with the cell.
  public static func readMembers(_ raw: String) -> Result<[HouseholdMember], MembersProblem> {
    var out: [HouseholdMember] = []
    let text = AddressNormalizer.halfWidth(raw)
    for item in text.split(whereSeparator: { "、,，;；/|\n".contains($0) }) {
      var entry = item.trimmingCharacters(in: .whitespaces)
      if entry.isEmpty { continue }
      var phone: String?
      if entry.hasSuffix(")"), let open = entry.lastIndex(of: "(") {
        let inner = String(entry[entry.index(after: open)..<entry.index(before: entry.endIndex)])
        guard let p = Self.phone(inner) else { return .failure(.phone(inner)) }
        phone = p.isEmpty ? nil : p
        entry = entry[..<open].trimmingCharacters(in: .whitespaces)
      }
      guard !entry.isEmpty else { return .failure(.unreadable) }
      out.append(HouseholdMember(name: entry, phone: phone))
    }
    return .success(out)
  }
}
