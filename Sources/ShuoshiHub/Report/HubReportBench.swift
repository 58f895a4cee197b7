import Foundation
import ShuoshiCore

/// `shuoshi-hub bench report`: times the street's report, one unit's report and that unit's
/// 超期 list on the hub as it stands (docs/HUB.md, "Speed, measured"). Each is run `runs`
/// times; the median and the spread are given.
public struct HubReportBench: Sendable {
  public struct Figure: Sendable {
    public var name: String
    public var seconds: [Double]
    public var detail: String
    public var median: Double { seconds.sorted()[seconds.count / 2] }
  }

  public let hub: Hub
  public let period: ReportPeriod
  public let unit: String
  public let runs: Int
  public let now: Date

  public init(hub: Hub, period: ReportPeriod, unit: String, runs: Int, now: Date) {
    self.hub = hub
    self.period = period
    self.unit = unit
    self.runs = max(1, runs)
    self.now = now
  }

  /// The rules and calendar the browser pages use (data/routing.yaml, Asia/Shanghai).
  public static func engine() throws -> CaseEngine { try HubWebRoutes.engine() }

  /// Now: `SHUOSHI_NOW` when set (benchmarks pin it), else the clock.
  public static func now(environment: [String: String]) -> Date {
    environment["SHUOSHI_NOW"].flatMap(ISOTimestamp.parse) ?? Date()
  }

  /// The month `YYYY-MM` (nil: the month of `now`); nil when `month` is not one.
  public static func period(month: String?, now: Date, engine: CaseEngine) -> ReportPeriod? {
    let year: Int
    let number: Int
    if let month {
      let parts = month.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
      guard parts.count == 2, let y = parts[0], let m = parts[1], (2000...2100).contains(y),
        (1...12).contains(m)
      else { return nil }
      year = y
      number = m
    } else {
      var gregorian = Calendar(identifier: .gregorian)
      gregorian.timeZone = engine.calendar.timeZone
      let c = gregorian.dateComponents([.year, .month], from: now)
      year = c.year ?? 2026
      number = c.month ?? 1
    }
    return ReportPeriod.month(year: year, month: number, calendar: engine.calendar)
  }

  /// One line per figure, for the terminal.
  public static func lines(_ figures: [Figure]) -> [String] {
    figures.map { figure in
      let all = figure.seconds.map { String(format: "%.3f", $0) }.joined(separator: " ")
      return
        "\(figure.name): median \(String(format: "%.3f", figure.median)) s (\(all)) — \(figure.detail)"
    }
  }

  /// How many cases the hub holds (its `hub_report_facts` rows).
  public func caseCount() async throws -> Int {
    for try await n in try await hub.db.client.query("SELECT count(*) FROM hub_report_facts")
      .decode(Int64.self)
    {
      return Int(n)
    }
    return 0
  }

  public func run(engine: CaseEngine, progress: (String) -> Void) async throws -> [Figure] {
    func time<T>(_ body: () async throws -> T) async throws -> (T, Double) {
      let start = DispatchTime.now().uptimeNanoseconds
      let value = try await body()
      return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    var figures: [Figure] = []
    var street = Figure(name: "street report", seconds: [], detail: "")
    for _ in 0..<runs {
      let (month, s) = try await time {
        try await hub.report(unit: nil, period: period, engine: engine, now: now)
      }
      street.seconds.append(s)
      street.detail =
        "received \(month.report.received), open at end \(month.report.openAtEnd), \(month.units.count) units"
      progress(String(format: "  street report %.3f s", s))
    }
    figures.append(street)
    var own = Figure(name: "unit report (\(unit))", seconds: [], detail: "")
    for _ in 0..<runs {
      let (month, s) = try await time {
        try await hub.report(unit: unit, period: period, engine: engine, now: now)
      }
      own.seconds.append(s)
      own.detail = "received \(month.report.received), open at end \(month.report.openAtEnd)"
      progress(String(format: "  unit report %.3f s", s))
    }
    figures.append(own)
    var overdue = Figure(name: "overdue list (\(unit))", seconds: [], detail: "")
    for _ in 0..<runs {
      let (cases, s) = try await time { try await hub.overdueCases(unit: unit, now: now) }
      overdue.seconds.append(s)
      overdue.detail = "\(cases.count) cases"
      progress(String(format: "  overdue list %.3f s", s))
    }
    figures.append(overdue)
    return figures
  }
}
