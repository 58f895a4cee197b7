import Foundation

extension Event {
  /// One line saying what happened, for history lists in the CLI and the console; the words come
  /// from `EventStrings`.
  public func summary(rules: RoutingRules, lang: Lang, calendar: WorkingCalendar? = nil) -> String {
    let d = data
    let s = EventStrings.forLang(lang)
    func tier(_ t: Tier?) -> String { t?.name(lang) ?? "?" }
    func day(_ date: Date?) -> String {
      guard let date, let calendar else { return "" }
      return calendar.civilDate(of: date).description
    }
    func words(_ text: String?) -> String { s.detail(text ?? "") }
    switch kind {
    case .created:
      return s.created(d.resident?.name ?? "")
    case .triaged:
      let cat = rules.name(ofCategory: d.category ?? "other", lang: lang)
      let urgent = d.urgent == true ? s.triagedUrgent : ""
      let due = d.deadline.map { _ in s.triagedDue(day(d.deadline)) } ?? ""
      return s.triaged(cat, tier(d.tier), urgent, due)
    case .retiered:
      return s.retiered(tier(d.fromTier), tier(d.tier), words(d.reason))
    case .assigned:
      return s.assigned(d.assignee ?? "") + words(d.reason) + routeText(lang)
    case .noted:
      return s.noted(words(d.reason))
    case .visited:
      return s.visited(d.minutes.map(s.visitMinutes) ?? "", words(d.reason))
    case .waiting:
      return s.waiting(words(d.reason))
    case .resumed:
      return s.resumed(day(d.deadline))
    case .resolved:
      return s.resolved(d.onSpot == true ? s.onSpot : "", words(d.summary))
    case .rated:
      return s.rated(d.rating?.name(lang) ?? "", words(d.reason))
    case .reopened:
      return s.reopened(words(d.reason))
    case .escalated:
      return s.escalated(
        d.escalation?.name(lang) ?? "", tier(d.fromTier), tier(d.tier),
        d.assignee.map(s.escalatedOwner) ?? "", words(d.reason), routeText(lang))
    case .undone:
      return s.undone
    case .revealed, .settled, .merged, .mergedInto, .unmerged, .erased:
      return ledgerSummary(lang)
    case .dispatched:
      return s.dispatched(d.volunteer ?? "") + words(d.reason)
    case .delivered:
      let done = d.done == true ? s.deliveredDone : s.deliveredNotDone
      return s.delivered(d.volunteer ?? "", d.minutes ?? 0, done) + words(d.reason)
    case .unitSaved:
      return s.unitSaved(d.unit?.kind.name(lang), d.unit?.name ?? "")
    case .gridSaved:
      return s.gridSaved(d.grid?.name ?? "")
    case .householdSaved:
      let h = d.household
      let head = h.map { $0.headName.isEmpty ? "" : s.householdHead($0.headName) } ?? ""
      return s.householdSaved(h?.address.text ?? "", head)
    case .personSaved:
      let p = d.person
      let roles = (p?.roles ?? []).map { $0.name(lang) }.joined(separator: s.listSeparator)
      return s.personSaved(p?.name ?? "", roles)
    case .sessionOpened:
      let staff = (d.staff ?? []).joined(separator: s.listSeparator)
      return s.sessionOpened(
        d.day ?? "", d.place.map(s.sessionPlace) ?? "", staff.isEmpty ? "" : s.sessionDuty(staff))
    case .sessionClosed:
      return s.sessionClosed
    }
  }

  /// The routing reasons of an automatic assignment: `〔户级 → 3栋的楼栋长 张德明；…〕`.
  func routeText(_ lang: Lang) -> String {
    guard let route = data.route, !route.isEmpty else { return "" }
    return EventStrings.forLang(lang).route(route.map { $0.text(lang) })
  }
}
