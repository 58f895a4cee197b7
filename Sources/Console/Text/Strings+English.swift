import ShuoshiStore

extension Strings {
  /// English (`--lang en`, or an English `LANG`).
  public static let en = Strings(
    lang: .en,
    appName: "shuoshi",
    boothDay: "booth day",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    contextTitles: [
      .generic: "General", .list: "Queue", .detail: "Case", .form: "Intake form",
      .search: "Search", .report: "Report",
      .conflicts: "Conflicts",
      .warnings: "Warnings",
    ],
    queueTitle: "Case queue",
    detailTitle: { "Case \($0)" },
    intakeTitle: "New grievance",
    searchTitle: "Search cases",
    helpTitle: "Help · all keys",
    unavailable: { "[not on this case: \($0)]" },
    sweepNone: { "\($0) sweep: nothing overdue" },
    sweepDone: { time, escalated, tiers, handedUp in
      "\(time) sweep: \(escalated) up" + (tiers > escalated ? " (\(tiers) tiers in all)" : "")
        + (handedUp > 0 ? " (\(handedUp) to the street)" : "")
    },
    overdueAtStreet: { "\($0) overdue at the street" },
    calendarMissing: { years in
      "no working-day calendar for \(years.map(String.init).joined(separator: ", ")): deadlines use Mon–Fri"
    },
    calendarProvisional: { years in
      "the \(years.map(String.init).joined(separator: ", ")) calendar is provisional: holidays computed, no make-up days"
    },
    recorded: { id, what in "\(id): \(what)" },
    refreshed: "reloaded",

    tierNames: [
      .household: "household", .residence: "residence", .district: "district", .street: "street",
    ],
    compactCount: { n in
      if n < 10_000 { return "\(n)" }
      if n < 1_000_000 {
        return n < 100_000 ? String(format: "%.1fk", Double(n) / 1000) : "\(n / 1000)k"
      }
      return String(format: "%.1fM", Double(n) / 1_000_000)
    },
    tabTierNames: [.household: "House", .residence: "Res.", .district: "Dist.", .street: "Street"],
    tabOpen: "Open",
    tabMine: "Mine",
    tabOverdue: "Late",
    tabToday: "Today",
    tabAwaitingRating: "Follow-up",
    tabAll: "All",
    columnUrgent: "!",
    columnID: "ID",
    columnReceived: "Recvd",
    columnResident: "Resident",
    columnCategory: "Category",
    columnTier: "Tier",
    columnState: "State",
    columnDeadline: "Due",
    urgentMark: "!",
    emptyQueue: "No cases in this queue",
    position: { "\($0)/\($1)" },
    daysLeft: { "\($0)d left" },
    daysOverdue: { "\($0)d over" },
    dueToday: "due today",
    paused: "paused",

    labelResident: "Resident",
    labelReceived: "Received",
    labelAddress: "Address",
    labelCategory: "Category",
    labelOtherParty: "Other party",
    labelTier: "Tier",
    labelState: "State",
    labelAssignee: "Assignee",
    labelDeadline: "Deadline",
    labelFirstContact: "1st contact",
    labelEscalations: "Escalated",
    labelSummary: "Summary",
    labelRating: "Rating",
    labelReferral: "Referral",
    labelText: "Grievance",
    labelHistory: "History",
    tierAtIntake: { " (at intake: \($0))" },
    urgentBadge: "[URGENT]",
    unassigned: "not assigned",
    referredText: "out of scope: register and refer onward",
    clockRunning: "clock running",
    clockPaused: "clock paused (waiting)",
    clockStopped: "clock stopped",
    workingDaysLeft: { "\(workingDays($0)) left" },
    workingDaysOverdue: { "\(workingDays($0)) overdue" },
    contactedAt: { "contacted \($0)" },
    contactDue: { "due by \($0)" },
    contactLate: { "late (due \($0))" },
    escalationCount: { "\($0) times" },
    onSpot: " (on the spot)",
    onSpotButton: "On the spot",

    fieldName: "Name",
    fieldPhone: "Phone",
    fieldAddress: "Address",
    fieldOtherParty: "Other",
    fieldText: "Text",
    placeholderName: "resident's name",
    placeholderPhone: "mobile or landline, optional",
    placeholderAddress: "estate, building, entrance, flat",
    placeholderOtherParty: "the other party, optional",
    placeholderText: "the grievance in the resident's words (Enter: new line)",
    triageTitle: "Suggested routing",
    triageEmpty: "type the grievance to see a suggestion",
    triageUrgent: "urgent",
    triageReasons: "Because",
    triageDeadline: { date, days in "\(date) (\(workingDays(days)))" },
    tierOverride: { suggested, reason in "overridden (suggested \(suggested)): \(reason)" },
    tierKeysHint: "1-4 pick a tier",
    duplicatesTitle: "Possible duplicates (open)",
    receiptTitle: "Saved",
    deadlineWithNote: { date, note in "\(date) (\(note))" },
    discardTitle: "Discard this intake?",
    discardMessage: "What you typed will not be saved.",
    keepEditing: "Keep editing",
    discard: "Discard",
    duplicateTitle: "Possible duplicate",
    duplicateMessage: { lines in
      "These open cases may be the same matter:\n" + lines.joined(separator: "\n")
        + "\nSave as a new case anyway?"
    },
    saveAnyway: "Save anyway",
    goBack: "Go back",
    tierPickerTitle: "Pick a tier",
    tierReasonTitle: "Why this tier",
    tierReasonMessage: { from, to in "\(from) → \(to); the reason:" },

    searchLabel: "Search",
    searchPlaceholder: "name, phone tail, address or text",
    searchCount: { "\($0) found" },
    searchNothing: "nothing found",
    searchHint: "search as you type, ↑↓ select, Enter open",

    ok: "OK",
    cancel: "Cancel",
    pickerHint: "digit picks, Enter confirms, Esc cancels",
    assignTitle: "Assign",
    assignMessage: { current in
      current.map { "Assignee (now: \($0))" } ?? "Assignee (e.g. a building head, a committee)"
    },
    noteTitle: "Note",
    noteMessage: "The note",
    visitTitle: "Visit / call",
    visitMessage: "What happened (optional)",
    waitTitle: "Wait",
    waitMessage: "Waiting for what (pauses the clock)",
    resolveTitle: "Resolve",
    resolveMessage: "Summary of the resolution",
    rateTitle: "Resident's rating",
    rateCommentTitle: "Unsatisfied",
    rateCommentMessage: "Why (optional); the case reopens and moves up a tier",
    escalateTitle: "Why escalate",
    escalateNoteTitle: "Escalate",
    escalateNoteMessage: { from, to in "\(from) → \(to); a note (optional):" },
    retierTitle: "Change tier",
    reopenTitle: "Reopen",
    reopenMessage: "Why (optional)",
    undoTitle: "Undo",
    undoMessage: {
      "Undo this step?\n\($0)\n(the undo is recorded in the history too; Enter cancels, u again undoes)"
    },
    undoButton: "Undo",
    undoCancelled: "cancelled: nothing was undone",
    quitTitle: "Quit?",
    quitMessage: "An intake is not saved and will be lost.",
    quitButton: "Quit",
    errorTitle: "Something went wrong"
  )
}

extension BoothStrings {
  /// Report screen, booth session, receipt, first-run setup.
  public static let en = BoothStrings(
    reportTitle: "Report",
    presetNames: ["session", "this week", "this month", "last month"],
    scopeWhole: "whole street",
    scopeUnit: { "unit \($0)" },
    namesMasked: "names masked",
    namesShown: "with names",
    noSessions:
      "No booth sessions yet: one starts when the console opens on a Saturday (or shuoshi session open).",
    sessionPeriod: { day, place in place.isEmpty ? "session \(day)" : "session \(day) \(place)" },
    lineOf: { "line \($0)/\($1)" },

    sessionBadge: { $0.isEmpty ? "booth open" : "booth open · \($0)" },
    sessionOpened: { $0.isEmpty ? "booth session opened" : "booth session opened: \($0)" },
    sessionResumed: {
      $0.isEmpty ? "today's booth session resumed" : "today's booth session resumed: \($0)"
    },
    onSpotTitle: "Settled on the spot",
    onSpotMessage:
      "Settled at the booth table; recorded as resolved on the spot. How (left empty: as the grey text says):",
    onSpotDefault: "talked through at the booth; the resident agreed",

    receiptTitle: { "Saved · receipt \($0)" },
    receiptClose: "Close",
    receiptWrite: "Save printable file (p)",
    receiptWritten: { "receipt written to \($0)" },
    receiptNowhere: "no folder to write receipts to",

    setupTitle: "First run · set up this laptop",
    setupIntro:
      "This laptop has no data directory yet. Fill these in to start (shuoshi init changes them later).",
    setupSite: "Site code",
    setupUnit: "Community/village",
    setupOperator: "On duty",
    setupLaptop: "Laptop letter",
    setupBoothPlace: "Booth place",
    setupBoothPhone: "Booth phone",
    setupDemo: "Load demo data",
    setupSitePlaceholder: "2–6 capital letters or digits, e.g. HJ",
    setupUnitPlaceholder: "e.g. 汉江路街道六堰社区",
    setupOperatorPlaceholder: "e.g. 王芳",
    setupLaptopPlaceholder:
      "one letter or digit per laptop of the site, e.g. A (HJ-A-20261207-001)",
    setupBoothPlacePlaceholder: "printed on receipts, e.g. 六堰社区党群服务中心",
    setupBoothPhonePlaceholder: "printed on receipts, e.g. 0719-8123456",
    yes: "yes",
    no: "no",
    setupHint: "Tab/Enter next · Space yes/no · Ctrl-S save · Esc cancel and quit",
    setupBadSite: "the site code must be 2–6 capital letters or digits, e.g. HJ",
    setupBadLaptop:
      "the laptop letter must be one capital letter or digit, e.g. A; one per laptop of the site",
    setupNoUnit: "give the community or village name",
    setupNoOperator: "give who is on duty",
    setupBadField: { field, problem in
      let names: [SiteSetup.Field: String] = [
        .unit: "the unit name", .operatorName: "the operator", .boothPhone: "the booth phone",
        .boothPlace: "the booth place",
      ]
      return problem.message(field: names[field] ?? "", .en)
    },
    setupWhere: { data, config in "data: \(data)\nsettings: \(config)" },
    setupWorking: "creating the data directory…",
    setupDemoWorking: "creating the demo data…"
  )
}

/// "1 working day", "3 working days": English needs the plural the Chinese 个工作日 does not.
private func workingDays(_ n: Int) -> String {
  abs(n) == 1 ? "\(n) working day" : "\(n) working days"
}
