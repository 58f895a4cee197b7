import Foundation

/// What a cluster of linked cases adds up to: its distinct households, the place and party
/// most of them share, the first complaint, a group word if anyone used one, and the level
/// (nil below 黄). Pure: the same cases give the same warning on every laptop.
public struct WarningAssessment: Sendable, Equatable {
  public var level: WarningLevel?
  public var cases: [UUID]
  public var households: Int
  public var place: String?
  public var party: String?
  public var firstAt: Date
  public var groupWord: String?

  public init(_ members: [MatterLinkProfile], rules: WarningRules) {
    let sorted = members.sorted {
      ($0.receivedAt, $0.caseUUID.uuidString) < ($1.receivedAt, $1.caseUUID.uuidString)
    }
    cases = Array(sorted.map(\.caseUUID).prefix(WarningRules.maxCases))
    households = Set(sorted.map(\.household)).count
    place = Self.mostCommon(sorted.compactMap { $0.compound })
    // Only a party with a kind (物业, 公司, 工地…): a bare name may be a person's.
    party = Self.mostCommon(
      sorted.flatMap { $0.parties.filter { !$0.weak && !$0.kind.isEmpty && !$0.name.isEmpty } }
        .map(\.text))
    firstAt = sorted.first?.receivedAt ?? Date(timeIntervalSince1970: 0)
    groupWord = sorted.lazy.compactMap { rules.groupWord(in: $0.text) }.first
    level = rules.level(households: households, groupWord: groupWord != nil)
  }

  /// The value most members share (at least two), the first seen on a tie.
  static func mostCommon(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    let best = values.max { counts[$0]! < counts[$1]! }
    return best.flatMap { counts[$0]! >= 2 ? $0 : nil }
  }
}
