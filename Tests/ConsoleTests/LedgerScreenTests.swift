import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Two laptops of one site: the fixture's store (laptop A, where the console runs) and a
/// second data directory (laptop B), exchanging unencrypted bundles through the real store.
final class TwoLaptops {
  let f: ConsoleFixture
  let b: CaseStore
  private var bundles = 0

  init() throws {
    f = try ConsoleFixture()
    b = try CaseStore.open(
      DataDirectory(url: f.dir.url.appendingPathComponent("laptop-b")), siteCode: "HJ")
  }

  var a: CaseStore { f.store }

  /// Everything of `from` imported into `to`.
  func sync(_ from: CaseStore, to: CaseStore) throws {
    bundles += 1
    let url = f.dir.url.appendingPathComponent("bundle-\(bundles).ssb")
    _ = try from.exportBundle(
      to: url, options: ExportOptions(secret: .none), now: ConsoleFixture.now)
    _ = try to.importBundle(
      from: url, passphrase: { nil }, now: ConsoleFixture.now,
      options: BundleImportOptions(allowUnencrypted: true))
  }

  /// The leak case, copied to B, then changed on A by `onA` and on B by `onB` at the same
  /// time without syncing in between; then both ways. Returns its id.
  func conflict(_ onA: Action, _ onB: Action) throws -> String {
    let id = "HJ-20261127-001"
    try sync(a, to: b)
    _ = try a.perform(onA, on: id, engine: f.engine, by: Actor("王芳"), now: at("09:52"))
    _ = try b.perform(onB, on: id, engine: f.engine, by: Actor("李娜"), now: at("09:55"))
    try sync(a, to: b)
    try sync(b, to: a)
    return id
  }

  func at(_ time: String) -> Date { EngineFixture.at("2026-11-28 " + time) }
}

@Suite("Ledger screens: conflicts, settle, merge, reveal")
struct LedgerScreenTests {
  static let leak = "HJ-20261127-001"

  /// The conflicts screen, opened from the queue with `c`.
  func conflictsScreen(_ laptops: TwoLaptops) -> App {
    let app = laptops.f.settledApp()
    app.handle(.char("c"))
    #expect(app.top is ConflictsScreen)
    return app
  }

  func events(_ store: CaseStore, _ id: String) throws -> [Event] {
    try store.history(of: store.find(id))
  }

  @Test func twoAssignmentsShowBothVersionsAndTheWinner() throws {
    let laptops = try TwoLaptops()
    let id = try laptops.conflict(
      .assign(to: "楼栋长 张德明", note: nil), .assign(to: "六堰社区居委会", note: nil))
    let app = conflictsScreen(laptops)
    let grid = screen(app, 120, 30)
    let text = grid.text()
    #expect(grid.find("冲突待处理（1）") != nil, "\(text)")
    #expect(grid.find("\(id)  王秀英 138****5678  承办人 · 2 个并发版本") != nil, "\(text)")
    let devices = [laptops.a, laptops.b].map { $0.info.deviceID.prefix(8) }
    #expect(grid.find("[1] 11-28 09:52  设备 \(devices[0])  王芳  派单给 楼栋长 张德明") != nil, "\(text)")
    #expect(grid.find("[2] 11-28 09:55  设备 \(devices[1])  李娜  派单给 六堰社区居委会") != nil, "\(text)")
    // The later version is in effect on both laptops.
    let winner = try #require(grid.find("派单给 六堰社区居委会"))
    #expect(grid.line(winner.y).hasSuffix("← 生效"))
    #expect(!grid.line(try #require(grid.find("派单给 楼栋长 张德明")).y).contains("← 生效"))
    #expect(try laptops.a.find(id).assignee == "六堰社区居委会")
    #expect(!text.contains("13812345678"))
  }

  @Test func resolvedOnOneLaptopEscalatedOnTheOther() throws {
    let laptops = try TwoLaptops()
    let id = try laptops.conflict(
      .resolve(summary: "当场调解，楼上答应修", onSpot: true), .escalate(.risk, note: "双方情绪激动"))
    let grid = screen(conflictsScreen(laptops), 120, 30)
    let text = grid.text()
    #expect(grid.find("\(id)  王秀英 138****5678  状态 · 2 个并发版本") != nil, "\(text)")
    #expect(grid.find("王芳  办结") != nil, "\(text)")
    let escalation = try #require(grid.find("李娜  升级（风险）"), "\(text)")
    #expect(grid.line(escalation.y).hasSuffix("← 生效"))
  }

  @Test func conflictsInEnglish() throws {
    let laptops = try TwoLaptops()
    let id = try laptops.conflict(
      .assign(to: "楼栋长 张德明", note: nil), .assign(to: "六堰社区居委会", note: nil))
    let app = laptops.f.settledApp(lang: .en)
    #expect(
      screen(app, 100, 30).find("1 case(s) with conflicts between laptops (c to settle)") != nil)
    app.handle(.char("c"))
    let grid = screen(app, 100, 30)
    #expect(grid.find("Conflicts to settle (1)") != nil, "\(grid.text())")
    #expect(grid.find("\(id)  王秀英 138****5678  assignee · 2 concurrent versions") != nil)
    #expect(grid.find("← in effect") != nil)
    app.handle(.char("s"))
    #expect(screen(app, 100, 30).find("Keep which version (assignee)") != nil)
  }

  @Test func noConflictsSaysSo() throws {
    let laptops = try TwoLaptops()
    try laptops.sync(laptops.a, to: laptops.b)
    let grid = screen(conflictsScreen(laptops), 80, 24)
    #expect(grid.find("冲突待处理（0）") != nil)
    #expect(grid.find("没有待处理的冲突") != nil)
  }

  @Test func settleKeepsTheChosenVersionWithAReason() throws {
    let laptops = try TwoLaptops()
    let id = try laptops.conflict(
      .assign(to: "楼栋长 张德明", note: nil), .assign(to: "六堰社区居委会", note: nil))
    let app = laptops.f.settledApp()
    // The queue says conflicts wait, on the status line.
    let notice = "1 件案件有多机冲突待处理（c 查看）"
    #expect(screen(app, 100, 30).find(notice) != nil, "\(screen(app, 100, 30).text())")
    app.handle(.char("c"))
    app.handle(.char("s"))
    // The picker offers both versions, the one in effect selected.
    var grid = screen(app, 100, 30)
    #expect(grid.find("保留哪个版本（承办人）") != nil, "\(grid.text())")
    guard case .picker(let picker) = app.modal?.body else {
      Issue.record("no picker")
      return
    }
    #expect(picker.selection == 1)
    app.handle(.char("1"))
    #expect(screen(app, 100, 30).find("保留：派单给 楼栋长 张德明") != nil)
    // A reason is required: an empty one keeps the prompt and records nothing.
    let before = try events(laptops.a, id).count
    app.handle(.enter)
    #expect(app.modal != nil)
    #expect(try events(laptops.a, id).count == before)
    app.type("经核实由楼栋长负责")
    app.handle(.enter)
    let settled = try events(laptops.a, id)
    #expect(settled.count == before + 1)
    #expect(settled.last?.kind == .settled)
    #expect(settled.last?.data.reason == "经核实由楼栋长负责")
    #expect(settled.last?.operator == "王芳")
    #expect(try laptops.a.find(id).assignee == "楼栋长 张德明")
    #expect(try laptops.a.conflicts().isEmpty)
    // The list updates at once.
    grid = screen(app, 100, 30)
    #expect(grid.find("冲突待处理（0）") != nil, "\(grid.text())")
    #expect(grid.find("没有待处理的冲突") != nil)
    #expect(grid.find("处理冲突（承办人）") != nil, "\(grid.text())")  // the status line
    app.handle(.char("q"))
    #expect(app.top is QueueScreen)
    #expect(screen(app, 100, 30).find(notice) == nil)
    // The settlement travels to the other laptop like any event.
    try laptops.sync(laptops.a, to: laptops.b)
    #expect(try laptops.b.conflicts().isEmpty)
    #expect(try laptops.b.find(id).assignee == "楼栋长 张德明")
  }

  @Test func detailMarksTheConflictAndBothVersions() throws {
    let laptops = try TwoLaptops()
    let id = try laptops.conflict(
      .assign(to: "楼栋长 张德明", note: nil), .assign(to: "六堰社区居委会", note: nil))
    let app = conflictsScreen(laptops)
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == id)
    var grid = screen(app, 100, 30)
    #expect(grid.find("承办人有 2 个并发版本，待处理（队列中按 c）") != nil, "\(grid.text())")
    #expect(grid.find("〔冲突〕派单给 楼栋长 张德明") != nil, "\(grid.text())")
    #expect(grid.find("〔冲突·生效〕派单给 六堰社区居委会") != nil)
    // Settled: the marker goes, the set-aside version stays in the history.
    _ = try laptops.a.settle(
      id, keep: "1", field: .assignee, reason: "楼栋长负责", by: Actor("王芳"), now: laptops.at("09:58"))
    app.refresh()
    grid = screen(app, 100, 30)
    #expect(grid.find("待处理（队列中按 c）") == nil, "\(grid.text())")
    #expect(grid.find("派单给 楼栋长 张德明") != nil)
    #expect(grid.find("〔已搁置〕派单给 六堰社区居委会") != nil, "\(grid.text())")
  }

  /// A second report of the leak by the same resident, opened by searching its words.
  func openDuplicate(_ f: ConsoleFixture) throws -> (App, String) {
    let dup = try f.add(
      "楼上又漏水了，天花板在滴水", name: "王秀英", phone: "13812345678", address: "六堰社区3栋2单元502",
      at: "2026-11-28 09:30")
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("又漏水")
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == dup.id)
    return (app, dup.id)
  }

  @Test func mergeIntoAnotherCaseAndUnmerge() throws {
    let f = try ConsoleFixture()
    let (app, dup) = try openDuplicate(f)
    app.handle(.char("M"))
    // The likely duplicate is offered (phone masked) and prefilled.
    var grid = screen(app, 100, 30)
    #expect(grid.find("合并重复案件") != nil, "\(grid.text())")
    #expect(grid.find("\(Self.leak) 王秀英 138****5678") != nil, "\(grid.text())")
    #expect(app.modal?.text == Self.leak)
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("确认合并") != nil)
    app.handle(.enter)
    #expect(try events(f.store, dup).last?.kind == .mergedInto)
    #expect(try events(f.store, Self.leak).last?.kind == .merged)
    grid = screen(app, 100, 30)
    #expect(grid.find("已作为重复案件并入 \(Self.leak)（U 撤销）") != nil, "\(grid.text())")
    #expect(grid.find("作为重复案件并入 \(Self.leak)") != nil)
    #expect(!(try f.store.list(.open).map(\.id).contains(dup)))
    // The case kept shows it too, in its fields and its history.
    let kept = f.settledApp()
    kept.handle(.char("/"))
    kept.type("找过楼上几次都不理")
    kept.handle(.enter)
    let keptGrid = screen(kept, 100, 30)
    #expect(keptGrid.find("并入本案的重复案件：\(dup)") != nil, "\(keptGrid.text())")
    #expect(keptGrid.find("合并重复案件 \(dup)（并入本案）") != nil)
    // Unmerge from the duplicate: confirmed, recorded on both cases.
    app.handle(.char("U"))
    #expect(screen(app, 100, 30).find("撤销合并") != nil)
    app.handle(.enter)
    #expect(try events(f.store, dup).last?.kind == .unmerged)
    #expect(try events(f.store, Self.leak).last?.kind == .unmerged)
    grid = screen(app, 100, 30)
    #expect(grid.find("（U 撤销）") == nil, "\(grid.text())")
    #expect(grid.find("撤销与 \(Self.leak) 的合并") != nil, "\(grid.text())")
    #expect(try f.store.list(.open).map(\.id).contains(dup))
  }

  @Test func mergeRefusalsKeepTheTypedID() throws {
    let f = try ConsoleFixture()
    let (app, dup) = try openDuplicate(f)
    app.handle(.char("M"))
    app.handle(.ctrl("u"))
    app.type(dup)
    app.handle(.enter)
    #expect(app.modal?.text == dup)  // merging a case into itself is refused
    #expect(try events(f.store, dup).last?.kind != .mergedInto)
    app.handle(.escape)
    app.handle(.char("U"))  // not merged: says so, records nothing
    #expect(app.modal == nil)
    #expect(screen(app, 100, 30).find("没有被合并") != nil)
  }

  @Test func revealIsRecordedAndNumbersAreMaskedUntilThen() throws {
    let f = try ConsoleFixture()
    try f.act(.note("居民另一个号码 13912345678"), on: Self.leak, at: "2026-11-28 09:00")
    let app = f.settledApp()
    // Queue and search rows never show a full number.
    #expect(!screen(app, 120, 40).text().contains("13812345678"))
    app.handle(.char("/"))
    app.type("王秀英")
    #expect(screen(app, 120, 40).find("138****5678") != nil)
    #expect(!screen(app, 120, 40).text().contains("13812345678"))
    app.handle(.enter)
    var grid = screen(app, 100, 30)
    #expect(grid.find("王秀英 138****5678") != nil)
    #expect(grid.find("居民另一个号码 139****5678") != nil, "\(grid.text())")
    let before = try events(f.store, Self.leak)
    app.handle(.char("p"))
    let after = try events(f.store, Self.leak)
    #expect(after.count == before.count + 1)
    #expect(after.last?.kind == .revealed)
    #expect(after.last?.operator == "王芳")
    grid = screen(app, 100, 30)
    #expect(grid.find("王秀英 13812345678") != nil, "\(grid.text())")
    #expect(grid.find("居民另一个号码 13912345678") != nil)
    #expect(grid.find("查看完整个人信息（电话、证件号）") != nil)
    // Hiding again records nothing.
    app.handle(.char("p"))
    #expect(try events(f.store, Self.leak).count == after.count)
    #expect(screen(app, 100, 30).find("王秀英 138****5678") != nil)
  }

  @Test func theStatusLineMasksNumbersInANewHistoryLine() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("王秀英")
    app.handle(.enter)
    app.handle(.char("o"))
    app.type("居民另一个号码 13912345678")
    app.handle(.enter)
    #expect(try events(f.store, Self.leak).last?.data.reason == "居民另一个号码 13912345678")
    let grid = screen(app, 120, 30)
    #expect(grid.find("：备注：居民另一个号码 139****5678") != nil, "\(grid.text())")
    #expect(!grid.text().contains("13912345678"))
  }
}
