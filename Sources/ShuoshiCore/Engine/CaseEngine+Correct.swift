import Foundation

/// 更正, 作废, 恢复: putting right what was typed wrong. A correction is an event like any
/// other — the history keeps the old value beside the new — and triage reruns where the
/// corrected value decides something: the deadline follows a new category, urgency or received
/// time while the case still stands where intake put it (no escalation, no reopening; later
/// steps set their own deadlines, which a correction leaves alone).
extension CaseEngine {
  func correctionDrafts(_ k: Correction, on c: Case, now: Date) throws(EngineError)
    -> [EventDraft]
  {
    let reason = try nonEmpty(k.reason, .reason)
    if let p = IntakeProblem.check(reason, as: .reason) { throw .invalidField(p.field, p.problem) }
    let typed = k.value.trimmingCharacters(in: .whitespacesAndNewlines)
    var out = EventPayload.Corrected(field: k.field.rawValue, reason: reason)
    let atIntake =
      c.state.isOpen && c.escalations == 0 && c.reopenCount == 0 && c.tier == c.tierAtIntake
    var category = c.category
    var tier = c.tier
    var urgent = c.urgent
    var received = c.receivedAt

    func checked(_ value: String, _ field: CaseField) throws(EngineError) -> String {
      if let p = IntakeProblem.check(value, as: field) { throw .invalidField(p.field, p.problem) }
      return value
    }
    switch k.field {
    case .name:
      var r = c.resident
      r.name = try checked(try nonEmpty(typed, .name), .name)
      (out.before, out.after, out.resident) = (c.resident.name, r.name, r)
    case .phone:
      guard PhoneNumber.isValid(typed) else { throw .invalidField(.phone, .notAPhoneNumber) }
      var r = c.resident
      r.phone = try checked(typed, .phone)
      (out.before, out.after, out.resident) = (c.resident.phone, r.phone, r)
    case .address:
      var r = c.resident
      r.address = try checked(typed, .address)
      // The register link followed the old address; the store links the new one.
      r.householdID = nil
      r.gridID = nil
      (out.before, out.after, out.resident) = (c.resident.address, r.address, r)
    case .otherParty:
      let parties = Self.parties(typed)
      for party in parties { _ = try checked(party, .otherParty) }
      (out.before, out.after) = (
        c.otherParties.joined(separator: "、"), parties.joined(separator: "、")
      )
      out.otherParties = parties
    case .text:
      let text = try checked(try nonEmpty(k.value, .text), .text)
      (out.before, out.after, out.text) = (
        c.text, text.trimmingCharacters(in: .whitespacesAndNewlines),
        text.trimmingCharacters(in: .whitespacesAndNewlines)
      )
    case .category:
      guard let found = categoryNamed(typed) else { throw .unknownCategory(typed) }
      category = found.id
      // The tier follows the category when it came from the category; a tier the worker or
      // the scope words chose stays.
      if atIntake, rules.category(id: c.category)?.tier == c.tier { tier = found.tier }
      urgent = c.urgent || found.urgent
      (out.before, out.after, out.category) = (c.category, found.id, found.id)
    case .urgent:
      guard let flag = Self.yesNo(typed) else { throw .badCorrection(.urgent) }
      urgent = flag
      (out.before, out.after, out.urgent) = (String(c.urgent), String(flag), flag)
    case .receivedAt:
      received = try receivedTime(typed, on: c, now: now)
      (out.before, out.after, out.receivedAt) = (
        stamp(c.receivedAt), stamp(received), received
      )
    }
    guard out.before != out.after else { throw .unchanged(k.field) }

    if atIntake && (k.field == .category || k.field == .urgent || k.field == .receivedAt) {
      if tier != c.tier { out.tier = tier }
      if urgent != c.urgent { out.urgent = urgent }
      out.deadline = deadline(category: category, tier: tier, urgent: urgent, from: received)
      if urgent != c.urgent || received != c.receivedAt {
        out.firstContactDue = calendar.deadline(
          from: received, workingDays: rules.firstContactDays(urgent: urgent))
      }
    } else if k.field == .category, urgent != c.urgent {
      out.urgent = urgent
    }
    return [EventDraft(.corrected(out))]
  }

  /// The category a worker names: its id, or its name in either language.
  public func categoryNamed(_ s: String) -> RoutingRules.Category? {
    rules.category(id: s)
      ?? rules.categories.first { $0.zh == s || $0.en.lowercased() == s.lowercased() }
  }

  /// A received time typed as `HH:mm` (the case's own day) or `YYYY-MM-DD HH:mm`: on the day
  /// the case was received (another day would move it between days' counts and numbering),
  /// and not in the future.
  func receivedTime(_ s: String, on c: Case, now: Date) throws(EngineError) -> Date {
    let day = calendar.civilDate(of: c.receivedAt)
    let parts = s.split(separator: " ").map(String.init)
    guard (1...2).contains(parts.count), let clock = parts.last,
      let hm = Self.hourMinute(clock)
    else { throw .badCorrection(.receivedAt) }
    if parts.count == 2 {
      guard let typedDay = CivilDate(iso: parts[0]) else { throw .badCorrection(.receivedAt) }
      guard typedDay == day else { throw .receivedOtherDay(day.description) }
    }
    let at = calendar.startOfDay(day).addingTimeInterval(TimeInterval(hm * 60))
    guard at <= now else { throw .badCorrection(.receivedAt) }
    return at
  }

  /// `YYYY-MM-DD HH:mm` in the calendar's time zone: how a corrected received time is shown.
  func stamp(_ date: Date) -> String {
    let minutes = Int(
      date.timeIntervalSince(calendar.startOfDay(calendar.civilDate(of: date))) / 60)
    return calendar.civilDate(of: date).description
      + String(format: " %02d:%02d", minutes / 60, minutes % 60)
  }

  /// Minutes after midnight of `HH:mm`.
  static func hourMinute(_ s: String) -> Int? {
    let hm = s.split(separator: ":", omittingEmptySubsequences: false)
    guard hm.count == 2, hm[0].count <= 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
      (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    return h * 60 + m
  }

  static func yesNo(_ s: String) -> Bool? {
    switch s.lowercased() {
    case "是", "紧急", "yes", "y", "true", "1": return true
    case "否", "不紧急", "no", "n", "false", "0": return false
    default: return nil
    }
  }

  /// Other parties typed as one line, separated by `、`, `,` or `，`.
  static func parties(_ s: String) -> [String] {
    s.split(whereSeparator: { "、,，".contains($0) })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
