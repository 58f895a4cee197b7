import Foundation
import ShuoshiCore
import TerminalUI

/// The receipt (回执) a resident takes home after intake: what was taken in, where it goes,
/// who handles it, by when, and whom to call. The resident's phone is masked, and so are phone
/// and ID numbers inside the grievance and the settlement, in every format (text, HTML).
public struct Receipt: Sendable, Equatable {
  /// The number printed for the resident: the case's own number, which never changes.
  public var caseID: String
  /// This laptop's row id of the case (its files' name); the number itself but for a case
  /// that shares its number with another (two laptops without letters issued it).
  public var fileID: String
  public var received: String
  public var residentName: String
  public var phoneMasked: String
  public var category: String
  public var tier: Tier
  public var handler: String
  /// Waiting to be assigned (the handler is the tier's office, not a person yet).
  public var unassigned: Bool
  /// The tier it was taken in at, when it has moved up since (escalated).
  public var escalatedFrom: Tier?
  public var firstContactDue: CivilDate?
  public var deadline: CivilDate?
  public var deadlineDays: Int
  /// 延期 granted at the current tier: the deadline is the extended one (“已延期至 …”).
  public var extended = false
  public var boothPhone: String?
  /// Where the resident can ask (the booth's place, from the site settings).
  public var boothPlace: String?
  public var unitName: String?
  public var sessionPlace: String?
  /// The grievance, shortened.
  public var excerpt: String
  /// Settled at the booth table: the summary.
  public var settledOnSpot: String?
  /// Resolved (or closed) after the booth: the day and the summary.
  public var resolved: Outcome?
  public var closed: Bool
  /// Out of scope: referred onward, with the guidance from the routing rules.
  public var referral: String?
  public var urgent: Bool
  public let lang: Lang

  public init(
    case c: Case, history: [Event], rules: RoutingRules, calendar: WorkingCalendar, lang: Lang,
    boothPhone: String?, unitName: String?, session: BoothSession?, number: String? = nil,
    boothPlace: String? = nil
  ) {
    self.lang = lang
    let zh = lang == .zh
    caseID = number ?? c.id
    fileID = c.id
    received = calendar.minuteText(of: c.receivedAt)
    residentName = c.resident.name
    phoneMasked = PhoneMask.mask(c.resident.phone)
    category = rules.name(ofCategory: c.category, lang: lang)
    tier = c.tier
    unassigned = c.assignee == nil
    handler = c.assignee ?? Receipt.office(of: c.tier, lang)
    escalatedFrom = c.tier != c.tierAtIntake && c.escalations > 0 ? c.tierAtIntake : nil
    firstContactDue = c.firstContactDue.map(calendar.civilDate(of:))
    deadline = c.deadline.map(calendar.civilDate(of:))
    // An urgent case taken in before urgent deadlines were short kept its ordinary deadline:
    // say the days that give the deadline it has.
    let ordinary = rules.deadlineDays(category: c.category, tier: c.tier)
    let short = rules.deadlineDays(category: c.category, tier: c.tier, urgent: c.urgent)
    // Moves after intake (escalation, retier, reopen) keep the tier's ordinary deadlines.
    let moved = c.tier != c.tierAtIntake || c.escalations > 0 || c.reopenCount > 0
    let keptOrdinary =
      moved
      || (short != ordinary
        && c.deadline == calendar.deadline(from: c.receivedAt, workingDays: ordinary))
    deadlineDays = keptOrdinary ? ordinary : short
    extended = c.isExtended
    self.boothPhone = boothPhone.flatMap {
      $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
    }
    self.boothPlace = boothPlace.flatMap {
      $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
    }
    self.unitName = unitName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    sessionPlace = session.flatMap { $0.place.isEmpty ? nil : $0.place }
    // A receipt leaves the booth on paper: phone and ID numbers quoted in the grievance or
    // the settlement are masked as on screen (before shortening, so no number is cut in two).
    let text = PersonalMask.text(c.text)
    excerpt = text.count > 60 ? String(text.prefix(59)) + "…" : text
    var onSpot = false
    if case .resolved(let last) = history.last(where: { $0.kind == .resolved })?.payload {
      onSpot = last.onSpot == true
    }
    let done = c.state == .resolved || c.state == .closed
    settledOnSpot = done && onSpot ? PersonalMask.text(c.summary ?? "") : nil
    resolved =
      done && !onSpot
      ? c.resolvedAt.map {
        Outcome(day: calendar.civilDate(of: $0), summary: PersonalMask.text(c.summary ?? ""))
      } : nil
    closed = c.state == .closed
    referral =
      c.referred
      ? (zh
        ? "本事项不在说事受理范围，已登记，将转交有关部门办理"
          + (rules.category(id: c.category)?.note.map { "（\($0)）" } ?? "")
        : "This matter is outside the booth's scope; it is registered and will be referred to the proper office.")
      : nil
    urgent = c.urgent
  }

  /// A case resolved after the booth.
  public struct Outcome: Sendable, Equatable {
    public var day: CivilDate
    public var summary: String
  }

  /// Who handles a case at `tier` before a person is named.
  static func office(of tier: Tier, _ lang: Lang) -> String {
    switch (tier, lang) {
    case (.household, .zh): return "楼栋长/中心户长"
    case (.residence, .zh): return "村（居）委会"
    case (.district, .zh): return "片区（街道相关部门）"
    case (.street, .zh): return "街道办事处"
    case (.household, .en): return "the building / centre-household head"
    case (.residence, .en): return "the village or residents' committee"
    case (.district, .en): return "the area office with street departments"
    case (.street, .en): return "the street office"
    }
  }

  /// 小事不出户 …
  static func rule(of tier: Tier, _ lang: Lang) -> String {
    switch (tier, lang) {
    case (.household, .zh): return "小事不出户"
    case (.residence, .zh): return "大事不出村居"
    case (.district, .zh): return "难事不出片区"
    case (.street, .zh): return "上交街道办理"
    case (.household, .en): return "small matters stay with the household"
    case (.residence, .en): return "big matters stay in the village or community"
    case (.district, .en): return "hard matters stay in the area"
    case (.street, .en): return "handed up to the street office"
    }
  }

  var zh: Bool { lang == .zh }
  func t(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

  public var title: String { t("说事回执", "Speak-up receipt") }

  /// Label and value pairs, in order (shared by the text and HTML forms): who and what, then
  /// where the case stands now, then the grievance and where to ask.
  public var fields: [(String, String)] {
    var out: [(String, String)] = [
      (t("编号", "Case ID"), caseID),
      (t("受理时间", "Received"), received),
      (t("居民", "Resident"), phoneMasked.isEmpty ? residentName : "\(residentName)  \(phoneMasked)"),
      (t("事项分类", "Category"), category + (urgent ? t("（紧急）", " (urgent)") : "")),
      (t("办理层级", "Level"), level),
    ]
    out += standing
    out.append((t("诉求摘要", "Grievance"), excerpt))
    if let sessionPlace { out.append((t("受理地点", "Taken at"), sessionPlace)) }
    if let boothPhone { out.append((t("咨询电话", "Phone"), boothPhone)) }
    return out
  }

  /// The tier with its rule, and where it came from when it moved up.
  var level: String {
    let now = "\(tier.name(lang))（\(Receipt.rule(of: tier, lang))）"
    guard let escalatedFrom else { return now }
    return now
      + t("，由\(escalatedFrom.name(lang))升级", ", escalated from \(escalatedFrom.name(lang))")
  }

  /// Where the case stands: settled at the booth, resolved, or who handles it by when. One
  /// entry per line, so a further fact (an extension) is one more entry.
  var standing: [(String, String)] {
    if let settledOnSpot {
      // Settled at the table: nobody is waiting to be assigned.
      return [
        (
          t("办理结果", "Outcome"),
          t("已当场化解", "settled on the spot")
            + (settledOnSpot.isEmpty ? "" : t("：", ": ") + settledOnSpot)
        )
      ]
    }
    var out: [(String, String)] = [
      (
        t("承办", "Handled by"),
        handler + (unassigned && resolved == nil ? t("（待派单）", " (to be assigned)") : "")
      )
    ]
    if let resolved {
      let state = closed ? t("已办结", "closed") : t("已办结，待评价", "resolved, awaiting your rating")
      out.append(
        (
          t("办理结果", "Outcome"),
          t("\(resolved.day) \(state)", "\(state) on \(resolved.day)")
            + (resolved.summary.isEmpty ? "" : t("：", ": ") + resolved.summary)
        ))
      return out
    }
    if let firstContactDue {
      out.append(
        (
          t("首次联系", "First contact"),
          t("\(firstContactDue) 前与您联系", "we will contact you by \(firstContactDue)")
        ))
    }
    if let deadline, extended {
      out.append((t("办理时限", "Deadline"), t("已延期至 \(deadline)", "extended to \(deadline)")))
    } else if let deadline {
      out.append(
        (
          t("办理时限", "Deadline"),
          t(
            "\(deadline) 前办结（\(deadlineDays) 个工作日）",
            "resolved by \(deadline) (\(deadlineDays) working days)")
        ))
    }
    return out
  }

  /// The closing lines.
  public var notes: [String] {
    var out: [String] = []
    if let referral { out.append(referral) }
    out.append(askLine)
    if settledOnSpot == nil && !closed {
      out.append(
        t(
          "办结后请对办理结果作出评价；如不满意，案件将升级办理。",
          "When it is resolved you will be asked to rate it; if you are not satisfied it goes up a level."
        ))
    }
    return out
  }

  /// Where and how to ask about progress: the booth's place and phone when set.
  var askLine: String {
    switch (boothPlace, boothPhone) {
    case (let place?, let phone?):
      return t(
        "请保存本回执，凭编号到\(place)或致电 \(phone) 查询办理进度。",
        "Keep this receipt; quote the case ID at \(place) or call \(phone) to ask about progress.")
    case (let place?, nil):
      return t(
        "请保存本回执，凭编号到\(place)查询办理进度。",
        "Keep this receipt; quote the case ID at \(place) to ask about progress.")
    case (nil, let phone?):
      return t(
        "请保存本回执，凭编号致电 \(phone) 查询办理进度。",
        "Keep this receipt; quote the case ID and call \(phone) to ask about progress.")
    case (nil, nil):
      return t("请保存本回执，凭编号查询办理进度。", "Keep this receipt; quote the case ID to ask about progress.")
    }
  }

  /// The receipt as lines of at most `width` display cells (for the screen and for `--format text`).
  public func lines(width: Int) -> [String] {
    let w = max(24, width)
    let labelWidth = min(10, fields.map { $0.0.displayWidth }.max() ?? 8) + 2
    var out: [String] = []
    let head = unitName.map { "\($0) · " + title } ?? title
    out.append(
      head.padded(to: min(w, max(head.displayWidth, 24)), alignment: .center)
        .trimmingTrailingSpaces())
    out.append(String(repeating: "─", count: min(w, 40)))
    for (label, value) in fields {
      let wrapped = value.terminalSafe(lines: .keep).wrapped(to: max(8, w - labelWidth))
      for (i, part) in wrapped.enumerated() {
        out.append(((i == 0 ? label : "").padded(to: labelWidth) + part).trimmingTrailingSpaces())
      }
    }
    out.append(String(repeating: "─", count: min(w, 40)))
    for note in notes { out += note.wrapped(to: w) }
    return out
  }
}
