import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// The street office's browser view over real HTTP: login, the street and unit reports with
/// the laptops' numbers, a unit account kept to its unit, masked phones revealed only by an
/// audited POST, laptops' text escaped.
@Suite(.serialized) struct HubWebTests {
  @Test func streetAndUnitAccountsSeeWhatTheyMay() async throws {
    // Plain HTTP: the test's client is URLSession, which cannot trust a self-signed certificate
    // on Linux (the browser test, tests/e2e/hub-browser.sh, goes over HTTPS).
    try await HubFixture.with { f in
      try await f.serve(tls: nil)
      try await run(f)
    }
  }

  func run(_ f: HubFixture) async throws {
    let a = try f.laptop("阳光-1", letter: "A")
    let b = try f.laptop("幸福-1", letter: "B")
    let la = try await f.enroll(a, unit: "阳光社区", name: "阳光-1")
    let lb = try await f.enroll(b, unit: "幸福村", name: "幸福-1")
    let late = try f.takeIn(a, "楼道灯坏了好几天", name: "王秀英", at: "2026-11-02 09:00")
    let hostile = try f.takeIn(
      a, "<script>alert(1)</script>小区门口垃圾没人清", name: "张<b>三</b>", at: "2026-11-20 10:00")
    let done = try f.takeIn(a, "水管漏水", name: "李四", at: "2026-11-10 10:00")
    let actor = Actor("值班员")
    _ = try a.perform(
      .assign(to: "张德明", note: nil), on: done.id, engine: f.engine, by: actor,
      now: EngineFixture.at("2026-11-10 11:00"))
    _ = try a.perform(
      .resolve(summary: "已修好", onSpot: false), on: done.id, engine: f.engine, by: actor,
      now: EngineFixture.at("2026-11-11 10:00"))
    _ = try a.perform(
      .rate(.satisfied, comment: nil), on: done.id, engine: f.engine, by: actor,
      now: EngineFixture.at("2026-11-11 11:00"))
    _ = try a.perform(
      .supervise(on: true, note: "群众多次反映"), on: hostile.id, engine: f.engine, by: actor,
      now: EngineFixture.at("2026-11-21 10:00"))
    let other = try f.takeIn(b, "路灯不亮", name: "钱大爷", at: "2026-11-12 10:00")
    for (store, laptop) in [(a, la), (b, lb)] {
      let batch = try store.outgoingBatch(after: [:], devices: nil, limit: 1000)
      _ = try await f.hub.push(batch.encoded(now: Date()), from: laptop, now: Date())
    }
    let now = Date()
    let lateNow = try a.find(late.id)
    #expect(lateNow.isOverdue(at: now))

    // The same numbers as the laptop's own report on the same events.
    let period = ReportPeriod.month(year: 2026, month: 11, calendar: f.engine.calendar)
    let request = ReportRequest(
      period: period, asOf: ReportRequest.defaultAsOf(period: period, now: now))
    let laptop = try a.report(
      request, rules: f.engine.rules, calendar: f.engine.calendar, generatedAt: now)
    let month = try await f.hub.webReport(
      unit: "阳光社区", year: 2026, month: 11, engine: f.engine, now: now)
    let hub = month.report
    #expect(hub.received == 3 && laptop.received == 3)
    #expect(hub.rates == laptop.rates)
    #expect(hub.categories == laptop.categories)
    #expect(hub.tiers == laptop.tiers)
    #expect(hub.weeks == laptop.weeks)
    let counts: [Int] = [hub.resolved, hub.rated, hub.openAtEnd, hub.overdueAtEnd]
    let laptopCounts: [Int] = [
      laptop.resolved, laptop.rated, laptop.openAtEnd, laptop.overdueAtEnd,
    ]
    #expect(counts == laptopCounts)
    let street = try await f.hub.webReport(
      unit: nil, year: 2026, month: 11, engine: f.engine, now: now)
    #expect(street.report.received == 4)
    #expect(street.units.map(\.name) == ["幸福村", "阳光社区"])

    try await f.hub.addUser(
      name: "王主任", role: .street, unit: nil, password: "街道办公室2026", cost: .minimum)
    try await f.hub.addUser(
      name: "李书记", role: .unit, unit: "阳光社区", password: "sunshine-77", cost: .minimum)

    // Not signed in: every page sends the browser to the login form.
    let web = HubWebClient(base: f.url)
    for path in ["/street", "/unit/\(HubWebForm.encode("阳光社区"))/overdue", "/street/search?q=x"] {
      let answer = try await web.get(path)
      #expect(answer.status == 303 && answer.location == "/login", "\(path)")
    }
    let wrong = try await web.post("/login", form: [("name", "王主任"), ("password", "nope-nope")])
    #expect(wrong.status == 401 && wrong.body.contains("用户名或密码不对"))

    // The street office: all units, their rates; the cookie as it must be.
    let login = try await web.post(
      "/login", form: [("name", "王主任"), ("password", "街道办公室2026")])
    #expect(login.status == 303)
    let cookie = try #require(login.setCookie)
    #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
    web.cookie = String(cookie.split(separator: ";")[0])
    let page = try await web.get("/street?month=2026-11")
    #expect(page.status == 200)
    for text in ["2026年11月 说事工作报告", "阳光社区", "幸福村", "响应率", "<svg"] {
      #expect(page.body.contains(text), "\(text)")
    }
    let rateText = try #require(hub.rates.first).rate.percentText
    #expect(page.body.contains(rateText))
    #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)

    // Search by words and by number; the laptops' text escaped, names and phones masked.
    let found = try await web.get("/street/search?q=\(HubWebForm.encode("垃圾"))")
    #expect(found.body.contains(hostile.id))
    #expect(found.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!found.body.contains("<script>"))
    #expect(!found.body.contains("13812345678"))
    #expect(!found.body.contains("张<b>"))
    let byID = try await web.get("/street/search?q=\(HubWebForm.encode(other.id))")
    #expect(byID.body.contains("路灯不亮"))

    // A unit account: its unit only.
    let unit = HubWebClient(base: f.url)
    let unitLogin = try await unit.post(
      "/login", form: [("name", "李书记"), ("password", "sunshine-77")])
    unit.cookie = String(try #require(unitLogin.setCookie).split(separator: ";")[0])
    let home = try await unit.get("/street")
    #expect(home.status == 303 && home.location == "/unit/\(HubWebForm.encode("阳光社区"))")
    #expect(try await unit.get("/unit/\(HubWebForm.encode("幸福村"))").status == 403)
    #expect(
      try await unit.get("/unit/\(HubWebForm.encode("幸福村"))/overdue").status == 403)
    let overdue = try await unit.get("/unit/\(HubWebForm.encode("阳光社区"))/overdue")
    #expect(overdue.status == 200)
    #expect(overdue.body.contains(late.id) && !overdue.body.contains(done.id))
    #expect(overdue.body.contains("138****5678") && !overdue.body.contains("13812345678"))
    let supervised = try await unit.get("/unit/\(HubWebForm.encode("阳光社区"))/supervised")
    #expect(supervised.body.contains(hostile.id) && !supervised.body.contains(late.id))
    let search = try await unit.get("/street/search?q=\(HubWebForm.encode("路灯"))")
    #expect(!search.body.contains(other.id))

    // Revealing a phone: a POST, audited; another unit's case is refused.
    let refused = try await unit.post("/street/reveal", form: [("case", other.uuid.uuidString)])
    #expect(refused.status == 403)
    let shown = try await unit.post(
      "/street/reveal", form: [("case", late.uuid.uuidString), ("back", "/unit/x/overdue")])
    #expect(shown.status == 200 && shown.body.contains("13812345678"))
    let audit = try await f.hub.webAudit()
    #expect(audit.count == 1)
    #expect(audit.first?.1 == "李书记" && audit.first?.3 == late.uuid.uuidString)

    // Logout ends the session on the hub, not only in the browser.
    let out = try await unit.post("/logout", form: [])
    #expect(out.status == 303 && out.setCookie?.contains("Max-Age=0") == true)
    #expect(try await unit.get("/unit/\(HubWebForm.encode("阳光社区"))").status == 303)
  }
}
