import Foundation
import ShuoshiCore

/// The demo street's 排查 rounds: each grid walked once in each of the last two periods that
/// ended (a few as 零报告), some already this period — and one grid that missed the last
/// period, so a newcomer sees 漏排查 on the 排查 screen and in the report. Recorded through
/// `recordRound`, by each grid's head; deterministic for a seed and `now`.
public enum DemoRounds {
  /// The grid (by register order) that missed the last period.
  public static let missedGrid = 2

  @discardableResult
  public static func record(
    into store: CaseStore, engine: CaseEngine, now: Date, seed: UInt64 = 20_261_128
  ) throws(StoreError) -> Int {
    let rhythm = SurveyRhythm(rules: engine.rules.surveyRounds, calendar: engine.calendar)
    let today = engine.calendar.civilDate(of: now)
    var rng = SeededRandom(seed: seed ^ 0x18)
    var count = 0
    let rows = try store.surveyStandings(rhythm: rhythm, now: now)
    for (i, row) in rows.enumerated() {
      let current = row.standing.current
      var periods = [current.previous.previous, current.previous]
      if i == missedGrid { periods.removeLast() }
      if rng.chance(0.4) { periods.append(current) }
      for period in periods {
        let days = (period.start.dayNumber...min(period.end, today).dayNumber)
          .map(CivilDate.init(dayNumber:)).filter(engine.calendar.isWorkingDay)
        guard let day = days.isEmpty ? nil : rng.pick(days) else { continue }
        let zero = rng.chance(0.3)
        let limit = row.householdLimit
        let visited = max(1, Int.random(in: (limit * 2 / 3)...limit, using: &rng))
        let note = zero ? nil : rng.pick(notes)
        try store.recordRound(
          SurveyRoundRequest(
            grid: row.grid.uuid.uuidString, day: day, households: visited, zeroReport: zero,
            note: note), rhythm: rhythm, by: Actor(row.head ?? "网格员"),
          now: now)
        count += 1
      }
    }
    return count
  }

  static let notes = [
    "走访独居老人，了解冬季取暖情况", "楼道堆放杂物已劝离", "排查消防通道，电动车楼道充电已劝阻",
    "了解欠薪线索，暂无", "邻里噪音纠纷一起，已调解", "关注低保户就医情况",
  ]
}
