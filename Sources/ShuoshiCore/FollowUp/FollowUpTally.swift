import Foundation

/// The cohort's latest 回访 answers, beside 解决率: 部分解决 is shown apart (in its
/// denominator, not its numerator), 未联系上 counted apart (left out of it).
public struct FollowUpTally: Codable, Sendable, Equatable {
  public var solved = 0
  public var partly = 0
  public var unsolved = 0
  public var unreached = 0

  public init() {}

  public init(_ cohort: [CaseFacts]) {
    for result in cohort.compactMap(\.followUpResult) {
      switch result {
      case .solved: solved += 1
      case .partly: partly += 1
      case .unsolved: unsolved += 1
      case .unreached: unreached += 1
      }
    }
  }

  /// Cases followed up with an answer (解决率's denominator).
  public var answered: Int { solved + partly + unsolved }

  /// “回访答复 12 件：已解决 9、部分解决 2、未解决 1；未联系上 3 件（不计入解决率）”.
  public func line(_ lang: Lang) -> String {
    lang == .zh
      ? "回访答复 \(answered) 件：已解决 \(solved)、部分解决 \(partly)、未解决 \(unsolved)；未联系上 \(unreached) 件（不计入解决率）"
      : "Follow-ups answered: \(answered) (solved \(solved), partly \(partly), unsolved \(unsolved)); not reached: \(unreached) (left out of the solved rate)"
  }
}
