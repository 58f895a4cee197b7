import Foundation
import ShuoshiCore
import Testing

@testable import ShuoshiStore

/// The laptop's retry: faults (no answer, 5xx) are tried again with growing pauses, refusals
/// never; giving up says how many tries failed and why.
@Suite struct HubFaultRetryTests {
  /// Answers from a script, one per request, recording what was sent.
  final class Scripted: HubTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Result<(status: Int, body: Data), HubSyncError>]
    private(set) var sent = 0

    init(_ answers: [Result<(status: Int, body: Data), HubSyncError>]) { self.answers = answers }

    func send(
      _ method: String, _ path: String, base: String, token: String?, pin: HubPin?, body: Data?
    ) throws -> (status: Int, body: Data) {
      lock.lock()
      defer { lock.unlock() }
      sent += 1
      return try answers.removeFirst().get()
    }
  }

  final class Pauses: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [TimeInterval] = []
    func add(_ t: TimeInterval) { lock.withLock { list.append(t) } }
    var all: [TimeInterval] { lock.withLock { list } }
  }

  static let down = HubSyncError.unreachable("http://10.0.0.9:8080", detail: "connection refused")
  static let failed = Data(#"{"error":"hub error"}"#.utf8)

  @Test func faultsAreTriedAgainWithGrowingPauses() throws {
    let pauses = Pauses()
    let retry = HubFaultRetry(attempts: 4, firstPause: 0.5, pause: { pauses.add($0) })
    let script = Scripted([
      .failure(Self.down), .success((503, Self.failed)), .success((200, Data("{}".utf8))),
    ])
    let answer = try retry.wrapping(script).send(
      "POST", "/v1/push", base: "", token: nil, pin: nil, body: nil)
    #expect(answer.status == 200)
    #expect(script.sent == 3)
    #expect(pauses.all == [0.5, 1.0])
  }

  @Test func refusalsAreNotTriedAgain() throws {
    let pauses = Pauses()
    let retry = HubFaultRetry(attempts: 4, firstPause: 0.5, pause: { pauses.add($0) })
    let script = Scripted([.success((403, Data(#"{"error":"not of its unit"}"#.utf8)))])
    let answer = try retry.wrapping(script).send(
      "POST", "/v1/push", base: "", token: nil, pin: nil, body: nil)
    #expect(answer.status == 403)
    #expect(script.sent == 1 && pauses.all.isEmpty)
  }

  @Test func givingUpSaysHowManyTriesFailedAndWhy() throws {
    let retry = HubFaultRetry(attempts: 3, firstPause: 0.1, pause: { _ in })
    let script = Scripted([.failure(Self.down), .success((500, Self.failed)), .failure(Self.down)])
    #expect(throws: HubSyncError.afterTries(3, Self.down)) {
      _ = try retry.wrapping(script).send(
        "GET", "/v1/marks", base: "", token: nil, pin: nil, body: nil)
    }
    let message = HubSyncError.afterTries(3, Self.down).message(.zh)
    #expect(message.hasPrefix("试了 3 次仍未成功。连不上街道枢纽"))
    #expect(HubSyncError.afterTries(3, Self.down).exitCode == 6)
    let hubFailed = HubSyncError.afterTries(4, .refusal(500, Self.failed))
    #expect(
      hubFailed.message(.en)
        == "4 tries failed. the hub failed (500: hub error); everything is still on this laptop, sync again later"
    )
  }

  @Test func oneTryIsTheOldBehaviour() throws {
    let script = Scripted([.success((500, Self.failed))])
    #expect(throws: HubSyncError.refused(status: 500, reason: "hub error")) {
      _ = try HubFaultRetry.never.wrapping(script).send(
        "GET", "/v1/marks", base: "", token: nil, pin: nil, body: nil)
    }
  }
}
