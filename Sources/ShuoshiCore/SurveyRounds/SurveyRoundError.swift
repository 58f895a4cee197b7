import Foundation

/// Why a 排查 round could not be recorded (or a case linked to one). Says itself in Chinese
/// and English.
public enum SurveyRoundError: LocalizedMessage, Equatable, Sendable {
  case unknownGrid(key: String)
  case ambiguousGrid(key: String, matches: [String])
  /// Households visited outside 1 to the grid's size (its households in the register, or
  /// 1包50户 / 1包15户 while the register has none there).
  case householdsOutOfRange(found: Int, limit: Int)
  case futureDay(day: CivilDate, today: CivilDate)
  /// Further back than `SurveyRoundCheck.maxDaysBack`: a typo of the year, not a late entry.
  case tooOld(day: CivilDate, today: CivilDate)
  case notADay(text: String)
  case invalidNote(FieldProblem)
  case unknownRound(key: String)
  case ambiguousRound(key: String, matches: [String])
  /// A 零报告 round found nothing: no case can be found by it.
  case zeroReportRound(day: CivilDate, grid: String)

  /// 3: nothing found (as for cases); 4: refused.
  public var exitCode: Int32 {
    switch self {
    case .unknownGrid, .ambiguousGrid, .unknownRound, .ambiguousRound: return 3
    default: return 4
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .unknownGrid(let key):
      return zh ? "找不到网格“\(key)”" : "no grid \(key)"
    case .ambiguousGrid(let key, let matches):
      return zh
        ? "“\(key)”匹配多个网格：\(matches.joined(separator: "、"))；请写单位名加网格名或编号"
        : "\(key) matches several grids: \(matches.joined(separator: ", ")); give the unit too, or the id"
    case .householdsOutOfRange(let n, let limit):
      return zh
        ? "走访户数应为 1 到 \(limit)（本网格的户数），而不是 \(n)"
        : "households visited must be 1 to \(limit) (the grid's households), not \(n)"
    case .futureDay(let day, let today):
      return zh ? "排查日期 \(day) 在今天（\(today)）之后" : "the round's day \(day) is after today (\(today))"
    case .tooOld(let day, let today):
      return zh
        ? "排查日期 \(day) 距今天（\(today)）超过 \(SurveyRoundCheck.maxDaysBack) 天"
        : "the round's day \(day) is more than \(SurveyRoundCheck.maxDaysBack) days before today (\(today))"
    case .notADay(let text):
      return zh ? "“\(text)”不是日期（应为 YYYY-MM-DD）" : "\(text) is not a date (YYYY-MM-DD)"
    case .invalidNote(let problem):
      return problem.message(field: zh ? "备注" : "note", lang)
    case .unknownRound(let key):
      return zh ? "找不到排查记录“\(key)”" : "no survey round \(key)"
    case .ambiguousRound(let key, let matches):
      return zh
        ? "“\(key)”匹配多条排查记录：\(matches.joined(separator: "、"))"
        : "\(key) matches several survey rounds: \(matches.joined(separator: ", "))"
    case .zeroReportRound(let day, let grid):
      return zh
        ? "\(grid) \(day) 的排查是零报告，不能登记由它发现的事项"
        : "the round of \(grid) on \(day) was a zero report: no matter can be found by it"
    }
  }
}

/// The bounds of a round, kept alike when it is recorded here and when it arrives from another
/// laptop.
public enum SurveyRoundCheck {
  /// How far back a round may be entered: a grid head catching up after a long holiday, not
  /// a mistyped year.
  public static let maxDaysBack = 92

  /// The first problem of `round` recorded on `today` for a grid of at most `limit`
  /// households; nil when it may be stored.
  public static func problem(_ round: SurveyRound, limit: Int, today: CivilDate)
    -> SurveyRoundError?
  {
    if !(1...limit).contains(round.households) {
      return .householdsOutOfRange(found: round.households, limit: limit)
    }
    if round.day > today { return .futureDay(day: round.day, today: today) }
    if round.day.dayNumber < today.dayNumber - maxDaysBack {
      return .tooOld(day: round.day, today: today)
    }
    if let note = round.note, let p = FieldKind.text.problem(in: note) { return .invalidNote(p) }
    return nil
  }
}
