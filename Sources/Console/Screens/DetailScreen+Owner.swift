import ShuoshiCore

extension DetailScreen {
  /// The dispatch loop's rows of the detail: the volunteer the case is dispatched to, and why
  /// the owner owns it — routing's reasons (at intake, on escalation) or the worker's reason
  /// for choosing them.
  func ownerFields(_ c: Case, history: [Event], session: Session) -> [(String, String)] {
    let r = session.strings.register
    var fields: [(String, String)] = []
    if let volunteer = c.volunteer { fields.append((r.labelVolunteer, volunteer)) }
    guard let assignee = c.assignee,
      let event = history.last(where: { $0.data.assignee == assignee })
    else { return fields }
    // The owner's step first (户级 → 1栋的楼栋长 张德明), then how the resident was placed:
    // the row is one line and its end may be clipped.
    let route = event.data.route ?? []
    let placing: Set<RouteReason.Kind> = [
      .addressExact, .addressFuzzy, .namePhone, .phone, .ambiguous, .noHousehold, .unit, .noUnit,
      .grid,
    ]
    var why =
      (route.filter { !placing.contains($0.kind) } + route.filter { placing.contains($0.kind) })
      .map { $0.text(session.lang) }
    if event.kind == .assigned, let reason = event.data.reason, !reason.isEmpty {
      why.append(reason)
    }
    if !why.isEmpty {
      fields.append((r.labelWhy, why.joined(separator: session.lang == .zh ? "；" : "; ")))
    }
    return fields
  }
}
