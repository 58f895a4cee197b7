import Foundation

extension Event {
  /// One line saying what happened, for history lists in the CLI and the console; the words come
  /// from `EventStrings`.
  public func summary(rules: RoutingRules, lang: Lang, calendar: WorkingCalendar? = nil) -> String {
    let s = EventStrings.forLang(lang)
    func tier(_ t: Tier?) -> String { t?.name(lang) ?? "?" }
    func day(_ date: Date?) -> String {
      guard let date, let calendar else { return "" }
      return calendar.civilDate(of: date).description
    }
    func words(_ text: String?) -> String { s.detail(text ?? "") }
    switch payload {
    case .created(let d):
      return s.created(d.resident?.name ?? "")
    case .triaged(let d):
      let cat = rules.name(ofCategory: d.category ?? "other", lang: lang)
      let urgent = d.urgent == true ? s.triagedUrgent : ""
      let due = d.deadline.map { _ in s.triagedDue(day(d.deadline)) } ?? ""
      return s.triaged(cat, tier(d.tier), urgent, due)
    case .retiered(let d):
      return s.retiered(tier(d.fromTier), tier(d.tier), words(d.reason))
    case .assigned(let d):
      return s.assigned(d.assignee ?? "") + words(d.reason) + routeText(d.route, lang)
    case .noted(let d):
      return s.noted(words(d.reason))
    case .visited(let d):
      return s.visited(d.minutes.map(s.visitMinutes) ?? "", words(d.reason))
    case .waiting(let d):
      let f = SupervisionEventStrings.forLang(lang)
      return s.waiting(words(d.reason)) + (d.until.map { f.waitUntil(day($0)) } ?? "")
    case .resumed(let d):
      if d.expired == true {
        return SupervisionEventStrings.forLang(lang).resumedExpired(
          day(d.effectiveAt), day(d.deadline))
      }
      return s.resumed(day(d.deadline))
    case .resolved(let d):
      return s.resolved(d.onSpot == true ? s.onSpot : "", words(d.summary))
    case .rated(let d):
      return s.rated(d.rating?.name(lang) ?? "", words(d.reason))
    case .reopened(let d):
      return s.reopened(words(d.reason))
    case .escalated(let d):
      return s.escalated(
        d.escalation?.name(lang) ?? "", tier(d.fromTier), tier(d.tier),
        d.assignee.map(s.escalatedOwner) ?? "", words(d.reason), routeText(d.route, lang))
    case .undone:
      return s.undone
    case .revealed, .settled, .merged, .mergedInto, .unmerged, .erased:
      return ledgerSummary(lang)
    case .dispatched(let d):
      return s.dispatched(d.volunteer ?? "") + words(d.reason)
    case .delivered(let d):
      let done = d.done == true ? s.deliveredDone : s.deliveredNotDone
      return s.delivered(d.volunteer ?? "", d.minutes ?? 0, done) + words(d.reason)
    case .unitSaved(let d):
      return s.unitSaved(d.unit?.kind.name(lang), d.unit?.name ?? "")
    case .gridSaved(let d):
      return s.gridSaved(d.grid?.name ?? "")
    case .householdSaved(let d):
      let h = d.household
      let head = h.map { $0.headName.isEmpty ? "" : s.householdHead($0.headName) } ?? ""
      return s.householdSaved(h?.address.text ?? "", head)
    case .personSaved(let d):
      let p = d.person
      let roles = (p?.roles ?? []).map { $0.name(lang) }.joined(separator: s.listSeparator)
      return s.personSaved(p?.name ?? "", roles)
    case .sessionOpened(let d):
      let staff = (d.staff ?? []).joined(separator: s.listSeparator)
      return s.sessionOpened(
        d.day ?? "", d.place.map(s.sessionPlace) ?? "", staff.isEmpty ? "" : s.sessionDuty(staff))
    case .sessionClosed:
      return s.sessionClosed
    case .corrected(let d):
      return correctionSummary(d, rules: rules, lang: lang)
    case .voided(let d):
      return CorrectionStrings.forLang(lang).voided(words(d.reason))
    case .restored(let d):
      return CorrectionStrings.forLang(lang).restored(words(d.reason))
    case .followedUp(let d):
      return FollowUpStrings.forLang(lang).summary(d) + words(d.reason)
    case .extended, .returned, .urged, .supervised:
      return supervisionSummary(lang, day: day)
    case .roundRecorded(let d):
      let r = d.round
      return SurveyRoundStrings.forLang(lang).recorded(
        r?.gridName ?? "", r?.day.description ?? "", r?.households ?? 0, r?.zeroReport ?? false)
    case .grouped, .ungrouped:
      return groupCaseSummary(lang)
    case .warningRaised, .warningAcknowledged, .warningDismissed, .warningTakenOn,
      .warningMerged:
      return warningSummary(lang)
    }
  }

  /// `更正电话：138…→139…：原因`; values as people read them (a category's name, 是/否). After
  /// an erasure the personal values are gone: the line says what was corrected, not to what.
  func correctionSummary(_ d: EventPayload.Corrected, rules: RoutingRules, lang: Lang) -> String {
    let w = CorrectionStrings.forLang(lang)
    let field = d.field.flatMap(CorrectableField.init(rawValue:))
    func shown(_ v: String?) -> String {
      guard let v else { return "…" }
      switch field {
      case .category: return rules.name(ofCategory: v, lang: lang)
      case .urgent: return v == "true" ? w.yes : w.no
      default: return v.isEmpty ? w.empty : v
      }
    }
    return w.corrected(
      field?.name(lang) ?? d.field ?? "", shown(d.before), shown(d.after),
      EventStrings.forLang(lang).detail(d.reason ?? ""))
  }

  /// The routing reasons of an automatic assignment: `〔户级 → 3栋的楼栋长 张德明；…〕`.
  func routeText(_ route: [RouteReason]?, _ lang: Lang) -> String {
    guard let route, !route.isEmpty else { return "" }
    return EventStrings.forLang(lang).route(route.map { $0.text(lang) })
  }
}
