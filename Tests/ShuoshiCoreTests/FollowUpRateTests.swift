import Foundation
import ShuoshiCore
import TestSupport
import Testing

/// 解决率 and 满意率 with 回访, on the hand-built data set (`ReportDataSet`, A–N) and four
/// more November cases (`FollowUpDataSet`, O–R), worked out by hand.
///
/// Latest 回访 answers at Dec 1: booth ratings C satisfied → solved, D basic → solved, M
/// satisfied → solved, E unsatisfied (Nov 25) → unsolved; O 部分解决; P 未联系上; Q 已解决; R
/// none yet (its 回访 is on Dec 2); G, N resolved without one.
@Suite("The three rates with 回访")
struct FollowUpRateTests {
  let engine = EngineFixture.engine

  func report(asOf: String? = nil) throws -> Report {
    let histories = try ReportDataSet.cases().merging(FollowUpDataSet.cases()) { a, _ in a }
    return ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: Array(histories.values),
      request: ReportDataSet.november(asOf: asOf.map(EngineFixture.at)),
      generatedAt: EngineFixture.at("2026-12-05 09:00"))
  }

  @Test func theThreeRatesLead() throws {
    let r = try report()
    #expect(r.rates.prefix(3).map(\.kind) == [.response, .solved, .satisfaction])
    #expect(r.received == 14)
  }

  @Test func solvedRate() throws {
    let r = try report()
    // Solved C D M Q of answered C D E M O Q; P (not reached) and R (not yet) left out.
    #expect(r.rate(.solved) == Rate(4, of: 6))
    #expect(r.followUps.solved == 4)
    #expect(r.followUps.partly == 1)
    #expect(r.followUps.unsolved == 1)
    #expect(r.followUps.unreached == 1)
    #expect(r.followUps.answered == 6)
    #expect(
      r.followUps.line(.zh) == "回访答复 6 件：已解决 4、部分解决 1、未解决 1；未联系上 1 件（不计入解决率）")
  }

  @Test func satisfactionCountsFollowUpsAndBoothRatings() throws {
    let r = try report()
    // Rated: C satisfied, D basic, E unsatisfied, M satisfied (booth); O basic, Q satisfied
    // (回访). P gave no answer.
    #expect(r.rate(.satisfaction) == Rate(5, of: 6))
    #expect(r.rated == 6)
  }

  @Test func resolutionAndResponseKeepTheirMeaning() throws {
    let r = try report()
    // Resolved at Dec 1: C D G M N (as before) + O P Q R; Q closed by its 回访.
    #expect(r.rate(.resolution) == Rate(9, of: 14))
    #expect(r.rate(.response) == Rate(11, of: 14))
  }

  @Test func readLaterTheDecemberAnswersCount() throws {
    let r = try report(asOf: "2026-12-10 00:00")
    // E resolved again and rated satisfied (Dec 3), R solved (Dec 2).
    #expect(r.rate(.solved) == Rate(6, of: 7))
    #expect(r.followUps.unsolved == 0)
    #expect(r.rate(.satisfaction) == Rate(7, of: 7))
  }
}
