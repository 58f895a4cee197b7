import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// `P` in case detail writes the receipt again as the case stands now, closed cases too, and
/// names the file in the status line (issue 15).
@Suite("Receipt reprint")
struct ReceiptReprintTests {
  @Test func pReprintsAClosedCasesReceiptAsItStandsNow() throws {
    let f = try ConsoleFixture()
    let dir = f.dir.url.appendingPathComponent("receipts")
    let app = App(
      services: ConsoleServices(
        store: f.store, engine: f.engine, actor: f.worker, systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: f.clock, lang: .zh,
        keymap: ConsoleFixture.keymap,
        booth: BoothSettings(
          unitName: "阳光社区", phone: "0719-8123456", receiptsDirectory: dir,
          place: "阳光社区党群服务中心")))
    app.settle()
    let closed = try #require(
      try f.store.list(CaseQuery(), limit: 100).first { $0.resident.name == "吴红梅" })
    #expect(closed.state == .closed)
    app.handle(.char("/"))
    app.type("吴红梅")
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == closed.id)
    let before = try f.store.history(of: closed).count
    app.handle(.char("P"))
    let text = try String(
      contentsOf: dir.appendingPathComponent("\(closed.id).txt"), encoding: .utf8)
    let flat = text.replacingOccurrences(of: "\n", with: "")
    #expect(flat.contains("已办结：已联系物业当天清运"))
    // (A line may break at the space before the phone.)
    #expect(
      flat.replacingOccurrences(of: " ", with: "").contains(
        "凭编号到阳光社区党群服务中心或致电0719-8123456查询办理进度"))
    #expect(!flat.contains("待派单") && !flat.contains("办理时限"))
    #expect(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(closed.id).html").path))
    #expect(screen(app, 240, 30).find("回执已写入 \(dir.path)/\(closed.id).html") != nil)
    // Printing records nothing.
    #expect(try f.store.history(of: closed).count == before)
  }
}
