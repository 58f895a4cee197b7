import Foundation
import ShuoshiCore

/// One table of a report, independent of format: what the Markdown, CSV, HTML and text
/// renderers all lay out, so the formats never disagree.
public struct ReportTable: Sendable, Equatable {
  /// Stable ASCII name, also the CSV file name (`03-categories`).
  public var key: String
  public var title: String
  public var columns: [String]
  /// Which columns hold numbers (right-aligned; plain numbers in CSV).
  public var numeric: [Bool]
  public var rows: [[String]]
  /// A line under the table (the base of its numbers), or nil.
  public var note: String?

  public init(
    key: String, title: String, columns: [String], numeric: [Bool], rows: [[String]],
    note: String? = nil
  ) {
    self.key = key
    self.title = title
    self.columns = columns
    self.numeric = numeric
    self.rows = rows
    self.note = note
  }
}

/// The words around a report's tables: title, scope, period, cut-off, privacy.
public struct ReportHeading: Sendable, Equatable {
  public var title: String
  /// Label and value, in order (范围, 统计期, 统计截至, 生成时间, 隐私).
  public var facts: [(String, String)]
  /// Warnings to show prominently (missing calendar years, names included).
  public var warnings: [String]

  public static func == (a: ReportHeading, b: ReportHeading) -> Bool {
    a.title == b.title && a.facts.map(\.0) == b.facts.map(\.0)
      && a.facts.map(\.1) == b.facts.map(\.1)
      && a.warnings == b.warnings
  }
}

/// Turns a `Report` into its heading and tables in one language.
public struct ReportTables: Sendable {
  public let report: Report
  public let lang: Lang
  /// The time zone for printing instants (the calendar's).
  public let timeZone: TimeZone
  /// Prints instants as every other front end does (no working days are needed for that).
  let clock: WorkingCalendar

  public init(_ report: Report, lang: Lang, timeZone: TimeZone) {
    self.report = report
    self.lang = lang
    self.timeZone = timeZone
    self.clock = WorkingCalendar(years: [], timeZone: timeZone)
  }

  var zh: Bool { lang == .zh }
  func t(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

  // MARK: Heading

  public var heading: ReportHeading {
    let p = report.request.period
    var title: String
    switch p.kind {
    case .month:
      title = t(
        "\(p.first.year)年\(p.first.month)月 说事工作报告",
        "Speak-up report, \(String(format: "%04d-%02d", p.first.year, p.first.month))")
    case .week: title = t("周报（\(p.first) 至 \(p.last)）", "Weekly report (\(p.first) to \(p.last))")
    case .session: title = t("说事场次报告 \(p.first)", "Booth session report \(p.first)")
    case .range:
      title = t("说事工作报告（\(p.first) 至 \(p.last)）", "Speak-up report (\(p.first) to \(p.last))")
    }
    if let unit = report.request.unitName { title = t("\(unit) \(title)", "\(title) — \(unit)") }
    var facts: [(String, String)] = [
      (t("范围", "Scope"), scopeText),
      (t("统计期", "Period"), t("\(p.first) 至 \(p.last)", "\(p.first) to \(p.last)")),
      (t("统计时点", "States as of"), minute(report.request.asOf)),
      (t("生成时间", "Generated"), minute(report.generatedAt)),
    ]
    facts.append(
      (
        t("隐私", "Privacy"),
        report.request.withNames
          ? t(
            "本报告含居民姓名和电话（--with-names），请按规定保管，勿外传",
            "this report includes residents' names and phone numbers (--with-names); keep it confidential"
          )
          : t("居民姓名和电话已隐去", "residents' names and phone numbers are masked")
      ))
    var warnings: [String] = []
    if report.request.withNames {
      warnings.append(
        t("含居民姓名和电话，注意保密", "Contains residents' names and phone numbers — confidential"))
    }
    if !report.missingCalendarYears.isEmpty {
      let years = report.missingCalendarYears.map(String.init).joined(separator: ", ")
      warnings.append(
        t(
          "\(years) 年没有节假日日历，工作日按周一至周五计算",
          "no holiday calendar for \(years): working days counted Monday–Friday"))
    }
    return ReportHeading(title: title, facts: facts, warnings: warnings)
  }

  var scopeText: String {
    var parts: [String] = []
    let scope = report.request.scope
    if let name = report.request.unitName {
      parts.append(name)
    } else if let unit = scope.unitID {
      parts.append(t("单位 \(unit)", "unit \(unit)"))
    }
    if let grid = scope.gridID { parts.append(t("网格 \(grid)", "grid \(grid)")) }
    for s in report.sessions {
      let staff = s.staff.joined(separator: t("、", ", "))
      let place = s.place.isEmpty ? "" : " · \(s.place)"
      parts.append(
        t(
          "场次 \(s.day)\(place)\(staff.isEmpty ? "" : " · 值班 \(staff)")",
          "session \(s.day)\(place)\(staff.isEmpty ? "" : " · on duty \(staff)")"))
    }
    if !scope.sessions.isEmpty && report.sessions.isEmpty {
      parts.append(t("指定场次", "given sessions"))
    }
    return parts.isEmpty ? t("全街道", "whole street") : parts.joined(separator: t("；", "; "))
  }

  func minute(_ date: Date) -> String { clock.minuteText(of: date) }

  // MARK: Tables

  /// Every table, in report order.
  public var all: [ReportTable] {
    [
      summary, rates, categories, tiers, escalations, handedUp, grids, repeatResidents, weeks,
      weekdayPattern, monthPattern, supervision, returnsByOwner,
    ] + [warnings].compactMap { $0 } + (groupCases.map { [$0] } ?? [])
      + [surveyRounds].compactMap { $0 }
  }

  public var weekdayPattern: ReportTable {
    pattern(
      report.weekdayPattern, key: "10-weekday-pattern",
      title: t("星期规律（按受理日）", "Day-of-week pattern (by day received)"))
  }

  public var monthPattern: ReportTable {
    pattern(
      report.monthPattern, key: "11-month-pattern",
      title: t("月份规律（按受理月）", "Month pattern (by month received)"))
  }

  public var summary: ReportTable {
    let r = report
    var rows: [(String, String, Int)] = [
      ("受理", "Received", r.received), ("办结", "Resolved", r.resolved),
      ("当场化解", "Settled on the spot", r.onSpot), ("已评价", "Rated", r.rated),
      ("  满意", "  satisfied", r.satisfied), ("  基本满意", "  mostly satisfied", r.basicallySatisfied),
      ("  不满意", "  unsatisfied", r.unsatisfied),
      ("回访答复", "Followed up, answered", r.followUps.answered),
      ("  已解决", "  solved", r.followUps.solved), ("  部分解决", "  partly solved", r.followUps.partly),
      ("  未解决", "  unsolved", r.followUps.unsolved),
      ("回访未联系上", "Follow-up not reached", r.followUps.unreached),
      ("重新打开过", "Reopened", r.reopened),
      ("升级（期内）", "Escalations (in period)", r.escalations),
      ("上交（期内）", "Handed up (in period)", r.handedUpCount),
      ("期末在办", "Open at cut-off", r.openAtEnd), ("期末超期", "Overdue at cut-off", r.overdueAtEnd),
    ]
    if let voided = r.voided {
      rows.append(("作废（不计入以上各项）", "Voided (counted nowhere above)", voided))
    }
    return ReportTable(
      key: "01-summary", title: t("总览", "Summary"),
      columns: [t("指标", "Measure"), t("数量", "Count")],
      numeric: [false, true], rows: rows.map { [t($0.0, $0.1), String($0.2)] },
      note: t(
        "受理至回访、重新打开：期内受理的案件；升级、上交：期内发生的；期末在办/超期：期末前受理、统计时点仍未办结的全部案件。",
        "Received to follow-up, reopened: cases received in the period; escalations, handed up: what happened in the period; open/overdue: every case received before the period's end still open at the cut-off."
      ))
  }

  public var rates: ReportTable {
    ReportTable(
      key: "02-rates", title: t("比率", "Rates"),
      columns: [
        t("指标", "Rate"), t("分子", "Numerator"), t("分母", "Denominator"), t("比率（%）", "Rate (%)"),
        t("口径", "Definition"),
      ],
      numeric: [false, true, true, true, false],
      rows: report.rates.map { row in
        [
          row.kind.name(lang), String(row.rate.numerator), String(row.rate.denominator),
          row.rate.value.map { String(format: "%.1f", $0 * 100) } ?? "—", row.kind.definition(lang),
        ]
      }, note: report.followUps.line(lang))
  }

  public var categories: ReportTable {
    let total = max(1, report.received)
    return ReportTable(
      key: "03-categories", title: t("分类", "Categories"),
      columns: [
        t("分类", "Category"), t("受理", "Received"), t("占比（%）", "Share (%)"), t("办结", "Resolved"),
        t("就地化解", "Resolved where received"), t("当场化解", "On the spot"),
      ],
      numeric: [false, true, true, true, true, true],
      rows: report.categories.map {
        [
          $0.name.text(lang), String($0.received),
          String(format: "%.1f", Double($0.received) * 100 / Double(total)),
          String($0.resolved), String($0.local), String($0.onSpot),
        ]
      })
  }

  public var tiers: ReportTable {
    ReportTable(
      key: "04-tiers", title: t("层级", "Tiers"),
      columns: [
        t("层级", "Tier"), t("受理时", "At intake"), t("办结时", "At resolution"),
        t("平均办结工作日", "Avg working days to resolve"), t("期末在办", "Open at cut-off"),
        t("期末超期", "Overdue at cut-off"),
      ],
      numeric: [false, true, true, true, true, true],
      rows: report.tiers.map {
        [
          $0.tier.name(lang), String($0.atIntake), String($0.atResolution),
          $0.averageWorkingDays.map { String(format: "%.1f", $0) } ?? "—", String($0.openAtEnd),
          String($0.overdueAtEnd),
        ]
      },
      note: t(
        "工作日按节假日日历计，从受理次日起算，挂起等待的日子不扣除。",
        "Working days per the holiday calendar, counted from the day after receipt; waiting pauses are not deducted."
      ))
  }

  public var escalations: ReportTable {
    ReportTable(
      key: "05-escalations", title: t("升级原因（期内）", "Escalations by reason (in period)"),
      columns: [t("原因", "Reason"), t("次数", "Count")], numeric: [false, true],
      rows: report.escalationReasons.map { [$0.reason.name(lang), String($0.count)] })
  }

  public var handedUp: ReportTable {
    ReportTable(
      key: "06-handed-up",
      title: t(
        "上交街道（期内，共 \(report.handedUpCount) 件）",
        "Handed up to the street office (in period: \(report.handedUpCount))"),
      columns: [
        t("编号", "ID"), t("受理日期", "Received"), t("上交日期", "Handed up"), t("分类", "Category"),
        t("方式", "How"), t("原层级", "From"), t("期末状态", "State at cut-off"), t("居民", "Resident"),
      ],
      numeric: Array(repeating: false, count: 8),
      rows: report.handedUp.map { h in
        let how: String
        if let reason = h.reason {
          how = t("升级：", "escalated: ") + reason.name(lang)
        } else if h.byHand {
          how = t("人工调整层级", "retiered by hand")
        } else {
          how = t("受理即上交", "at intake")
        }
        return [
          h.caseID, h.received.description, h.handedUp.description, h.category.text(lang), how,
          h.from?.name(lang) ?? "—", h.stateAtEnd.name(lang), h.resident,
        ]
      })
  }

  public var grids: ReportTable {
    ReportTable(
      key: "07-grids", title: t("网格（受理最多）", "Grids (most received)"),
      columns: [t("网格", "Grid"), t("受理", "Received"), t("办结", "Resolved"), t("在办", "Open")],
      numeric: [false, true, true, true],
      rows: report.grids.map {
        [
          $0.gridID ?? t("未关联网格", "no grid linked"), String($0.received), String($0.resolved),
          String($0.open),
        ]
      })
  }

  public var repeatResidents: ReportTable {
    ReportTable(
      key: "08-repeat-residents",
      title: t("重复来访居民（期内 2 件及以上）", "Repeat residents (2+ cases in period)"),
      columns: [
        t("居民", "Resident"), t("电话", "Phone"), t("件数", "Cases"), t("案件编号", "Case IDs"),
        t("分类", "Categories"),
      ],
      numeric: [false, false, true, false, false],
      rows: report.repeatResidents.map {
        [
          $0.name, $0.phone, String($0.cases), $0.caseIDs.joined(separator: " "),
          $0.categories.map { $0.text(lang) }.joined(separator: t("、", ", ")),
        ]
      })
  }

  public var weeks: ReportTable {
    ReportTable(
      key: "09-weeks", title: t("按周趋势", "Weekly trend"),
      columns: [
        t("周（周一）", "Week of"), t("受理", "Received"), t("其中已办结", "Of which resolved"),
        t("其中当场化解", "Of which on the spot"), t("升级", "Escalations"), t("上交", "Handed up"),
      ],
      numeric: [false, true, true, true, true, true],
      rows: report.weeks.map {
        [
          $0.monday.description, String($0.received), String($0.resolved), String($0.onSpot),
          String($0.escalations), String($0.handedUp),
        ]
      },
      note: t(
        "受理、已办结、当场化解按受理周计；升级、上交按发生周计。",
        "Received, resolved and on-the-spot by the week received; escalations and hand-ups by the week they happened."
      ))
  }

  public func pattern(_ p: Report.Pattern, key: String, title: String) -> ReportTable {
    var rows = p.rows.map {
      [$0.label.text(lang)] + $0.counts.map(String.init) + [String($0.total)]
    }
    rows.append([t("合计", "Total")] + p.totals.map(String.init) + [String(p.totals.reduce(0, +))])
    return ReportTable(
      key: key, title: title,
      columns: [t("分类", "Category")] + p.columns.map { $0.text(lang) } + [t("合计", "Total")],
      numeric: [false] + Array(repeating: true, count: p.columns.count + 1), rows: rows)
  }

  /// The rate definitions, as printed under every report.
  public var definitions: [(String, String)] {
    RateKind.allCases.map { ($0.name(lang), $0.definition(lang)) }
  }
}
