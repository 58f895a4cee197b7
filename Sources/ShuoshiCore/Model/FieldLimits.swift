import Foundation

/// The bounds every text a person, a CSV file or another laptop's bundle puts into a case or the
/// register must keep. One table, read by intake, the CSV import and the bundle import, so a
/// field accepted at one door is accepted at every door (docs/LEDGER.md lists them).
public enum FieldKind: String, Sendable, CaseIterable {
  /// Grievance text, summaries, notes, reasons, a resident's words: newlines allowed.
  case text
  /// A person's name, an operator, an owner, another party.
  case name
  case phone
  case address
  /// Category names, places, unit and grid names and other short labels.
  case label

  /// The most characters (grapheme clusters) the field may hold.
  public var maxLength: Int {
    switch self {
    case .text: return 20_000
    case .name: return 64
    case .phone: return 32
    case .address: return 200
    case .label: return 100
    }
  }

  /// Whether line breaks are part of the field (only free text).
  public var allowsNewlines: Bool { self == .text }
}

/// Why a field was refused.
public enum FieldProblem: Equatable, Sendable {
  /// More characters than `FieldKind.maxLength`.
  case tooLong(max: Int, found: Int)
  /// A control character (other than a newline or tab in free text), as its scalar value.
  case controlCharacter(UInt32)
  /// Nothing but blanks where something is required.
  case empty
  /// A phone that is neither a mobile number nor a landline with its area code, nor empty or
  /// `无电话` (`PhoneNumber.check`).
  case notAPhoneNumber
}

extension FieldKind {
  /// The first problem with `value` for this field, or nil when it may be stored.
  /// Control characters (C0, DEL, C1) are refused: none belongs in a name, an address or a
  /// grievance, and they are how escape sequences travel.
  public func problem(in value: String) -> FieldProblem? {
    for scalar in value.unicodeScalars where Self.isControl(scalar) {
      if allowsNewlines && (scalar == "\n" || scalar == "\t" || scalar == "\r") { continue }
      return .controlCharacter(scalar.value)
    }
    // Counting characters walks the string; a quick byte bound first keeps a 50 MB text cheap.
    if value.utf8.count > maxLength * 4 || value.count > maxLength {
      return .tooLong(max: maxLength, found: value.count)
    }
    return nil
  }

  /// C0 controls, DEL and C1 controls.
  static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || (0x7F...0x9F).contains(s.value)
  }
}

/// The forms of the identifiers shuoshi makes, checked wherever one arrives from outside
/// (a bundle from another laptop): an id that could hold `../`, an escape sequence or 5,000
/// characters never reaches a file name, a terminal or an index.
public enum IDFormat {
  /// Site codes: 2–6 ASCII letters or digits (`HJ`, `LY01`).
  public static func isSiteCode(_ s: some StringProtocol) -> Bool {
    (2...6).contains(s.utf8.count) && s.utf8.allSatisfy(isASCIIAlphanumeric)
  }

  /// Case ids: site code, the laptop's letter (since 0.2; ids made before have none), day
  /// `YYYYMMDD`, a sequence of 3–7 digits, and the `-N` (1–6 digits) a second case with the same
  /// id got after a merge of ledgers before 0.2: `HJ-A-20261128-007`, `HJ-20261128-007-2`.
  public static func isCaseID(_ s: String) -> Bool { caseIDParts(s) != nil }

  /// The parts of a case id: its site code and the laptop's letter (nil in an id made before
  /// laptops had letters). nil when `s` is not a case id.
  public static func caseIDParts(_ s: String) -> (site: Substring, laptop: Substring?)? {
    guard s.utf8.count <= 32 else { return nil }
    var parts = s.split(separator: "-", omittingEmptySubsequences: false)[...]
    guard parts.count >= 3, parts.count <= 5, isSiteCode(parts[parts.startIndex]) else {
      return nil
    }
    let site = parts.removeFirst()
    var laptop: Substring?
    if let first = parts.first, isLaptopLetter(first) {
      laptop = first
      parts.removeFirst()
    }
    func digits(_ p: Substring, _ range: ClosedRange<Int>) -> Bool {
      range.contains(p.utf8.count) && p.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
    guard parts.count == 2 || parts.count == 3 else { return nil }
    let p = Array(parts)
    guard digits(p[0], 8...8), digits(p[1], 3...7), p.count == 2 || digits(p[2], 1...6) else {
      return nil
    }
    return (site, laptop)
  }

  /// A laptop's letter within its site: one capital ASCII letter or digit (`A`, `7`).
  public static func isLaptopLetter(_ s: some StringProtocol) -> Bool {
    s.utf8.count == 1
      && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
  }

  /// Device ids: a UUID in lowercase, as each data directory makes its own on creation.
  public static func isDeviceID(_ s: String) -> Bool {
    s.utf8.count == 36 && UUID(uuidString: s) != nil && s == s.lowercased()
  }

  static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
  }
}
