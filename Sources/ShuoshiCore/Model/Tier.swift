/// The 三事分办 ladder: where a case is handled. Ordered from the lowest level up.
public enum Tier: String, Codable, CaseIterable, Sendable, Comparable {
  /// 小事不出户 — the building head / centre-household head of the resident's grid.
  case household
  /// 大事不出村居 — the village or residents' committee.
  case residence
  /// 难事不出片区 — the area level, with street departments summoned.
  case district
  /// 上交 — handed up to the street office; the top, counted because it must stay rare.
  case street

  public var rank: Int { Tier.allCases.firstIndex(of: self)! }

  /// The next level up, or nil at `street`.
  public var next: Tier? {
    let all = Tier.allCases
    return rank + 1 < all.count ? all[rank + 1] : nil
  }

  /// The short digit a worker types to pick this tier (1…4).
  public var digit: Int { rank + 1 }

  public init?(digit: Int) {
    guard (1...Tier.allCases.count).contains(digit) else { return nil }
    self = Tier.allCases[digit - 1]
  }

  /// Accepts the English name, the Chinese short name or the digit.
  public init?(userInput raw: String) {
    let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if let t = Tier(rawValue: s) { self = t; return }
    if let n = Int(s), let t = Tier(digit: n) { self = t; return }
    switch s {
    case "户", "h": self = .household
    case "村居", "村", "居", "r": self = .residence
    case "片区", "d": self = .district
    case "上交", "街道", "s": self = .street
    default: return nil
    }
  }

  public static func < (a: Tier, b: Tier) -> Bool { a.rank < b.rank }
}
