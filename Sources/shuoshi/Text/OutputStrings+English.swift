import ShuoshiCore

extension OutputStrings {
  /// English (`--lang en`, or an English `LANG`).
  static let en = OutputStrings(
    listSeparator: ", ",
    errorPrefix: "error: ",
    looserPermissions: { "warning: readable by others: \($0)" },
    unknownTimeZone: { name, used in
      "warning: the site's time_zone \"\(name)\" is not a known zone (e.g. Asia/Shanghai); times show in \(used)"
    },
    yes: "yes",
    no: "no",
    category: "category: ",
    tier: "tier: ",
    reasonsHeading: "reasons:",

    urgent: "urgent: ",
    referral: "referral: out of scope",
    confidence: "confidence: ",
    household: "household: ",
    inParentheses: { " (\($0))" },
    owner: "owner: ",

    categories: { "\($0) categories" },
    pinyinCharacters: { "pinyin of \($0) characters" },
    calendarYear: { year, provisional, holidays, workdays in
      "\(year)\(provisional ? " (provisional)" : ""): \(holidays) holidays, \(workdays) make-up workdays"
    },
    csvRows: { rows, encoding in "\(rows) rows, \(encoding)" },

    labelHousehold: "Household",
    labelGrid: "Grid",
    labelMembers: "Members",
    labelPhone: "Phone",
    labelFlags: "Flags",
    labelNote: "Note",
    labelLookedAfter: "Looked after",
    labelVisits: "Visits",
    householdVisits: { cases, open, streak in
      "\(cases) cases, \(open) open" + (streak.isEmpty ? "" : ", \(streak)")
    },
    peopleColumns: ["ID", "Name", "Phone", "Roles", "Unit", "Grid", "Looks after"],
    volunteerColumns: ["Name", "Unit", "Hours", "Deliveries", "Cases", "Open"],
    capacityColumns: ["Unit", "Grid", "Head", "Households", "Limit", "Open", ""],
    overMark: "✗ over",
    registerTotals: { units, grids, households, people in
      "\(units) units, \(grids) grids, \(households) households, \(people) people"
    },

    importCountsSeparator: ", ",
    importHead: { file, encoding, rows in "\(file): encoding \(encoding), \(rows) data rows" },
    importCreated: { "  created: \($0)" },
    importUpdated: { "  updated: \($0)" },
    importUnchanged: { "  unchanged: \($0)" },
    importIgnored: { "  columns not recognised (ignored): \($0)" },
    importDryRun: "dry run: nothing written",
    importNoChange: "the register already says this; nothing changed",
    importSaved: { "\($0) records saved" },

    erasePreview: "would erase the resident's personal details from:",
    eraseConfirm: "add --yes to do it (cannot be undone)",
    erased: "erased the resident's personal details (counts kept):",
    eraseUnfinished:
      "the erasure is saved, but this clean-up did not finish; old bytes may remain in these files:",
    eraseCompacting: { path, reason in "  compacting the database \(path): \(reason)" },
    eraseRemoving: { path, reason in "  removing \(path): \(reason)" },
    eraseRetry:
      "free some disk space (or fix the problem above) and run the same erase-resident command again to finish",
    diskFull: "disk full",
    readOnlyDisk: "read-only disk",
    eraseFinished:
      "compacted the database and removed migration backups (finishing an earlier erasure's clean-up)",
    contactPhone: "contact phone",
    erasedCases: {
      "  cases: \($0.count)" + ($0.isEmpty ? "" : " (" + $0.joined(separator: ", ") + ")")
    },
    erasedMembers: {
      "  register household rows: \($0.count)"
        + ($0.isEmpty ? "" : " (" + $0.joined(separator: ", ") + ")")
    },
    erasedReceipts: {
      "  receipt files: \($0.count)" + ($0.isEmpty ? "" : " (" + $0.joined(separator: ", ") + ")")
    },
    erasedBackups: {
      "  migration backups: \($0.count)"
        + ($0.isEmpty ? "" : " (" + $0.joined(separator: ", ") + ")")
    }
  )
}
