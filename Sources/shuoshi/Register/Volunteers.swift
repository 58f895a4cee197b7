import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi volunteers`: the time bank (时间银行) — hours and jobs per volunteer.
struct Volunteers: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "volunteers",
    abstract: "Volunteer hours and jobs (时间银行), from the deliveries recorded.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Count deliveries from this day (YYYY-MM-DD).") var from: String?
  @Option(help: "Count deliveries before this day (YYYY-MM-DD).") var to: String?

  struct JSON: Encodable {
    let id: String?
    let name: String
    let unit: String?
    let minutes: Int
    let hours: Double
    let deliveries: Int
    let cases: Int
    let open_jobs: Int
    let last_delivered: String?
  }

  mutating func run() throws {
    try Run.guarded(global) { context in
      let store = try context.openStore(create: false)
      let tallies = try store.volunteerTallies(
        from: try Parse.date(from, context), to: try Parse.date(to, context))
      let names = try RegisterNames(store)
      if output.json {
        try JSONOut.print(
          tallies.map { t in
            JSON(
              id: t.person?.shortID, name: t.name,
              unit: t.person?.unitID.flatMap { names.units[$0] },
              minutes: t.minutes, hours: (t.hours * 10).rounded() / 10, deliveries: t.deliveries,
              cases: t.cases, open_jobs: t.openJobs,
              last_delivered: t.lastDelivered.map(JSONTime.string))
          })
        return
      }
      if tallies.isEmpty {
        print(context.strings.noVolunteers)
        return
      }
      let header = OutputStrings.forLang(context.lang).volunteerColumns
      let rows = tallies.map { t in
        [
          t.name, t.person?.unitID.flatMap { names.units[$0] } ?? "—",
          String(format: "%.1f", t.hours), "\(t.deliveries)", "\(t.cases)", "\(t.openJobs)",
        ]
      }
      print(TextTable.render([header] + rows, maxWidths: [12, 12, 10, 10, 6, 6]))
      let total = tallies.reduce(0) { $0 + $1.minutes }
      print(
        context.strings.volunteerTotals(total, tallies.reduce(0) { $0 + $1.deliveries }))
    }
  }
}
