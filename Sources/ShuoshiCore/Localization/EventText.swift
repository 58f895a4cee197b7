import Foundation

extension Event {
  /// One line saying what happened, for history lists in the CLI and the console.
  public func summary(rules: RoutingRules, lang: Lang, calendar: WorkingCalendar? = nil) -> String {
    let zh = lang == .zh
    func tier(_ t: Tier?) -> String { t?.name(lang) ?? "?" }
    func day(_ date: Date?) -> String {
      guard let date, let calendar else { return "" }
      return calendar.civilDate(of: date).description
    }
    func words(_ s: String?) -> String {
      guard let s, !s.isEmpty else { return "" }
      return zh ? "：\(s)" : ": \(s)"
    }
    func route(_ reasons: [RouteReason]?) -> String { routeText(reasons, lang) }
    switch payload {
    case .created(let d):
      let who = d.resident?.name ?? ""
      return zh ? "登记受理（\(who)）" : "received (\(who))"
    case .triaged(let d):
      let cat = rules.name(ofCategory: d.category ?? "other", lang: lang)
      let urgent = d.urgent == true ? (zh ? "，紧急" : ", urgent") : ""
      let due =
        d.deadline.map { _ in zh ? "，期限 \(day(d.deadline))" : ", due \(day(d.deadline))" } ?? ""
      return zh
        ? "分类：\(cat) → \(tier(d.tier))\(urgent)\(due)"
        : "triaged: \(cat) → \(tier(d.tier))\(urgent)\(due)"
    case .retiered(let d):
      return zh
        ? "调整层级 \(tier(d.fromTier)) → \(tier(d.tier))\(words(d.reason))"
        : "retiered \(tier(d.fromTier)) → \(tier(d.tier))\(words(d.reason))"
    case .assigned(let d):
      let head = zh ? "派单给 \(d.assignee ?? "")" : "assigned to \(d.assignee ?? "")"
      return head + words(d.reason) + route(d.route)
    case .noted(let d):
      return zh ? "备注\(words(d.reason))" : "note\(words(d.reason))"
    case .visited(let d):
      let mins = d.minutes.map { zh ? "（\($0) 分钟）" : " (\($0) min)" } ?? ""
      return zh ? "走访/联系\(mins)\(words(d.reason))" : "visit/contact\(mins)\(words(d.reason))"
    case .waiting(let d):
      return zh ? "挂起等待，期限暂停\(words(d.reason))" : "waiting, clock paused\(words(d.reason))"
    case .resumed(let d):
      return zh ? "恢复办理，期限顺延至 \(day(d.deadline))" : "resumed, due \(day(d.deadline))"
    case .resolved(let d):
      let spot = d.onSpot == true ? (zh ? "（当场化解）" : " (on the spot)") : ""
      return zh ? "办结\(spot)\(words(d.summary))" : "resolved\(spot)\(words(d.summary))"
    case .rated(let d):
      return zh
        ? "群众评价：\(d.rating?.name(lang) ?? "")\(words(d.reason))"
        : "rated \(d.rating?.name(lang) ?? "")\(words(d.reason))"
    case .reopened(let d):
      return zh ? "重新打开\(words(d.reason))" : "reopened\(words(d.reason))"
    case .escalated(let d):
      let why = d.escalation?.name(lang) ?? ""
      let owner = d.assignee.map { zh ? "，转交 \($0)" : ", to \($0)" } ?? ""
      return zh
        ? "升级（\(why)）\(tier(d.fromTier)) → \(tier(d.tier))\(owner)\(words(d.reason))\(route(d.route))"
        : "escalated (\(why)) \(tier(d.fromTier)) → \(tier(d.tier))\(owner)\(words(d.reason))\(route(d.route))"
    case .undone:
      return zh ? "撤销上一操作" : "undid the previous action"
    case .revealed, .settled, .merged, .mergedInto, .unmerged, .erased:
      return ledgerSummary(lang)
    case .dispatched(let d):
      let v = d.volunteer ?? ""
      return (zh ? "派单给志愿者 \(v)" : "dispatched to volunteer \(v)") + words(d.reason)
    case .delivered(let d):
      let v = d.volunteer ?? ""
      let m = d.minutes ?? 0
      let done = d.done == true ? (zh ? "，已办完" : ", done") : (zh ? "，未办完" : ", not done yet")
      return (zh ? "志愿者 \(v) 送单（\(m) 分钟）\(done)" : "delivered by \(v) (\(m) min)\(done)")
        + words(d.reason)
    case .unitSaved(let d):
      let u = d.unit
      return zh
        ? "保存\(u?.kind.name(.zh) ?? "")：\(u?.name ?? "")"
        : "saved \(u?.kind.name(.en) ?? "unit") \(u?.name ?? "")"
    case .gridSaved(let d):
      return zh ? "保存网格：\(d.grid?.name ?? "")" : "saved grid \(d.grid?.name ?? "")"
    case .householdSaved(let d):
      let h = d.household
      let who = h.map { $0.headName.isEmpty ? "" : "（\($0.headName)）" } ?? ""
      return zh
        ? "保存住户：\(h?.address.text ?? "")\(who)" : "saved household \(h?.address.text ?? "")\(who)"
    case .personSaved(let d):
      let p = d.person
      let roles = (p?.roles ?? []).map { $0.name(lang) }.joined(separator: zh ? "、" : ", ")
      return zh ? "保存人员：\(p?.name ?? "")（\(roles)）" : "saved person \(p?.name ?? "") (\(roles))"
    case .sessionOpened(let d):
      let place = d.place.map { zh ? "，地点：\($0)" : ", at \($0)" } ?? ""
      let staff = (d.staff ?? []).joined(separator: zh ? "、" : ", ")
      let duty = staff.isEmpty ? "" : (zh ? "，值班：\(staff)" : ", on duty: \(staff)")
      return zh
        ? "开始说事场次 \(d.day ?? "")\(place)\(duty)"
        : "booth session \(d.day ?? "") opened\(place)\(duty)"
    case .sessionClosed:
      return zh ? "结束说事场次" : "booth session closed"
    }
  }

  /// The routing reasons of an automatic assignment: `〔户级 → 3栋的楼栋长 张德明；…〕`.
  func routeText(_ route: [RouteReason]?, _ lang: Lang) -> String {
    guard let route, !route.isEmpty else { return "" }
    let parts = route.map { $0.text(lang) }
    return lang == .zh ? "〔\(parts.joined(separator: "；"))〕" : " [\(parts.joined(separator: "; "))]"
  }
}
