import Foundation
import Hummingbird
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// What each browser route does, once its request is read.
struct HubWebHandlers: Sendable {
  enum List { case overdue, supervised }

  let hub: Hub
  /// The shipped rules and calendar; nil when `data/` could not be read (pages then fail).
  let engine: CaseEngine?
  let secure: Bool
  let clock: @Sendable () -> Date

  func login(_ request: Request) async -> Response {
    guard let body = try? await request.body.collect(upTo: 16 << 10) else {
      return HubWebRoutes.html(HubWebPage.login(error: "请求太大"), status: .badRequest)
    }
    let form = HubWebForm.parse(String(buffer: body))
    let name = form["name"] ?? ""
    do {
      let token = try await hub.login(name: name, password: form["password"] ?? "", now: clock())
      return HubWebRoutes.redirect("/street", cookie: sessionCookie(token, maxAge: nil))
    } catch let e as HubAccountError {
      return HubWebRoutes.html(
        HubWebPage.login(error: e.description, name: name), status: .unauthorized)
    } catch {
      return HubWebRoutes.html(HubWebPage.login(error: "服务出错，请稍后再试"), status: .internalServerError)
    }
  }

  func logout(_ request: Request) async -> Response {
    if let token = request.cookies[HubWebRoutes.cookie]?.value {
      try? await hub.logout(session: token)
    }
    return HubWebRoutes.redirect("/login", cookie: sessionCookie("", maxAge: 0))
  }

  /// The session cookie: HttpOnly, SameSite=Strict, Secure over TLS; no Max-Age (it ends with
  /// the browser, and the hub ends it sooner: idle 30 min, 8 h at most).
  func sessionCookie(_ token: String, maxAge: Int?) -> String {
    var c = "\(HubWebRoutes.cookie)=\(token); Path=/; HttpOnly; SameSite=Strict"
    if secure { c += "; Secure" }
    if let maxAge { c += "; Max-Age=\(maxAge)" }
    return c
  }

  /// Runs `body` for a signed-in account; otherwise sends the browser to the login form.
  func signedIn(
    _ request: Request, _ body: (HubAccount, CaseEngine) async throws -> Response
  ) async -> Response {
    do {
      guard let token = request.cookies[HubWebRoutes.cookie]?.value,
        let account = try await hub.account(session: token, now: clock())
      else { return HubWebRoutes.redirect("/login") }
      guard let engine else { throw HubWebRoutes.EngineMissing() }
      return try await body(account, engine)
    } catch {
      return HubWebRoutes.html(
        HubWebPage.message("出错了", "服务出错，请稍后再试。", account: nil),
        status: .internalServerError)
    }
  }

  func street(_ request: Request) async -> Response {
    await signedIn(request) { account, engine in
      guard account.role == .street, account.scope == nil else {
        return HubWebRoutes.redirect("/unit/\(HubWebForm.encode(account.unit ?? ""))")
      }
      return try await report(request, account: account, unit: nil, engine: engine)
    }
  }

  func unit(_ request: Request, unit: String, list: List?) async -> Response {
    await signedIn(request) { account, engine in
      guard account.maySee(unit: unit) else { return notAllowed(account) }
      guard let list else {
        return try await report(request, account: account, unit: unit, engine: engine)
      }
      let now = clock()
      let (title, rows, empty) =
        switch list {
        case .overdue:
          ("\(unit) 超期案件", try await hub.overdueCases(unit: unit, now: now), "没有超期案件。")
        case .supervised:
          ("\(unit) 督办案件", try await hub.supervisedCases(unit: unit), "没有督办中的案件。")
        }
      let back = "/unit/\(HubWebForm.encode(unit))/\(list == .overdue ? "overdue" : "supervised")"
      let body = """
        <h1>\(HTML.escape(title))（\(rows.count) 件）</h1>
        <p class="note">统计时点 \(HTML.escape(engine.calendar.minuteText(of: now)))；居民姓名和电话已隐去。</p>
        \(HubWebCaseList.table(rows, engine: engine, now: now, back: back, showUnit: false, empty: empty))
        """
      return HubWebRoutes.html(HubWebPage.document(title: title, account: account, body: body))
    }
  }

  func report(_ request: Request, account: HubAccount, unit: String?, engine: CaseEngine)
    async throws -> Response
  {
    let now = clock()
    let query = HubWebForm.parse(request.uri.query ?? "")
    let today = engine.calendar.civilDate(of: now)
    var (year, month) = (today.year, today.month)
    if let asked = query["month"], !asked.isEmpty {
      guard let day = CivilDate(iso: asked + "-01"), (2000...2100).contains(day.year) else {
        return HubWebRoutes.html(
          HubWebPage.message("月份不对", "月份写作 2026-11。", account: account),
          status: .badRequest)
      }
      (year, month) = (day.year, day.month)
    }
    let result = try await hub.webReport(
      unit: unit, year: year, month: month, engine: engine, now: now)
    var html = ReportHTML.render(result.report, lang: .zh, timeZone: engine.calendar.timeZone)
    let units = HubWebUnitTable.render(
      result.units, year: year, month: month, street: unit == nil)
    html = html.replacingOccurrences(of: "</header>", with: "</header>\n\(units)")
    return HubWebRoutes.html(HubWebPage.report(html, account: account))
  }

  func search(_ request: Request) async -> Response {
    await signedIn(request) { account, engine in
      let query = HubWebForm.parse(request.uri.query ?? "")["q"] ?? ""
      var body = """
        <h1>查找案件</h1>
        <form method="get" action="/street/search"><input name="q" value="\(HTML.escape(query))" \
        placeholder="案件编号或诉求中的词"> <button type="submit">查找</button></form>
        """
      if !query.trimmingCharacters(in: .whitespaces).isEmpty {
        let now = clock()
        let found = HubWebCaseList.matching(
          try await hub.webCases(unit: account.scope), query: query)
        let shown = Array(found.prefix(200))
        body += "<h2>找到 \(found.count) 件\(found.count > shown.count ? "（列出前 200 件）" : "")</h2>"
        body += HubWebCaseList.table(
          shown, engine: engine, now: now,
          back: "/street/search?q=\(HubWebForm.encode(query))", showUnit: account.scope == nil,
          empty: "没有找到。")
      }
      return HubWebRoutes.html(HubWebPage.document(title: "查找案件", account: account, body: body))
    }
  }

  /// Shows one case's full phone number, once the audit row is written (who, when, which
  /// case) — as the laptop does.
  func reveal(_ request: Request) async -> Response {
    await signedIn(request) { account, engine in
      let body = try await request.body.collect(upTo: 16 << 10)
      let form = HubWebForm.parse(String(buffer: body))
      guard let raw = form["case"], let uuid = UUID(uuidString: raw) else {
        return HubWebRoutes.html(
          HubWebPage.message("请求不对", "没有指明案件。", account: account), status: .badRequest)
      }
      let found = try await hub.webCases(
        unit: account.scope, where: "c.uuid = $2", binds: [uuid.uuidString])
      guard let c = found.first else { return notAllowed(account) }
      let now = clock()
      try await hub.audit(account, action: "reveal-phone", caseUUID: uuid.uuidString, now: now)
      let back = form["back"].flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil }
      let page = """
        <h1>案件 \(HTML.escape(c.current.id)) 居民电话</h1>
        <p>\(HTML.escape(NameMask.mask(c.current.resident.name)))：<b class="phone">\(HTML.escape(c.current.resident.phone))</b></p>
        <p class="note">已记录：\(HTML.escape(account.name)) 于 \(HTML.escape(engine.calendar.minuteText(of: now))) 查看了此号码。</p>
        \(back.map { "<p><a href=\"\(HTML.escape($0))\">返回</a></p>" } ?? "")
        """
      return HubWebRoutes.html(HubWebPage.document(title: "居民电话", account: account, body: page))
    }
  }

  func notAllowed(_ account: HubAccount) -> Response {
    HubWebRoutes.html(
      HubWebPage.message("无权查看", "此账号只能查看本单位的案件。", account: account), status: .forbidden)
  }
}
