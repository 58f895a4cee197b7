import Foundation
import ShuoshiCore

/// Parses argument values, with bilingual messages naming what is accepted.
enum Parse {
  static func tier(_ raw: String, _ context: AppContext) throws -> Tier {
    guard let t = Tier(userInput: raw) else {
      throw UsageProblem(
        zh: "无效层级“\(raw)”：可用 household/residence/district/street、1-4 或 户/村居/片区/上交",
        en: "invalid tier \"\(raw)\": use household|residence|district|street or 1-4")
    }
    return t
  }

  static func state(_ raw: String, _ context: AppContext) throws -> CaseState {
    guard let s = CaseState(rawValue: raw.lowercased()) else {
      throw UsageProblem(
        zh: "无效状态“\(raw)”：可用 new/assigned/in_progress/waiting/resolved/closed/open",
        en: "invalid state \"\(raw)\": use new|assigned|in_progress|waiting|resolved|closed|open")
    }
    return s
  }

  static func rating(_ raw: String, _ context: AppContext) throws -> Rating {
    guard let r = Rating(userInput: raw) else {
      throw UsageProblem(
        zh: "无效评价“\(raw)”：可用 satisfied/basic/unsatisfied 或 满意/基本满意/不满意",
        en: "invalid rating \"\(raw)\": use satisfied|basic|unsatisfied")
    }
    return r
  }

  static func escalation(_ raw: String, _ context: AppContext) throws -> EscalationReason {
    guard let r = EscalationReason(userInput: raw) else {
      throw UsageProblem(
        zh: "无效升级原因“\(raw)”：可用 overdue/unsatisfied/risk/manual",
        en: "invalid escalation reason \"\(raw)\": use overdue|unsatisfied|risk|manual")
    }
    return r
  }

  /// ISO 8601 with or without offset (then the site's time), or a bare `YYYY-MM-DD`.
  static func date(_ raw: String?, _ context: AppContext) throws -> Date? {
    guard let raw else { return nil }
    let iso = ISO8601DateFormatter()
    if let d = iso.date(from: raw) { return d }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = context.userConfig.siteTimeZone.zone
    for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"]
    {
      f.dateFormat = format
      if let d = f.date(from: raw) { return d }
    }
    throw UsageProblem(
      zh: "无效时间“\(raw)”：请用 2026-11-28 或 2026-11-28T10:30",
      en: "invalid time \"\(raw)\": use 2026-11-28 or 2026-11-28T10:30")
  }
}
