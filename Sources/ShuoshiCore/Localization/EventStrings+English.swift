extension EventStrings {
  /// English.
  public static let en = EventStrings(
    detail: { $0.isEmpty ? "" : ": \($0)" },
    listSeparator: ", ",
    route: { " [\($0.joined(separator: "; "))]" },

    created: { "received (\($0))" },
    triagedUrgent: ", urgent",
    triagedDue: { ", due \($0)" },
    triaged: { cat, tier, urgent, due in "triaged: \(cat) → \(tier)\(urgent)\(due)" },
    retiered: { from, to, detail in "retiered \(from) → \(to)\(detail)" },
    assigned: { "assigned to \($0)" },
    noted: { "note\($0)" },
    visitMinutes: { " (\($0) min)" },
    visited: { mins, detail in "visit/contact\(mins)\(detail)" },
    waiting: { "waiting, clock paused\($0)" },
    resumed: { "resumed, due \($0)" },
    onSpot: " (on the spot)",
    resolved: { spot, detail in "resolved\(spot)\(detail)" },
    rated: { rating, detail in "rated \(rating)\(detail)" },
    reopened: { "reopened\($0)" },
    escalatedOwner: { ", to \($0)" },
    escalated: { why, from, to, owner, detail, route in
      "escalated (\(why)) \(from) → \(to)\(owner)\(detail)\(route)"
    },
    undone: "undid the previous action",

    dispatched: { "dispatched to volunteer \($0)" },
    deliveredDone: ", done",
    deliveredNotDone: ", not done yet",
    delivered: { v, m, done in "delivered by \(v) (\(m) min)\(done)" },

    unitSaved: { kind, name in "saved \(kind ?? "unit") \(name)" },
    gridSaved: { "saved grid \($0)" },
    householdHead: { "（\($0)）" },
    householdSaved: { address, head in "saved household \(address)\(head)" },
    personSaved: { name, roles in "saved person \(name) (\(roles))" },

    sessionPlace: { ", at \($0)" },
    sessionDuty: { ", on duty: \($0)" },
    sessionOpened: { day, place, duty in "booth session \(day) opened\(place)\(duty)" },
    sessionClosed: "booth session closed",

    revealed: "revealed full phone and ID numbers",
    settled: { field, kept, n, why in
      "settled conflict (\(field)): kept \(kept), set aside \(n) concurrent version(s)\(why.map { ": " + $0 } ?? "")"
    },
    merged: { "merged duplicate \($0) into this case" },
    mergedInto: { "merged into \($0) as a duplicate" },
    unmerged: { "unmerged from \($0)" },
    erased: "personal details erased at the resident's request"
  )
}
