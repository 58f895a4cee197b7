import Foundation
import ShuoshiCore
import TerminalUI
import TestSupport
import Testing

@testable import Console
@testable import ShuoshiStore

/// Issue 12, finding 3, in the console: text stored before today's checks (or from a peer)
/// carrying escape sequences and a right-to-left override is drawn as visible escapes, by the
/// same rule as the command line (TerminalText), never handed to the terminal.
@Suite("Hostile text in the console")
struct HostileTextTests {
  static let name = "王\u{1B}]0;pwned\u{07}\u{202E}英"
  static let text = "楼上漏水\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{9B}2J\u{202E}结尾"

  /// A case holding the hostile strings, written below the engine's checks.
  func writeOldCase(_ f: ConsoleFixture) throws {
    let now = EngineFixture.at("2026-11-28 09:00")
    try f.store.write { db in
      let id = try CaseIDs.next(site: "HJ", laptop: nil, day: CivilDate(2026, 11, 28), in: db)
      var drafts = try f.engine.intake(
        Intake(resident: Resident(name: "王秀英"), text: "楼上漏水", receivedAt: now), caseID: id)
      drafts[0].data.resident = Resident(name: Self.name, phone: "13812345678")
      drafts[0].data.text = Self.text
      _ = try f.store.append(
        drafts, to: UUID(), existing: nil, history: [], by: Actor(Self.name), at: now, db)
    }
  }

  func expectNoControls(_ grid: CellGrid, _ what: String) {
    let bad = grid.text().unicodeScalars.filter { [0x1B, 0x07, 0x9B, 0x202E].contains($0.value) }
    #expect(bad.isEmpty, "\(what)")
  }

  @Test func queueAndDetailShowEscapesVisibly() throws {
    let f = try ConsoleFixture(seed: false)
    try writeOldCase(f)
    let app = f.settledApp()
    let queue = screen(app, 80, 24)
    expectNoControls(queue, "queue")
    #expect(queue.find("王\\e]0;") != nil)
    app.handle(.enter)
    #expect(app.top is DetailScreen)
    let detail = screen(app, 100, 30)
    expectNoControls(detail, "detail")
    #expect(detail.find("\\e]52;c;") != nil)
    #expect(detail.find("⟨U+202E⟩") != nil)
  }
}
