import Foundation
import ShuoshiCore

/// What a sync with the hub did.
public struct HubSyncReport: Sendable, Equatable {
  /// Events sent, and how many of them the hub did not have.
  public var pushed = 0
  public var pushedNew = 0
  /// Events received, and how many were new here.
  public var pulled = 0
  public var pulledNew = 0
  public var casesTouched = 0
  /// Conflicts in the cases the pull touched.
  public var conflicts = 0

  public init() {}
}

/// `shuoshi hub enroll` and `shuoshi sync --hub`: the one use case both the CLI and the console
/// call. Push first, then pull, each in batches of `LedgerBatch.maxEvents`; every batch is all
/// or nothing at either end, and the marks are read afresh from both ledgers, so a sync cut
/// off anywhere resumes with the next run, neither losing nor doubling an event. A request
/// that meets a fault (no answer, a 5xx) is sent again a few times first (`HubFaultRetry`).
extension CaseStore {
  /// Trades a one-time code for a token and saves the link (`hub.json`, 0600) with the hub's
  /// pin. An `https` hub needs the pin the street office printed with the code; the exchange
  /// is refused before anything is sent when the hub's key does not match it.
  public func enrollWithHub(
    url: String, code: String, pin: HubPin? = nil,
    transport: HubTransport = CurlHubTransport()
  ) throws -> HubLink {
    try HubLink.checkSecurity(url: url, pin: pin)
    struct Ask: Encodable {
      var code: String
      var device: String
    }
    struct Answer: Decodable {
      var token: String
      var hubDevice: String
    }
    let body = try JSONEncoder().encode(Ask(code: code, device: info.deviceID))
    let answer: Answer = try Self.exchange(
      transport, "POST", "/v1/enroll", base: url, token: nil, pin: pin, body: body)
    guard answer.token.utf8.count == 64, IDFormat.isDeviceID(answer.hubDevice) else {
      throw HubSyncError.badAnswer("token")
    }
    let link = HubLink(url: url, token: answer.token, hubDevice: answer.hubDevice, pin: pin)
    try link.save(in: directory)
    return link
  }

  /// Pushes what the hub lacks of the chains this laptop may send, then pulls what this
  /// laptop lacks, merging each batch as a bundle is merged (`importBatch`).
  public func syncWithHub(
    _ link: HubLink, transport: HubTransport = CurlHubTransport(), now: () -> Date,
    options: BundleImportOptions = BundleImportOptions(), retry: HubFaultRetry = HubFaultRetry()
  ) throws -> HubSyncReport {
    try HubLink.checkSecurity(url: link.url, pin: link.pin)
    let transport = retry.wrapping(transport)
    // Refused before anything is sent: a sync both sends names and takes records in.
    try options.actor.require(.importLedger)
    struct Marks: Codable { var marks: [String: Int64] }
    struct Pushed: Decodable {
      var received: Int
      var added: Int
    }
    var report = HubSyncReport()
    let asked: Marks = try Self.exchange(
      transport, "GET", "/v1/marks", base: link.url, token: link.token, pin: link.pin,
      body: nil)
    var hubMarks = asked.marks
    let mayPush = Set(hubMarks.keys)
    while true {
      let batch = try outgoingBatch(after: hubMarks, devices: mayPush, limit: LedgerBatch.maxEvents)
      guard !batch.events.isEmpty else { break }
      let answer: Pushed = try Self.exchange(
        transport, "POST", "/v1/push", base: link.url, token: link.token, pin: link.pin,
        body: batch.encoded(now: now()))
      report.pushed += batch.events.count
      report.pushedNew += answer.added
      for e in batch.events { hubMarks[e.device] = max(hubMarks[e.device] ?? 0, e.seq) }
    }
    while true {
      let ask = try JSONEncoder().encode(Marks(marks: try deviceMarks()))
      let (status, body) = try transport.send(
        "POST", "/v1/pull", base: link.url, token: link.token, pin: link.pin, body: ask)
      guard status == 200 else { throw HubSyncError.refusal(status, body) }
      let imported = try importBatch(body, source: "the hub", now: now(), options: options)
      report.pulled += imported.received
      report.pulledNew += imported.added
      report.casesTouched += imported.casesTouched
      report.conflicts += imported.conflicts.count
      // A batch that adds nothing is the end (an empty one, or the hub's last).
      if imported.added == 0 { break }
    }
    return report
  }

  /// Replaces the pin of this laptop's link (`shuoshi hub pin`), after the street office
  /// changed the hub's key and read out the new pin. The token stays.
  public func repinHub(_ pin: HubPin) throws -> HubLink {
    guard var link = try HubLink.load(from: directory) else { throw HubSyncError.notEnrolled }
    link.pin = pin
    try HubLink.checkSecurity(url: link.url, pin: pin)
    try link.save(in: directory)
    return link
  }

  /// One request whose 200 answer is JSON of type `T`.
  static func exchange<T: Decodable>(
    _ transport: HubTransport, _ method: String, _ path: String, base: String, token: String?,
    pin: HubPin?, body: Data?
  ) throws -> T {
    let (status, data) = try transport.send(
      method, path, base: base, token: token, pin: pin, body: body)
    guard status == 200 else { throw HubSyncError.refusal(status, data) }
    do { return try JSONDecoder().decode(T.self, from: data) } catch {
      throw HubSyncError.badAnswer(path)
    }
  }
}
