import Foundation

/// How a sync rides out a fault on the way: a request that got no answer (the hub down, the
/// network cut) or a 5xx (the hub's database restarting) is sent again a few times, waiting
/// longer each time, before the sync gives up with a clear message. Refusals (4xx) are never
/// retried: sending the same batch again would be refused again. Every request of a sync is
/// safe to repeat — a push adds nothing the second time, a pull and the marks only read.
public struct HubFaultRetry: Sendable {
  /// Tries per request, the first included.
  public var attempts: Int
  /// The wait after the first failure; doubled after each later one.
  public var firstPause: TimeInterval
  /// Waits (tests pass one that records instead of sleeping).
  public var pause: @Sendable (TimeInterval) -> Void

  public init(
    attempts: Int = 4, firstPause: TimeInterval = 1,
    pause: @escaping @Sendable (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }
  ) {
    self.attempts = max(1, attempts)
    self.firstPause = firstPause
    self.pause = pause
  }

  /// One try only.
  public static let never = HubFaultRetry(attempts: 1)

  /// `transport`, sending each request again on a fault as this policy says.
  public func wrapping(_ transport: HubTransport) -> HubTransport {
    Retrying(inner: transport, policy: self)
  }

  private struct Retrying: HubTransport {
    let inner: HubTransport
    let policy: HubFaultRetry

    func send(
      _ method: String, _ path: String, base: String, token: String?, pin: HubPin?, body: Data?
    ) throws -> (status: Int, body: Data) {
      var wait = policy.firstPause
      for attempt in 1... {
        let failure: HubSyncError
        do {
          let answer = try inner.send(method, path, base: base, token: token, pin: pin, body: body)
          guard answer.status >= 500 else { return answer }
          failure = .refusal(answer.status, answer.body)
        } catch let e as HubSyncError {
          guard case .unreachable = e else { throw e }
          failure = e
        }
        if attempt >= policy.attempts {
          throw attempt == 1 ? failure : .afterTries(attempt, failure)
        }
        policy.pause(wait)
        wait *= 2
      }
      preconditionFailure("the loop returns or throws")
    }
  }
}
