import Foundation

@testable import ShuoshiHub

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A browser's requests without a browser: no redirects followed, no cookie jar (the test
/// sends the cookie itself), so each answer is seen as the hub gave it.
final class HubWebClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
  struct Answer {
    var status: Int
    var headers: [String: String]
    var body: String
    var location: String? { headers["location"] }
    var setCookie: String? { headers["set-cookie"] }
  }

  let base: String
  var cookie: String?
  private lazy var session = URLSession(
    configuration: .ephemeral, delegate: self, delegateQueue: nil)

  init(base: String) { self.base = base }

  func get(_ path: String) async throws -> Answer { try await send(path, method: "GET", form: nil) }

  func post(_ path: String, form: [(String, String)]) async throws -> Answer {
    try await send(path, method: "POST", form: form)
  }

  func send(_ path: String, method: String, form: [(String, String)]?) async throws -> Answer {
    var request = URLRequest(url: URL(string: base + path)!)
    request.httpMethod = method
    request.httpShouldHandleCookies = false
    if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
    if let form {
      request.setValue(
        "application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
      request.httpBody = Data(
        form.map { "\(HubWebForm.encode($0.0))=\(HubWebForm.encode($0.1))" }.joined(
          separator: "&"
        ).utf8)
    }
    let session = self.session
    return try await withCheckedThrowingContinuation { continuation in
      session.dataTask(with: request) { data, response, error in
        guard let http = response as? HTTPURLResponse else {
          continuation.resume(throwing: error ?? URLError(.badServerResponse))
          return
        }
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields {
          headers[String(describing: k).lowercased()] = String(describing: v)
        }
        continuation.resume(
          returning: Answer(
            status: http.statusCode, headers: headers,
            body: String(decoding: data ?? Data(), as: UTF8.self)))
      }.resume()
    }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }
}
