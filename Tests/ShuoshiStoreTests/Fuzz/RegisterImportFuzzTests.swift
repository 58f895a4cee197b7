import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Hostile CSV for the register import: thousands of seeded mutations of the real fixture and
/// demo files. Each import must either succeed wholly (its events are all there, and importing
/// the same bytes again changes nothing) or be refused with nothing changed (event count and
/// register snapshot as before) and every problem naming the file and, when it has one, a line
/// that exists. A crash fails the test run. `SHUOSHI_FUZZ_SCALE` and `SHUOSHI_FUZZ_SEED`
/// scale and replay it (see docs/FAULTS.md).
@Suite("Fuzz: register CSV import", .serialized)
struct RegisterImportFuzzTests {
  struct Seed {
    let kind: RegisterFileKind
    let name: String
    let bytes: [UInt8]
  }

  static let seeds: [Seed] = {
    let demo = EngineFixture.root.appendingPathComponent("data/demo")
    var out: [Seed] = []
    for (kind, file) in [
      (RegisterFileKind.units, "units.csv"), (.grids, "grids.csv"), (.people, "people.csv"),
      (.households, "households.utf8.csv"), (.households, "households.bom.csv"),
      (.households, "households.gb18030.csv"), (.households, "households.bad.csv"),
    ] {
      out.append(Seed(kind: kind, name: file, bytes: [UInt8](RegisterFixtureFiles.data(file))))
    }
    for (kind, file) in [
      (RegisterFileKind.units, "units.csv"), (.grids, "grids.csv"), (.people, "people.csv"),
    ] {
      let data = try! Data(contentsOf: demo.appendingPathComponent(file))
      out.append(Seed(kind: kind, name: "demo-\(file)", bytes: [UInt8](data)))
    }
    // The demo's households (GB18030, ~1,000 rows) cut to its first 60 lines: the whole file
    // costs ~50× a fixture per import and adds no new shape.
    let households = [UInt8](try! Data(contentsOf: demo.appendingPathComponent("households.csv")))
    let cut = households.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(60)
    out.append(
      Seed(
        kind: .households, name: "demo-households.csv", bytes: Array(cut.joined(separator: [0x0A])))
    )
    return out
  }()

  /// What the test saw, printed at the end (and recorded in docs/FAULTS.md).
  struct Tally: CustomStringConvertible {
    var imported = 0
    var refused = 0
    var refusedWithLine = 0
    var longestMessage = 0
    var slowest: (seconds: Double, what: String) = (0, "")
    /// Seconds spent on files with a huge field (runs of 5,000+ characters) and on the rest.
    var hugeSeconds = 0.0
    var otherSeconds = 0.0
    /// Whole-file refusals (no line to name), by the start of their reason.
    var withoutLine: [String: Int] = [:]
    var description: String {
      let whole = withoutLine.sorted { $0.value > $1.value }.map { "\($0.value)× \($0.key)" }
      return
        "\(imported) imported whole, \(refused) refused (\(refusedWithLine) naming a line; without a line: \(whole)); longest refusal \(longestMessage) characters; slowest file \(String(format: "%.2f", slowest.seconds)) s (\(slowest.what)); \(String(format: "%.0f", hugeSeconds)) s on files with huge fields, \(String(format: "%.0f", otherSeconds)) s on the rest"
    }
  }

  @Test func mutatedFilesImportWhollyOrNotAtAll() throws {
    let budget = FuzzBudget(reduced: 1_000, seed: 20_261_128)
    let actor = Actor("导入")
    var tally = Tally()
    var dir: TempDir?
    var store: CaseStore!
    let started = Date()
    defer { dir?.remove() }
    for i in 0..<budget.iterations {
      // A fresh register every 20 files: the state stays small (a fuzzed unit name of 300,000
      // characters, once imported, is normalised by every later import) and replayable.
      if i % 20 == 0 {
        if let store {
          #expect(try store.verify().ok, "ledger verifies after files \(i - 20)..<\(i)")
        }
        dir?.remove()
        dir = TempDir("shuoshi-fuzz-csv")
        store = try CaseStore.open(
          DataDirectory(url: dir!.url.appendingPathComponent("data")), siteCode: "HJ")
        try importBase(store)
      }
      var mutator = Mutator(budget.random(i))
      // Most files stay decodable, so the mutations reach the CSV reader and the rows.
      mutator.textSafe = mutator.chance(0.6)
      let seed = mutator.pick(Self.seeds)
      let bytes = mutator.mutate(seed.bytes)
      let data = Data(bytes)
      let file = "fuzz-\(i)-\(seed.name)"
      let context = "iteration \(i) (seed \(budget.seed)) of \(seed.name): \(mutator.log)"
      let events = try store.eventCount()
      let register = try store.registerSnapshot()
      let t0 = Date()
      defer {
        let dt = Date().timeIntervalSince(t0)
        if dt > tally.slowest.seconds { tally.slowest = (dt, context) }
        if mutator.log.contains(where: { $0.hasPrefix("huge") && !$0.contains("×300 ") }) {
          tally.hugeSeconds += dt
        } else {
          tally.otherSeconds += dt
        }
      }
      do {
        let report = try store.importRegister(
          seed.kind, data: data, file: file, by: actor, now: Date())
        tally.imported += 1
        let after = try store.eventCount()
        #expect(
          after - events == report.events,
          "\(context): \(report.events) events reported, \(after - events) written")
        // Whole: the same bytes again find everything already there.
        let again = try store.importRegister(
          seed.kind, data: data, file: file, by: actor, now: Date())
        if again.events != 0 || !again.counts.isNoChange {
          let kept = FuzzArtifacts.keep(data, name: file)
          Issue.record(
            "\(context): importing the same file again wrote \(again.events) events (\(again.counts)); kept at \(kept)"
          )
        }
        #expect(try store.eventCount() == after)
      } catch StoreError.importRefused(let refusal) {
        tally.refused += 1
        if refusal.problems.contains(where: { $0.line != nil }) {
          tally.refusedWithLine += 1
        } else {
          tally.withoutLine[String(refusal.problems[0].en.prefix(24)), default: 0] += 1
          // Only a file with no rows, or UTF-16 (not split into lines by bytes), has no line.
          let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
          #expect(
            utf16 || refusal.problems[0].en == "the file is empty",
            "\(context): refused without a line: \(refusal.message(.en).prefix(300))")
        }
        tally.longestMessage = max(tally.longestMessage, refusal.message(.zh).count)
        let changed = try store.eventCount() != events || store.registerSnapshot() != register
        if changed {
          let kept = FuzzArtifacts.keep(data, name: file)
          Issue.record("\(context): a refused import changed the register; kept at \(kept)")
        }
        #expect(!refusal.problems.isEmpty, "\(context): refused without a reason")
        // Line ends in the text, or in the bytes when they are no text.
        let lineBreaks =
          TextDecoding.decode(data).map { text in
            text.text.unicodeScalars.lazy.filter { $0 == "\n" || $0 == "\r" }.count
          } ?? bytes.lazy.filter { $0 == 0x0A || $0 == 0x0D }.count
        for p in refusal.problems {
          #expect(p.file == file, "\(context): problem names \(p.file)")
          #expect(
            p.message(.zh).count < file.count + 300, "\(context): \(p.message(.zh).prefix(400))")
          #expect(p.message(.zh).hasPrefix(file), "\(context): \(p.message(.zh).prefix(200))")
          if let line = p.line {
            #expect(
              line >= 1 && line <= lineBreaks + 1,
              "\(context): line \(line) of a file with \(lineBreaks) line breaks")
          }
        }
      } catch {
        let kept = FuzzArtifacts.keep(data, name: file)
        Issue.record("\(context): unexpected error \(error); kept at \(kept)")
      }
    }
    if let store { #expect(try store.verify().ok, "ledger verifies at the end") }
    print(
      "register CSV fuzz: \(budget.iterations) files, seed \(budget.seed): \(tally), \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
    )
  }
}
