import ShuoshiCore

extension SyncStrings {
  /// English (`--lang en`, or an English `LANG`).
  static let en = SyncStrings(
    unencryptedImport:
      "note: this bundle was not encrypted (imported with --allow-unencrypted); its source cannot be authenticated",
    nothingNew: { "all \($0) events of the bundle are already here; nothing changed" },
    imported: { added, received, device, site, cases in
      "imported \(added) new events (\(received) in the bundle, from device \(device), site \(site)); \(cases) cases updated"
    },
    importVerified: { chains, cases in "verified: \(chains) device chains, \(cases) cases" },
    sharedNumber: { id, shown in
      "note: two laptops gave the same number \(id) to different cases; both keep it, the one "
        + "that just arrived is listed here as \(shown), and looking up \(id) lists both "
        + "(give each laptop a letter to avoid this: shuoshi init --laptop)"
    },
    conflictsToSettle: {
      "\($0) conflict(s) to settle (see shuoshi conflicts, then shuoshi settle):"
    },
    clockAhead: {
      "warning: the sender's clock is about \($0) hours ahead of this laptop's; check its time"
    },

    conflictHeadline: { id, field, n in "\(id)  \(field): \(n) concurrent versions" },
    inEffect: "  ← in effect",
    device: "device ",
    chain: { device, events, head in "device \(device): \(events) events, head \(head)" },
    verified: { events, cases in
      "ok: \(events) events, \(cases) cases; nothing altered, missing or reordered"
    },
    problemsFound: { "\($0) problem(s) found:" },

    mergedInto: { "Merged    into \($0) as a duplicate" },
    absorbed: { "Merged    duplicates: \($0.joined(separator: ", "))" },
    erasedRow: "Personal  erased at the resident's request",
    conflictRow: { field, n in
      "Conflict  \(field): \(n) concurrent versions to settle (shuoshi conflicts)"
    },

    sweep: { escalated, tiers, handedUp, atStreet in
      "\(escalated) escalated" + (tiers > escalated ? " (\(tiers) tiers in all)" : "")
        + " (\(handedUp) handed up to the street); \(atStreet) overdue at the street office"
    },
    sessionStaff: { "on duty: " + $0.joined(separator: ", ") }
  )
}
