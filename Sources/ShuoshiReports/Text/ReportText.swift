import Foundation
import ShuoshiCore
import TerminalUI

/// One titled block of a text report.
public struct ReportTextSection: Sendable, Equatable {
  /// The table key it shows (`03-categories`), or `heading` / `key-figures` / `definitions`.
  public var key: String
  public var title: String
  /// Lines of at most the requested width in display cells (Chinese counts 2).
  public var lines: [String]
}

/// A report as plain text for a terminal of a given width: tables aligned by display width,
/// bars and sparklines in block characters. Pure — the `shuoshi report --format text`
/// output and the console's report screen are both drawn from `sections(width:)`.
public struct ReportText: Sendable {
  public let tables: ReportTables

  public init(_ report: Report, lang: Lang, timeZone: TimeZone) {
    tables = ReportTables(report, lang: lang, timeZone: timeZone)
  }

  var report: Report { tables.report }
  var lang: Lang { tables.lang }
  func t(_ zh: String, _ en: String) -> String { tables.t(zh, en) }

  /// Every line, sections separated by a blank line; no line wider than `width` cells.
  public func lines(width: Int) -> [String] {
    var out: [String] = []
    for (i, section) in sections(width: width).enumerated() {
      if i > 0 { out.append("") }
      if !section.title.isEmpty {
        out.append(section.title.clipped(to: width))
        out.append(String(repeating: "─", count: min(width, max(4, section.title.displayWidth))))
      }
      out += section.lines
    }
    return out.map { $0.trimmingTrailingSpaces() }
  }

  /// The report in titled sections, for a screen that scrolls or jumps between them.
  public func sections(width: Int) -> [ReportTextSection] {
    let w = max(20, width)
    let heading = tables.heading
    var headLines = [heading.title.clipped(to: w)]
    for (label, value) in heading.facts {
      headLines += (label + t("：", ": ") + value).wrapped(to: w)
    }
    for warning in heading.warnings { headLines += (t("【注意】", "[!] ") + warning).wrapped(to: w) }
    var out = [ReportTextSection(key: "heading", title: "", lines: headLines)]

    out.append(
      ReportTextSection(
        key: "key-figures", title: t("关键数字", "Key figures"), lines: keyFigures(width: w)))
    out.append(
      ReportTextSection(key: "02-rates", title: t("比率", "Rates"), lines: rateLines(width: w)))

    let categoryBars = BlockChart.labelledBars(
      report.categories.map { ($0.name.text(lang), $0.received) }, width: w)
    out.append(
      ReportTextSection(
        key: "03-categories", title: tables.categories.title,
        lines: categoryBars + [""] + table(tables.categories, width: w)))
    out.append(
      ReportTextSection(
        key: "04-tiers", title: tables.tiers.title, lines: table(tables.tiers, width: w)))
    out.append(
      ReportTextSection(
        key: "05-escalations", title: tables.escalations.title,
        lines: BlockChart.labelledBars(
          report.escalationReasons.map { ($0.reason.name(lang), $0.count) }, width: w)))
    out.append(
      ReportTextSection(
        key: "06-handed-up", title: tables.handedUp.title,
        lines: report.handedUp.isEmpty ? [t("无", "none")] : table(tables.handedUp, width: w)))
    out.append(
      ReportTextSection(
        key: "09-weeks", title: tables.weeks.title,
        lines: trendLines(width: w) + [""] + table(tables.weeks, width: w)))
    let weekdayBars = BlockChart.labelledBars(
      zip(report.weekdayPattern.columns, report.weekdayPattern.totals).map { ($0.text(lang), $1) },
      width: w)
    let weekday = tables.weekdayPattern
    out.append(
      ReportTextSection(
        key: weekday.key, title: weekday.title, lines: weekdayBars + [""] + table(weekday, width: w)
      ))
    let month = tables.monthPattern
    out.append(ReportTextSection(key: month.key, title: month.title, lines: table(month, width: w)))
    out.append(
      ReportTextSection(
        key: "07-grids", title: tables.grids.title, lines: table(tables.grids, width: w)))
    out.append(
      ReportTextSection(
        key: "08-repeat-residents", title: tables.repeatResidents.title,
        lines: report.repeatResidents.isEmpty
          ? [t("无", "none")] : table(tables.repeatResidents, width: w)))
    if let rounds = tables.surveyRounds {
      out.append(
        ReportTextSection(key: rounds.key, title: rounds.title, lines: table(rounds, width: w)))
    }
    if let warnings = tables.warnings {
      out.append(
        ReportTextSection(
          key: warnings.key, title: warnings.title, lines: table(warnings, width: w)))
    }
    var defs: [String] = []
    for (name, definition) in tables.definitions {
      defs += (name + t("：", ": ") + definition).wrapped(to: w)
    }
    out.append(ReportTextSection(key: "definitions", title: t("口径", "Definitions"), lines: defs))
    return out
  }

  // MARK: Pieces

  func keyFigures(width: Int) -> [String] {
    let r = report
    var items = [
      (t("受理", "received"), r.received), (t("办结", "resolved"), r.resolved),
      (t("当场化解", "on the spot"), r.onSpot), (t("上交", "handed up"), r.handedUpCount),
      (t("升级", "escalations"), r.escalations), (t("期末在办", "open"), r.openAtEnd),
      (t("期末超期", "overdue"), r.overdueAtEnd),
    ]
    if let voided = r.voided { items.append((t("作废", "voided"), voided)) }
    var lines: [String] = []
    var line = ""
    for (label, value) in items {
      let cell = "\(label) \(value)"
      let candidate = line.isEmpty ? cell : line + "   " + cell
      if candidate.displayWidth > width && !line.isEmpty {
        lines.append(line)
        line = cell
      } else {
        line = candidate
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  func rateLines(width: Int) -> [String] {
    let labelWidth = min(
      RateKind.allCases.map { $0.name(lang).displayWidth }.max() ?? 8, max(6, width / 3))
    let gauges = report.rates.map { row in
      let text =
        "\(row.rate.percentText.rightAligned(to: 6)) (\(row.rate.numerator)/\(row.rate.denominator))"
      return row.kind.name(lang).padded(to: labelWidth) + " "
        + BlockChart.gauge(row.rate.value, text: text, width: width - labelWidth - 1)
    }
    return gauges + report.followUps.line(lang).wrapped(to: width)
  }

  func trendLines(width: Int) -> [String] {
    let series = [
      (t("受理", "received"), report.weeks.map(\.received)),
      (t("已办结", "resolved"), report.weeks.map(\.resolved)),
      (t("上交", "handed up"), report.weeks.map(\.handedUp)),
    ]
    let labelWidth = series.map { $0.0.displayWidth }.max() ?? 4
    return series.map { label, values in
      let room = max(1, width - labelWidth - 12)
      let shown = Array(values.suffix(room))
      let range = "\(values.min() ?? 0)–\(values.max() ?? 0)"
      return (label.padded(to: labelWidth) + " " + BlockChart.sparkline(shown) + "  " + range)
        .clipped(to: width)
    }
  }

  /// A table laid out in `width` cells by display width (the last columns give way first).
  public func table(_ table: ReportTable, width: Int) -> [String] {
    // Cells (names with --with-names) made terminal-safe first: measured as shown.
    let rows = table.rows.map { $0.map { $0.terminalSafe() } }
    let all = [table.columns] + rows
    let columns = table.columns.indices.map { i -> Table.Column in
      let natural = min(40, all.map { i < $0.count ? $0[i].displayWidth : 0 }.max() ?? 0)
      let numeric = i < table.numeric.count && table.numeric[i]
      // Numbers, ids and dates (all ASCII) keep their width; words give way.
      let ascii = rows.allSatisfy { i >= $0.count || $0[i].allSatisfy(\.isASCII) }
      let minWidth = numeric || ascii ? natural : min(natural, i == 0 ? 8 : 6)
      return Table.Column(
        table.columns[i], minWidth: minWidth, maxWidth: natural, alignment: numeric ? .right : .left
      )
    }
    let layout = Table(columns, spacing: 2)
    let natural =
      columns.map { $0.maxWidth ?? $0.minWidth }.reduce(0, +) + 2 * max(0, columns.count - 1)
    let w = min(width, natural)
    var lines = [layout.header(width: w), String(repeating: "─", count: w)]
    lines += rows.map { layout.format($0, width: w) }
    if let note = table.note { lines += note.wrapped(to: width) }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
