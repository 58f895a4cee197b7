import Foundation

/// A profile as kept in `matter_profiles` at link time, so a candidate is compared without
/// deriving its places, parties and bigrams from its text again (the larger part of a save's
/// linking at 1M, docs/PERFORMANCE.md). One line of fields separated by U+001F, lists by
/// U+001E, a party's parts by U+001D; the household last, as it may hold any character of a
/// name. The bigrams are their codes (`BigramCodes`) in hexadecimal, sorted (version 2; a
/// version-1 line held the bigrams as text). A line that does not read back (version 1 of a
/// store written before, another version, damage) gives nil, and the profile is derived from
/// the case again — and stored anew by the linking that read it.
extension MatterLinkProfile {
  static let storedVersion = "2"

  /// The profile as stored (the text is not: it stays in the case).
  public var stored: String {
    let parties = self.parties.map {
      [$0.kind, $0.name, $0.weak ? "1" : "0"].joined(separator: "\u{1D}")
    }
    return [
      Self.storedVersion, compound ?? "", building ?? "", Self.field(grid ?? ""),
      parties.joined(separator: "\u{1E}"),
      bigrams.map { String($0, radix: 16) }.joined(separator: "\u{1E}"), household,
    ].joined(separator: "\u{1F}")
  }

  /// A grid id from a peer without the separators (compound and building hold letters only).
  static func field(_ s: String) -> String {
    String(s.unicodeScalars.filter { !(0x1D...0x1F).contains($0.value) }.map(Character.init))
  }

  /// The profile of case `uuid` received at `receivedAt` from its stored line, with its text.
  public init?(stored: String, caseUUID: UUID, receivedAt: Date, text: String) {
    let f = stored.split(separator: "\u{1F}", maxSplits: 6, omittingEmptySubsequences: false)
    guard f.count == 7, f[0] == Self.storedVersion else { return nil }
    var parties: [MatterLinkParty] = []
    for p in f[4].split(separator: "\u{1E}") {
      let parts = p.split(separator: "\u{1D}", omittingEmptySubsequences: false)
      guard parts.count == 3 else { return nil }
      parties.append(
        MatterLinkParty(name: String(parts[1]), kind: String(parts[0]), weak: parts[2] == "1"))
    }
    // Codes strictly ascending, as written: anything else is not a line of ours.
    var bigrams: [UInt64] = []
    for part in f[5].split(separator: "\u{1E}") {
      guard part.utf8.count <= 16, let code = UInt64(part, radix: 16),
        bigrams.last.map({ $0 < code }) ?? true
      else { return nil }
      bigrams.append(code)
    }
    self.init(
      caseUUID: caseUUID, receivedAt: receivedAt, compound: f[1].isEmpty ? nil : String(f[1]),
      building: f[2].isEmpty ? nil : String(f[2]), grid: f[3].isEmpty ? nil : String(f[3]),
      parties: parties, household: String(f[6]),
      bigrams: bigrams, text: text)
  }
}
