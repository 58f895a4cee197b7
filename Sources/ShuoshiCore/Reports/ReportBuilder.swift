import Foundation

/// Adds up case facts into a `Report`. Pure: the same facts and request give the same report.
///
/// Three kinds of numbers, each on its own base (docs/REPORTS.md):
/// - **cohort** — cases received in the period (and in scope), as they stood at `asOf`:
///   received, categories, tiers, every rate, weeks, patterns, grids, repeat residents;
/// - **activity** — what happened in the period to any case in scope: escalations by
///   reason, cases handed up (上交);
/// - **stock** — every case in scope received before the period's end that is still open at
///   `asOf`: open and overdue at period end.
///
/// `facts` must hold every case in scope that any of the three can count (more is fine:
/// the builder filters).
public struct ReportBuilder: Sendable {
  public let rules: RoutingRules
  public let calendar: WorkingCalendar

  /// How many categories the pattern tables show before lumping the rest together.
  public var patternCategories = 6
  /// How many grids and repeat residents are listed.
  public var topCount = 10

  public init(rules: RoutingRules, calendar: WorkingCalendar) {
    self.rules = rules
    self.calendar = calendar
  }

  /// The whole pure path: case histories (each the full log of one case, oldest first) →
  /// facts at `asOf` → report.
  public func build(
    histories: [[Event]], request: ReportRequest, sessions: [BoothSession] = [], generatedAt: Date
  ) -> Report {
    let facts = histories.compactMap {
      CaseFacts.replay($0, asOf: request.asOf, calendar: calendar)
    }
    return build(facts: facts, request: request, sessions: sessions, generatedAt: generatedAt)
  }

  public func build(
    facts all: [CaseFacts], request: ReportRequest, sessions: [BoothSession] = [], generatedAt: Date
  ) -> Report {
    let period = request.period
    let asOf = request.asOf
    let inScope = all.filter { request.scope.contains($0) }
    let cohort = inScope.filter { period.contains($0.receivedAt) }.sorted {
      $0.receivedAt < $1.receivedAt
    }
    let resolved = cohort.filter(\.isResolved)
    let stock = inScope.filter { $0.receivedAt < period.end && $0.state.isOpen }
    let moves = inScope.flatMap { f in f.moves.filter { $0.reason != nil && period.contains($0.at) }
    }
    let handed = inScope.filter { $0.handedUpAt.map(period.contains) ?? false }
      .sorted { ($0.handedUpAt!, $0.id) < ($1.handedUpAt!, $1.id) }
    let ratings = cohort.compactMap(\.rating)

    var report = Report(
      request: request, generatedAt: generatedAt,
      sessions: sessions.filter { request.scope.sessions.contains($0.uuid) }
        .sorted {
          ($0.day, $0.openedAt, $0.uuid.uuidString) < ($1.day, $1.openedAt, $1.uuid.uuidString)
        },
      missingCalendarYears: calendar.missingYears(
        from: period.start, to: period.end.addingTimeInterval(-1)),
      received: cohort.count, resolved: resolved.count, onSpot: cohort.filter(\.onSpot).count,
      rated: ratings.count, satisfied: ratings.filter { $0 == .satisfied }.count,
      basicallySatisfied: ratings.filter { $0 == .basic }.count,
      unsatisfied: ratings.filter { $0 == .unsatisfied }.count,
      reopened: cohort.filter { $0.reopenCount > 0 }.count, escalations: moves.count,
      handedUpCount: handed.count, openAtEnd: stock.count,
      overdueAtEnd: stock.filter(\.overdue).count,
      rates: RateKind.allCases.map {
        Report.RateRow(kind: $0, rate: $0.compute(cohort, asOf: asOf))
      },
      categories: categories(cohort), tiers: tiers(cohort, stock: stock),
      escalationReasons: EscalationReason.allCases.map { reason in
        Report.ReasonRow(reason: reason, count: moves.filter { $0.reason == reason }.count)
      },
      handedUp: handed.map { handUp($0, withNames: request.withNames) },
      grids: grids(cohort), repeatResidents: repeatResidents(cohort, withNames: request.withNames),
      weeks: weeks(cohort, scoped: inScope, period: period),
      weekdayPattern: weekdayPattern(cohort), monthPattern: monthPattern(cohort, period: period),
      followUps: FollowUpTally(cohort))
    report.supervision = SupervisionCounts(inScope, period: period)
    return report
  }

  // MARK: - Tables

  func categoryLabel(_ id: String) -> Label {
    Label(zh: rules.name(ofCategory: id, lang: .zh), en: rules.name(ofCategory: id, lang: .en))
  }

  func categories(_ cohort: [CaseFacts]) -> [Report.CategoryRow] {
    Dictionary(grouping: cohort, by: \.category).map { id, cases in
      let resolved = cases.filter(\.isResolved)
      return Report.CategoryRow(
        id: id, name: categoryLabel(id), received: cases.count, resolved: resolved.count,
        local: resolved.filter { $0.escalationCount == 0 && $0.tier == $0.tierAtIntake }.count,
        onSpot: cases.filter(\.onSpot).count)
    }.sorted { ($1.received, $0.id) < ($0.received, $1.id) }
  }

  func tiers(_ cohort: [CaseFacts], stock: [CaseFacts]) -> [Report.TierRow] {
    Tier.allCases.map { tier in
      let resolvedHere = cohort.filter { $0.isResolved && $0.tier == tier }
      let days = resolvedHere.map {
        calendar.workingDaysElapsed(from: $0.receivedAt, to: $0.resolvedAt!)
      }
      let open = stock.filter { $0.tier == tier }
      return Report.TierRow(
        tier: tier, atIntake: cohort.filter { $0.tierAtIntake == tier }.count,
        atResolution: resolvedHere.count,
        averageWorkingDays: days.isEmpty ? nil : Double(days.reduce(0, +)) / Double(days.count),
        openAtEnd: open.count, overdueAtEnd: open.filter(\.overdue).count)
    }
  }

  func handUp(_ f: CaseFacts, withNames: Bool) -> Report.HandUp {
    Report.HandUp(
      caseID: f.id, received: calendar.civilDate(of: f.receivedAt),
      handedUp: calendar.civilDate(of: f.handedUpBy?.effective ?? f.handedUpAt!),
      category: categoryLabel(f.category),
      reason: f.handedUpBy?.reason, byHand: f.handedUpBy != nil && f.handedUpBy?.reason == nil,
      from: f.handedUpBy?.from, stateAtEnd: f.state,
      resident: withNames ? f.residentName : NameMask.mask(f.residentName))
  }

  func grids(_ cohort: [CaseFacts]) -> [Report.GridRow] {
    let rows = Dictionary(grouping: cohort, by: \.gridID).map { grid, cases in
      Report.GridRow(
        gridID: grid, received: cases.count, resolved: cases.filter(\.isResolved).count,
        open: cases.filter { $0.state.isOpen }.count)
    }
    return Array(
      rows.sorted { ($1.received, $0.gridID ?? "") < ($0.received, $1.gridID ?? "") }.prefix(
        topCount))
  }

  func repeatResidents(_ cohort: [CaseFacts], withNames: Bool) -> [Report.RepeatResident] {
    let rows = Dictionary(grouping: cohort, by: \.residentKey).values.filter { $0.count >= 2 }.map {
      group -> Report.RepeatResident in
      // Oldest first, the id breaking ties: the facts come in no fixed order (two cases of one
      // resident taken in the same minute listed either way round from one run to the next).
      let cases = group.sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
      let first = cases[0]
      var categories: [String] = []
      for c in cases where !categories.contains(c.category) { categories.append(c.category) }
      return Report.RepeatResident(
        name: withNames ? first.residentName : NameMask.mask(first.residentName),
        phone: withNames ? first.residentPhone : PhoneMask.mask(first.residentPhone),
        cases: cases.count, caseIDs: cases.map(\.id), categories: categories.map(categoryLabel))
    }
    return Array(
      rows.sorted { ($1.cases, $0.caseIDs[0]) < ($0.cases, $1.caseIDs[0]) }.prefix(topCount))
  }

  func weeks(_ cohort: [CaseFacts], scoped: [CaseFacts], period: ReportPeriod) -> [Report.WeekRow] {
    func monday(_ date: Date) -> CivilDate {
      let d = calendar.civilDate(of: date)
      return d.adding(days: 1 - d.weekday)
    }
    let byWeek = Dictionary(grouping: cohort) { monday($0.receivedAt) }
    var escalations: [CivilDate: Int] = [:]
    var handedUp: [CivilDate: Int] = [:]
    for f in scoped {
      for m in f.moves where m.reason != nil && period.contains(m.at) {
        escalations[monday(m.at), default: 0] += 1
      }
      if let at = f.handedUpAt, period.contains(at) { handedUp[monday(at), default: 0] += 1 }
    }
    return period.weekStarts.map { week in
      let cases = byWeek[week] ?? []
      return Report.WeekRow(
        monday: week, received: cases.count, resolved: cases.filter(\.isResolved).count,
        onSpot: cases.filter(\.onSpot).count, escalations: escalations[week] ?? 0,
        handedUp: handedUp[week] ?? 0)
    }
  }

  // MARK: - Patterns

  static let weekdayLabels: [Label] = zip(
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  ).map { Label(zh: $0, en: $1) }

  func weekdayPattern(_ cohort: [CaseFacts]) -> Report.Pattern {
    pattern(cohort, columns: Self.weekdayLabels) {
      calendar.civilDate(of: $0.receivedAt).weekday - 1
    }
  }

  func monthPattern(_ cohort: [CaseFacts], period: ReportPeriod) -> Report.Pattern {
    let months = period.months
    let columns = months.map {
      Label(zh: "\($0.year)年\($0.month)月", en: String(format: "%04d-%02d", $0.year, $0.month))
    }
    return pattern(cohort, columns: columns) { f in
      let d = calendar.civilDate(of: f.receivedAt)
      return months.firstIndex { $0.year == d.year && $0.month == d.month } ?? 0
    }
  }

  /// Category × column counts: the `patternCategories` biggest categories, then the rest
  /// together as “其他分类”.
  func pattern(_ cohort: [CaseFacts], columns: [Label], column: (CaseFacts) -> Int)
    -> Report.Pattern
  {
    let ranked = categories(cohort).map(\.id)
    let shown = Array(ranked.prefix(patternCategories))
    var rows = shown.map {
      Report.PatternRow(
        label: categoryLabel($0), counts: Array(repeating: 0, count: columns.count), total: 0)
    }
    var rest = Report.PatternRow(
      label: Label(zh: "其他分类", en: "All other categories"),
      counts: Array(repeating: 0, count: columns.count),
      total: 0)
    var totals = Array(repeating: 0, count: columns.count)
    for f in cohort {
      let col = column(f)
      guard columns.indices.contains(col) else { continue }
      totals[col] += 1
      if let row = shown.firstIndex(of: f.category) {
        rows[row].counts[col] += 1
        rows[row].total += 1
      } else {
        rest.counts[col] += 1
        rest.total += 1
      }
    }
    if rest.total > 0 { rows.append(rest) }
    return Report.Pattern(columns: columns, rows: rows, totals: totals)
  }
}

/// Names in reports made without `--with-names`: the surname, the rest as `*` (王秀英 → 王**).
public enum NameMask {
  public static func mask(_ name: String) -> String {
    let chars = Array(name.trimmingCharacters(in: .whitespaces))
    guard let first = chars.first else { return "" }
    return String(first) + String(repeating: "*", count: max(1, chars.count - 1))
  }
}
