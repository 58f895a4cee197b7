import CCurl
import Foundation

/// The laptop's client of the hub, on libcurl's easy API: the one TLS client here that can pin
/// the hub's public key (`CURLOPT_PINNEDPUBLICKEY`; URLSession on Linux cannot). Blocking, for
/// the CLI and a background task of the console.
///
/// With a pin the pin is the trust anchor: the hub's certificate is usually self-signed, so the
/// CA chain and host name are not checked, but a server whose public key is not the pinned one
/// is cut off before a byte of the request is sent.
public struct CurlHubTransport: HubTransport {
  /// How long one request may take (a batch of 5,000 events is a few MiB).
  public var timeout: TimeInterval
  /// How long connecting (TCP and TLS) may take.
  public var connectTimeout: TimeInterval
  /// The largest answer read: the hub's batches are bounded (`LedgerBatch.maxBytes`), and a
  /// peer is not trusted to keep to it.
  public var maxAnswerBytes: Int

  public init(
    timeout: TimeInterval = 120, connectTimeout: TimeInterval = 15,
    maxAnswerBytes: Int = LedgerBatch.maxBytes + (1 << 20)
  ) {
    self.timeout = timeout
    self.connectTimeout = connectTimeout
    self.maxAnswerBytes = maxAnswerBytes
  }

  public func send(
    _ method: String, _ path: String, base: String, token: String?, pin: HubPin?, body: Data?
  ) throws -> (status: Int, body: Data) {
    let address = base.hasSuffix("/") ? String(base.dropLast()) + path : base + path
    guard URL(string: address)?.host != nil else { throw HubSyncError.badAddress(base) }
    try HubLink.checkSecurity(url: base, pin: pin)
    CurlGlobal.ready()
    guard let handle = curl_easy_init() else {
      throw HubSyncError.unreachable(base, detail: "libcurl could not start")
    }
    defer { curl_easy_cleanup(handle) }
    var headers: UnsafeMutablePointer<curl_slist>?
    defer { curl_slist_free_all(headers) }
    // "Expect:" turns off curl's 100-continue wait before a large body.
    var lines = ["Content-Type: application/json", "Expect:"]
    if let token { lines.append("Authorization: Bearer \(token)") }
    for line in lines { headers = curl_slist_append(headers, line) }

    let sink = CurlAnswerSink(limit: maxAnswerBytes)
    let sinkPointer = Unmanaged.passRetained(sink)
    defer { sinkPointer.release() }
    var problems: [CURLcode] = []
    func set(_ code: CURLcode) { if code != CURLE_OK { problems.append(code) } }
    set(shuoshi_curl_set_string(handle, CURLOPT_URL, address))
    set(shuoshi_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
    set(shuoshi_curl_set_long(handle, CURLOPT_NOSIGNAL, 1))
    set(shuoshi_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0))
    set(shuoshi_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000)))
    set(shuoshi_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeout * 1000)))
    set(shuoshi_curl_set_headers(handle, headers))
    set(shuoshi_curl_set_writer(handle, curlWrite, sinkPointer.toOpaque()))
    if let pin {
      set(shuoshi_curl_set_string(handle, CURLOPT_PINNEDPUBLICKEY, pin.curlForm))
      set(shuoshi_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 0))
      set(shuoshi_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 0))
    }
    guard problems.isEmpty else {
      throw HubSyncError.unreachable(base, detail: Self.describe(problems[0]))
    }
    let code: CURLcode = (body ?? Data()).withUnsafeBytes { raw in
      switch method {
      case "GET": set(shuoshi_curl_set_long(handle, CURLOPT_HTTPGET, 1))
      default:
        set(shuoshi_curl_set_long(handle, CURLOPT_POST, 1))
        if method != "POST" { set(shuoshi_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, method)) }
        set(shuoshi_curl_set_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(raw.count)))
        // libcurl reads the body from this memory during `perform`, which runs inside this
        // closure; an empty body still needs a valid pointer.
        let start = raw.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
        set(
          shuoshi_curl_set_pointer(
            handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: start)))
      }
      guard problems.isEmpty else { return problems[0] }
      return curl_easy_perform(handle)
    }
    switch code {
    case CURLE_OK: break
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH: throw HubSyncError.pinMismatch(base)
    case CURLE_WRITE_ERROR where sink.overflowed: throw HubSyncError.badAnswer("answer too large")
    default: throw HubSyncError.unreachable(base, detail: Self.describe(code))
    }
    return (Int(shuoshi_curl_status(handle)), sink.data)
  }

  /// libcurl's own words for an error (English, from the library).
  static func describe(_ code: CURLcode) -> String {
    String(cString: curl_easy_strerror(code))
  }
}

/// libcurl's global set-up, once per process before the first handle (it is not thread-safe).
enum CurlGlobal {
  private static let done: Bool = { shuoshi_curl_global_init() == CURLE_OK }()
  static func ready() { _ = done }
}

/// The answer's bytes as libcurl hands them over, up to a limit.
final class CurlAnswerSink: @unchecked Sendable {
  let limit: Int
  var data = Data()
  var overflowed = false

  init(limit: Int) { self.limit = limit }
}

/// libcurl's write callback: appends to the sink; returning less than it was given (0) makes
/// libcurl stop with CURLE_WRITE_ERROR once the answer passes the limit.
private func curlWrite(
  _ bytes: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
  _ context: UnsafeMutableRawPointer?
) -> Int {
  guard let context, let bytes else { return 0 }
  let sink = Unmanaged<CurlAnswerSink>.fromOpaque(context).takeUnretainedValue()
  let length = size * count
  guard sink.data.count + length <= sink.limit else {
    sink.overflowed = true
    return 0
  }
  sink.data.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: length)
  return length
}
