import Foundation
import Hummingbird
import ShuoshiCore
import ShuoshiReports
import ShuoshiStore

/// The street office's view in a browser (docs/HUB.md): login, the street's and each unit's
/// monthly report, each unit's 超期 and 督办 lists, search, and audited phone reveals. Each
/// route only reads the request, checks the session, calls `Hub` and renders a page.
public enum HubWebRoutes {
  static let cookie = "shuoshi_session"

  /// Adds the routes to `router`. `secureCookies`: the hub is served over TLS.
  public static func add(
    to router: Router<BasicRequestContext>, hub: Hub, secureCookies: Bool = false,
    clock: @escaping @Sendable () -> Date = Date.init
  ) {
    let engine = try? Self.engine()
    if engine == nil {
      FileHandle.standardError.write(
        Data(
          "shuoshi-hub: data/routing.yaml not found: the browser pages cannot show reports\n".utf8))
    }
    let pages = HubWebHandlers(hub: hub, engine: engine, secure: secureCookies, clock: clock)
    router.get("/") { _, _ in redirect("/street") }
    router.get("/login") { _, _ in html(HubWebPage.login(error: nil)) }
    router.post("/login") { request, _ in await pages.login(request) }
    router.post("/logout") { request, _ in await pages.logout(request) }
    router.get("/street") { request, _ in await pages.street(request) }
    router.get("/street/search") { request, _ in await pages.search(request) }
    router.post("/street/reveal") { request, _ in await pages.reveal(request) }
    router.get("/unit/:unit") { request, context in
      await pages.unit(request, unit: unitName(context), list: nil)
    }
    router.get("/unit/:unit/overdue") { request, context in
      await pages.unit(request, unit: unitName(context), list: .overdue)
    }
    router.get("/unit/:unit/supervised") { request, context in
      await pages.unit(request, unit: unitName(context), list: .supervised)
    }
  }

  /// The rules and calendar of the shipped `data/` (the laptops' defaults), in Beijing time.
  static func engine() throws -> CaseEngine {
    let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    return try ConfigFiles(
      resources: Resources.locate(environment: ProcessInfo.processInfo.environment)
    ).engine(timeZone: zone)
  }

  struct EngineMissing: Error {}

  /// The path's unit name (percent-decoded: the router leaves it encoded).
  static func unitName(_ context: BasicRequestContext) -> String {
    let raw = context.parameters.get("unit") ?? ""
    return raw.removingPercentEncoding ?? raw
  }

  /// HTTPTypes' field name (Hummingbird re-exports `HTTPFields`, not `HTTPField`).
  typealias FieldName = HTTPFields.Element.Name

  static let securityHeaders: HTTPFields = [
    FieldName("Content-Security-Policy")!:
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'",
    FieldName("X-Content-Type-Options")!: "nosniff",
    FieldName("Referrer-Policy")!: "no-referrer",
    .cacheControl: "no-store",
  ]

  static func html(_ page: String, status: HTTPResponse.Status = .ok, cookie: String? = nil)
    -> Response
  {
    var headers = securityHeaders
    headers[.contentType] = "text/html; charset=utf-8"
    if let cookie { headers[.setCookie] = cookie }
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
  }

  static func redirect(_ location: String, cookie: String? = nil) -> Response {
    var headers = securityHeaders
    headers[.location] = location
    if let cookie { headers[.setCookie] = cookie }
    return Response(status: .seeOther, headers: headers)
  }
}
