import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One request to the hub and its answer: the seam between the sync use case and the network.
public protocol HubTransport: Sendable {
  /// Sends `body` (JSON) to `path` under `base`, with the bearer `token` when given; returns
  /// the status and the body. Throws `HubSyncError.unreachable` when no answer came.
  func send(_ method: String, _ path: String, base: String, token: String?, body: Data?) throws
    -> (status: Int, body: Data)
}

/// The transport of Foundation (URLSession through FoundationNetworking on Linux): no server
/// stack in the laptop's binary. Blocking, for the CLI and a background task of the console.
public struct URLSessionHubTransport: HubTransport {
  /// How long one request may take (a batch of 5,000 events is a few MiB).
  public var timeout: TimeInterval

  public init(timeout: TimeInterval = 120) { self.timeout = timeout }

  public func send(_ method: String, _ path: String, base: String, token: String?, body: Data?)
    throws -> (status: Int, body: Data)
  {
    guard let url = URL(string: base.hasSuffix("/") ? String(base.dropLast()) + path : base + path),
      url.scheme == "http" || url.scheme == "https"
    else { throw HubSyncError.badAddress(base) }
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.httpMethod = method
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
    let box = AnswerBox()
    let done = DispatchSemaphore(value: 0)
    let session = URLSession(configuration: .ephemeral)
    session.dataTask(with: request) { data, response, error in
      box.set(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
      done.signal()
    }.resume()
    done.wait()
    session.finishTasksAndInvalidate()
    let (data, status, error) = box.get()
    guard let status else {
      throw HubSyncError.unreachable(base, detail: error?.localizedDescription ?? "no answer")
    }
    return (status, data ?? Data())
  }
}

/// The answer of a data task, handed from its callback to the waiting thread.
private final class AnswerBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  private var status: Int?
  private var error: (any Error)?

  func set(data: Data?, status: Int?, error: (any Error)?) {
    lock.lock()
    defer { lock.unlock() }
    (self.data, self.status, self.error) = (data, status, error)
  }

  func get() -> (Data?, Int?, (any Error)?) {
    lock.lock()
    defer { lock.unlock() }
    return (data, status, error)
  }
}
