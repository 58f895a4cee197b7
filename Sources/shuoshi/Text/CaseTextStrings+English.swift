import ShuoshiCore

extension CaseTextStrings {
  /// English (`--lang en`, or an English `LANG`).
  static let en = CaseTextStrings(
    paused: "paused",
    overdue: { "\($0)d overdue" },
    dueToday: "due today",
    left: { "\($0) wd left" },

    listColumns: ["ID", "Received", "Resident", "Phone", "Category", "Tier", "State", "Due", ""],
    urgentMark: "URGENT",

    labelID: "ID",
    urgentTag: "  [URGENT]",
    labelReceived: "Received",
    labelResident: "Resident",
    labelAddress: "Address",
    labelOtherParty: "Other party",
    labelCategory: "Category",
    labelTier: "Tier",
    atIntake: { " (at intake: \($0))" },
    labelState: "State",
    labelAssignee: "Assignee",
    labelVolunteer: "Volunteer",
    labelDeadline: "Deadline",
    labelEscalations: "Escalations",
    labelReferral: "Referral",
    referral: "out of scope: refer onward",
    labelSummary: "Summary",
    labelRating: "Rating",
    grievanceHeading: "Grievance:",
    historyHeading: "History:"
  )
}
