import Foundation
import Hummingbird
import ShuoshiStore

/// The hub's HTTP routes (JSON; the batches in the bundle's event format). Each route only
/// reads the request, calls `Hub` and writes the answer. Paths are versioned.
public enum HubServer {
  /// The routes over `hub`; `clock` gives "now" (tests pin it); `secureCookies`: served over
  /// TLS, so the browser's session cookie is sent only over HTTPS.
  public static func router(
    _ hub: Hub, clock: @escaping @Sendable () -> Date = Date.init, secureCookies: Bool = false
  ) -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/v1/health") { _, _ in "ok\n" }
    router.post("/v1/enroll") { request, _ -> Response in
      await answer(hub) {
        let body = try await request.body.collect(upTo: 4096)
        let ask = try JSONDecoder().decode(EnrollRequest.self, from: Data(body.readableBytesView))
        let token = try await hub.enroll(code: ask.code, device: ask.device, now: clock())
        return try json(EnrollAnswer(token: token, hubDevice: hub.device))
      }
    }
    router.get("/v1/marks") { request, _ -> Response in
      await answer(hub) {
        let laptop = try await authorize(request, hub)
        return try json(MarksBody(marks: try await hub.pushMarks(for: laptop)))
      }
    }
    router.post("/v1/push") { request, _ -> Response in
      await answer(hub) {
        let laptop = try await authorize(request, hub)
        let body = try await request.body.collect(upTo: LedgerBatch.maxBytes)
        return try json(
          try await hub.push(Data(body.readableBytesView), from: laptop, now: clock()))
      }
    }
    router.post("/v1/pull") { request, _ -> Response in
      await answer(hub) {
        let laptop = try await authorize(request, hub)
        let body = try await request.body.collect(upTo: 4 << 20)
        let ask = try JSONDecoder().decode(MarksBody.self, from: Data(body.readableBytesView))
        let batch = try await hub.pull(after: ask.marks, for: laptop, now: clock())
        return bytes(batch.encoded(now: clock()))
      }
    }
    HubWebRoutes.add(to: router, hub: hub, secureCookies: secureCookies, clock: clock)
    return router
  }

  /// The laptop behind the request's bearer token; a missing, unknown or revoked token is
  /// refused (and logged).
  static func authorize(_ request: Request, _ hub: Hub) async throws -> HubLaptop {
    let header = request.headers[.authorization] ?? ""
    guard header.hasPrefix("Bearer "),
      let laptop = try await hub.laptop(token: String(header.dropFirst(7)))
    else { throw await hub.logRefusal(.unauthorized, laptop: nil) }
    return laptop
  }

  /// Runs `body`; a refusal becomes its status and `{"error": …}`, anything else a 400/500.
  static func answer(_ hub: Hub, _ body: () async throws -> Response) async -> Response {
    do { return try await body() } catch let e as HubError {
      return (try? json(ErrorBody(error: e.description), status: .init(code: e.status)))
        ?? Response(status: .internalServerError)
    } catch is DecodingError {
      return (try? json(ErrorBody(error: "malformed request"), status: .badRequest))
        ?? Response(status: .badRequest)
    } catch {
      return (try? json(ErrorBody(error: "hub error"), status: .internalServerError))
        ?? Response(status: .internalServerError)
    }
  }

  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var response = bytes(try encoder.encode(value))
    response.status = status
    return response
  }

  static func bytes(_ data: Data) -> Response {
    Response(
      status: .ok, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}

/// The bodies the routes read and write (the laptop's client has its own copies: it does not
/// link the hub).
struct EnrollRequest: Codable {
  var code: String
  var device: String
}

struct EnrollAnswer: Codable {
  var token: String
  var hubDevice: String
}

struct MarksBody: Codable {
  var marks: [String: Int64]
}

struct ErrorBody: Codable {
  var error: String
}
