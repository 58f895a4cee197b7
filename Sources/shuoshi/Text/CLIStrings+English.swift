import Foundation
import ShuoshiCore

extension CLIStrings {
  /// English (`--lang en`, or an English `LANG`).
  static let en = CLIStrings(
    lang: .en,
    systemActor: "system",
    demoActor: "demo",

    initialised: { site, unit, op, data, config in
      "initialised: site \(site), \(unit), operator \(op); data \(data); config \(config)"
    },
    siteCodeKept: { "note: this data directory already exists with site code \($0)" },
    laptopLetter: { letter, site in
      "laptop letter \(letter): new case numbers read \(site)-\(letter)-20261207-001"
    },
    noLaptopLetter:
      "note: this laptop has no letter, so new case numbers carry none; with two or more laptops at one site they repeat. Give one with --laptop A (one letter or digit per laptop)",
    sameNumber: { n, cases in
      "\(n) more case\(n == 1 ? "" : "s") with this number (two laptops issued it): "
        + cases.joined(separator: "; ")
    },
    sameNumberCase: { id, received, name in "\(id) (received \(received), \(name))" },
    demoLoaded: { "loaded \($0) demo cases" },
    demoCreating: "creating the demo data…",
    demoCreated: { count, path in "demo data created: \(count) cases in \(path)" },
    benchGenerated: { cases, events, seconds, path in
      "generated \(cases) cases and \(events) events in \(seconds) s: \(path)"
    },
    benchCases: { "cases: \($0)" },
    benchSweep: { escalated, mb in
      "full sweep escalated \(escalated); peak memory of this process \(mb) MB"
    },
    benchSavePages: { saves, written, missed, hits in
      "pages per durable save (mean of \(saves)): \(String(format: "%.1f", written)) written (WAL frames), \(String(format: "%.1f", missed)) read into the cache (\(String(format: "%.0f", hits)) hits)"
    },
    benchSweepPages: { missed, hits, written, spilled, readMB, writtenMB in
      "full sweep pages: \(missed) read into the cache (\(hits) hits), \(written) written (\(spilled) spilled before the commit); storage read \(readMB) MB, written \(writtenMB) MB"
    },
    benchLongCase: { id, events, ms in "case \(id): \(events) events (built in \(ms) ms)" },
    benchPeak: { "peak memory of this process \($0) MB" },
    calendarMissing: { "! no calendar for \($0): deadlines fall back to Monday–Friday" },
    calendarProvisional: {
      "! the \($0) calendar is provisional (holidays computed, no make-up days): import the notice with shuoshi calendar import"
    },
    keyBindings: { "\($0) key bindings" },
    theme: { "theme \($0)" },

    noMatchingCases: "no matching cases",
    listPage: { total, page in "\(total) cases, page \(page)" },
    reportFolder: { "written to folder \($0) (one CSV file per table)" },
    merged: { b, a in "merged \(b) into \(a) as a duplicate (undo: shuoshi unmerge \(b))" },
    unmerged: { b, a in "unmerged: \(b) is separate from \(a) again" },
    noConflicts: "no conflicts to settle",
    settleHint: "settle: shuoshi settle ID --keep N (e.g. --keep 1)",
    settled: { id, tier, state, assignee in
      "\(id) settled: \(tier) · \(state)\(assignee.map { " · \($0)" } ?? "")"
    },

    sessionOpened: "booth session opened",
    sessionAlreadyOpen: "booth session already open",
    sessionResumed: "booth session resumed",
    sessionClosedLead: "booth session closed: ",
    sessionClosedTaken: { count, id in
      "\(count) cases taken (session show lists them; report --session \(id) reports)"
    },
    sessionStateOpen: "open",
    sessionStateClosed: "closed",
    sessionTally: { state, taken, resolved in
      "state: \(state) · \(taken) cases taken · \(resolved) resolved"
    },
    noSessions: "no booth sessions yet",
    sessionOpenMark: "[open] ",

    unencryptedWarning:
      "warning: --no-encrypt writes residents' names, phones and addresses in the clear; a lost stick leaks them",
    exported: { events, devices, bytes, encrypted, path in
      "exported \(events) events (\(devices) devices, \(bytes) bytes, \(encrypted ? "encrypted" : "NOT encrypted")) to \(path)"
    },
    noPeerExports: "no exports to a peer yet",
    peerMark: { peer, device, seq in "\(peer)  device \(device)  sent up to #\(seq)" },
    passphraseUnreadable: "cannot read the passphrase file",
    passphrasePrompt: "Bundle passphrase: ",
    passphraseAgain: "Again: ",

    memberRemoved: { household, address, name, left in
      "removed \(name) from household \(household) \(address) (\(left) left)"
    },
    noVolunteers: "no volunteers in the register and no deliveries",
    volunteerTotals: { minutes, deliveries in
      "total \(String(format: "%.1f", Double(minutes) / 60)) hours, \(deliveries) deliveries"
    },
    nobodyFound: "nobody found",
    gridsWithinLimit: "✓ no grid over its limit",
    notPartyVolunteer: { "note: \($0) is not a party member volunteer in the register" },
    personMatched: { typed, name in "\(typed) → \(name)" },
    notInRegister: { "note: \($0) is not in the register; recorded by name" }
  )
}
