import Foundation
import ShuoshiCore

/// Four more November 2026 cases for the 回访 rates, beside `ReportDataSet`'s A–N (whose booth
/// ratings count as 回访 in person: C, D, M solved, E unsolved at Dec 1).
public enum FollowUpDataSet {
  /// O: 部分解决, 基本满意 — stays resolved, 待回访.
  /// P: three failed attempts — 未联系上.
  /// Q: 上门 回访, 已解决, 满意 — closed.
  /// R: resolved in November, followed up (solved) only on Dec 2.
  public static func cases() throws -> [String: [Event]] {
    func resolved(_ id: String, day: Int, seqBase: Int64) throws -> Story {
      var s = try Story(
        id, at: "2026-11-\(day) 10:00", tier: .household, category: "neighbour",
        name: "回访\(id.suffix(3))", phone: "1390000\(String(format: "%04d", seqBase / 100))",
        grid: "G1", seqBase: seqBase)
      try s.act(.resolve(summary: "已协调", onSpot: false), at: "2026-11-\(day + 1) 10:00")
      return s
    }
    func followUp(_ reached: Bool, _ solved: Solved? = nil, _ rating: Rating? = nil) -> Action {
      .followUp(
        FollowUp(method: .phone, reached: reached, solved: solved, satisfaction: rating))
    }
    var out: [String: [Event]] = [:]
    var o = try resolved("HJ-20261116-001", day: 16, seqBase: 1500)
    try o.act(followUp(true, .partly, .basic), at: "2026-11-18 10:00")
    out["O"] = o.events

    var p = try resolved("HJ-20261117-001", day: 17, seqBase: 1600)
    try p.act(followUp(false), at: "2026-11-19 10:00")
    try p.act(followUp(false), at: "2026-11-20 10:00")
    try p.act(followUp(false), at: "2026-11-23 10:00")
    out["P"] = p.events

    var q = try resolved("HJ-20261118-001", day: 18, seqBase: 1700)
    try q.act(
      .followUp(
        FollowUp(
          method: .visit, reached: true, solved: .solved, satisfaction: .satisfied,
          words: "修好了，谢谢")), at: "2026-11-20 10:00")
    out["Q"] = q.events

    var r = try resolved("HJ-20261119-001", day: 19, seqBase: 1800)
    try r.act(followUp(true, .solved, .satisfied), at: "2026-12-02 10:00")
    out["R"] = r.events
    return out
  }
}
