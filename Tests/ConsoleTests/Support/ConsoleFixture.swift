import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport

@testable import Console

/// A clock tests can move.
final class TestClock: WallClock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(_ date: Date) { current = date }

  var now: Date {
    get { lock.withLock { current } }
    set { lock.withLock { current = newValue } }
  }
}

/// A small street of cases written through the real store in a temporary directory, at fixed
/// times, and an app on it. "Now" is Saturday 2026-11-28 10:00 (a booth day) in Asia/Shanghai.
final class ConsoleFixture {
  static let now = EngineFixture.at("2026-11-28 10:00")
  static let keymap: ConsoleKeymap = {
    try! ConsoleKeymap.load(contentsOf: EngineFixture.root.appendingPathComponent("data/keys.yaml"))
  }()

  let dir = TempDir("shuoshi-console")
  let engine = EngineFixture.engine
  let store: CaseStore
  let clock = TestClock(ConsoleFixture.now)
  let worker = Actor("王芳")

  init(seed: Bool = true) throws {
    store = try CaseStore.open(
      DataDirectory(url: dir.url.appendingPathComponent("data")), siteCode: "HJ")
    if seed { try self.seed() }
  }

  deinit { dir.remove() }

  func app(lang: Lang = .zh) -> App {
    var services = ConsoleServices(
      store: store, engine: engine, actor: worker,
      systemActor: Actor(lang == .zh ? "系统" : "system"),
      dataPath: "~/.local/share/shuoshi", clock: clock, lang: lang, keymap: Self.keymap)
    services.pinyin = LazyPinyin { RegisterFixtureFiles.pinyin }
    return App(services: services)
  }

  /// An app with its start-up work done (first sweep, counts), as a user sees it a moment
  /// after start.
  func settledApp(lang: Lang = .zh) -> App {
    let app = app(lang: lang)
    app.settle()
    return app
  }

  @discardableResult
  func add(
    _ text: String, name: String, phone: String = "", address: String, at time: String,
    tier: Tier? = nil, reason: String? = nil, by actor: Actor? = nil
  ) throws -> Case {
    let when = EngineFixture.at(time)
    return try store.add(
      Intake(
        resident: Resident(name: name, phone: phone, address: address), text: text,
        receivedAt: when, tier: tier, overrideReason: reason),
      engine: engine, by: actor ?? Actor("李娜"), now: when)
  }

  @discardableResult
  func act(_ action: Action, on id: String, at time: String, by actor: String = "李娜") throws
    -> Case
  {
    try store.perform(action, on: id, engine: engine, by: Actor(actor), now: EngineFixture.at(time))
  }

  private func seed() throws {
    let drain = try add(
      "多个小区的排水管道堵塞，整条街一下雨就淹，走路都难", name: "孙玉兰", phone: "13600004444",
      address: "锦华苑社区1栋1单元101", at: "2026-10-15 10:00", tier: .street,
      reason: "涉及市政排水，需街道统筹")
    try act(.assign(to: "汉江路街道办", note: nil), on: drain.id, at: "2026-10-15 11:00")
    let rated = try add(
      "小区垃圾桶满了没人清，臭味很大", name: "吴红梅", phone: "15800005555",
      address: "阳光社区9栋2单元301", at: "2026-11-20 09:10")
    try act(.assign(to: "阳光社区居委会", note: nil), on: rated.id, at: "2026-11-20 10:00")
    try act(.resolve(summary: "已联系物业当天清运", onSpot: false), on: rated.id, at: "2026-11-21 16:00")
    try act(.rate(.satisfied, comment: nil), on: rated.id, at: "2026-11-22 09:00")
    let lift = try add(
      "物业费收了不办事，电梯坏了半个月没人修", name: "周国庆", phone: "18600003333",
      address: "阳光社区2栋3单元602", at: "2026-11-21 11:00")
    try act(.assign(to: "阳光社区居委会", note: nil), on: lift.id, at: "2026-11-21 14:00")
    try act(.visit(note: "约物业经理面谈", minutes: 30), on: lift.id, at: "2026-11-24 10:00")
    try act(.resolve(summary: "物业已修好电梯并公示维修费用", onSpot: false), on: lift.id, at: "2026-11-26 17:00")
    let gas = try add(
      "楼道里闻到很大煤气味，家里有老人", name: "陈淑珍", phone: "13700002222",
      address: "锦华苑社区8栋2单元1101", at: "2026-11-24 09:00")
    try act(.assign(to: "汉江路片区 刘建国", note: "燃气公司已通知"), on: gas.id, at: "2026-11-24 09:20")
    try add(
      "隔壁邻居在我家门口堆柴火，说了不听，还吵起来了", name: "赵金花", phone: "15900001111",
      address: "七里垭村3组12号", at: "2026-11-25 14:00")
    try add(
      "小区门口路灯坏了一个多月，晚上很黑", name: "李建国", phone: "13987654321",
      address: "阳光社区5栋1单元201", at: "2026-11-26 10:05")
    let leak = try add(
      "楼上卫生间漏水，把我家天花板泡了，找过楼上几次都不理", name: "王秀英", phone: "13812345678",
      address: "六堰社区3栋2单元502", at: "2026-11-27 15:20")
    try act(.assign(to: "楼栋长 张德明", note: nil), on: leak.id, at: "2026-11-27 16:00")
    let smoke = try add(
      "楼下商铺油烟太大，窗户都不敢开", name: "黄志强", address: "六堰社区7栋1单元302",
      at: "2026-11-28 09:40", by: worker)
    try act(.wait(reason: "等商铺老板回来再谈"), on: smoke.id, at: "2026-11-28 09:50", by: "王芳")
  }
}

/// Renders `app` into a fresh grid of `width` × `height`.
func screen(_ app: App, _ width: Int, _ height: Int) -> CellGrid {
  let grid = CellGrid(width: width, height: height)
  app.render(on: grid)
  return grid
}
