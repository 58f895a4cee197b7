import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// The hub over HTTPS and the laptop's pin (libcurl's CURLOPT_PINNEDPUBLICKEY), against a real
/// hub on a private PostgreSQL cluster.
@Suite(.serialized) struct HubTLSTests {
  @Test func aLaptopWithTheRightPinSyncsOverHTTPS() async throws {
    try await HubFixture.with(serving: true) { f in
      let pin = try #require(f.tls?.pin)
      #expect(f.url.hasPrefix("https://"))
      let a = try f.laptop("阳光-1", letter: "A")
      let link = try await enrol(f, a, pin: pin)
      #expect(link.pin == pin)
      // hub.json keeps the pin in curl's form, next to the token (mode 0600).
      let saved = try String(contentsOf: HubLink.file(in: a.directory), encoding: .utf8)
      #expect(saved.contains(pin.curlForm))
      try f.takeIn(a, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
      let report = try await HubFixture.offPool { try a.syncWithHub(link, now: Date.init) }
      #expect(report.pushedNew > 0)
      #expect(try await hubEvents(f) == report.pushedNew)
      // An answer past the client's bound is cut off, not read whole.
      let small = CurlHubTransport(maxAnswerBytes: 8)
      let url = f.url
      await #expect(throws: HubSyncError.badAnswer("answer too large")) {
        _ = try await HubFixture.offPool {
          try small.send("GET", "/v1/marks", base: url, token: link.token, pin: pin, body: nil)
        }
      }
    }
  }

  @Test func aWrongPinIsRefusedBeforeAnythingIsSentOrWritten() async throws {
    try await HubFixture.with(serving: true) { f in
      let right = try #require(f.tls?.pin)
      let wrong = try #require(HubPin(digest: Data(repeating: 7, count: 32)))
      let a = try f.laptop("阳光-1", letter: "A")
      let code = try await f.hub.addLaptop(unit: "阳光社区", name: "阳光-1", now: Date())
      let url = f.url
      // Enrolment with a wrong pin: refused, no hub.json, and the code was never sent (it
      // still works with the right pin).
      await #expect(throws: HubSyncError.pinMismatch(url)) {
        _ = try await HubFixture.offPool {
          try a.enrollWithHub(url: url, code: code.code, pin: wrong)
        }
      }
      #expect(!FileManager.default.fileExists(atPath: HubLink.file(in: a.directory).path))
      let link = try await HubFixture.offPool {
        try a.enrollWithHub(url: url, code: code.code, pin: right)
      }
      // A sync with a wrong pin: refused, nothing at the hub, nothing changed here.
      try f.takeIn(a, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
      var tampered = link
      tampered.pin = wrong
      let before = try ledger(a)
      let pinned = tampered
      await #expect(throws: HubSyncError.pinMismatch(url)) {
        _ = try await HubFixture.offPool { try a.syncWithHub(pinned, now: Date.init) }
      }
      #expect(try await hubEvents(f) == 0)
      #expect(try ledger(a) == before)
      // The message says what happened and what to do, in both languages; a non-zero exit.
      let error = HubSyncError.pinMismatch(url)
      #expect(error.message(.zh).contains("指纹不符"))
      #expect(error.message(.zh).contains("shuoshi hub pin"))
      #expect(error.message(.en).contains("does not match the pin"))
      #expect(error.exitCode != 0)
      // Never TLS without a pin, never a pin over plain HTTP.
      await #expect(throws: HubSyncError.pinMissing(url)) {
        var bare = link
        bare.pin = nil
        let unpinned = bare
        _ = try await HubFixture.offPool { try a.syncWithHub(unpinned, now: Date.init) }
      }
      let plain = url.replacingOccurrences(of: "https://", with: "http://")
      #expect(throws: HubSyncError.pinNeedsHTTPS(plain)) {
        try HubLink.checkSecurity(url: plain, pin: right)
      }
    }
  }

  @Test func aHubRestartedWithANewKeyIsRefusedUntilTheLaptopTakesTheNewPin() async throws {
    try await HubFixture.with(serving: true) { f in
      let old = try #require(f.tls?.pin)
      let a = try f.laptop("阳光-1", letter: "A")
      let link = try await enrol(f, a, pin: old)
      try f.takeIn(a, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
      _ = try await HubFixture.offPool { try a.syncWithHub(link, now: Date.init) }
      let port = try #require(URL(string: f.url)?.port)

      // The same hub, the same port, a new certificate with a new key.
      await f.stopServing()
      try await f.serve(tls: try HubTLSIdentity.fresh(), port: port)
      let new = try #require(f.tls?.pin)
      #expect(new != old)
      try f.takeIn(a, "垃圾没人清", name: "李大爷", at: "2026-11-28 10:00")
      let atHub = try await hubEvents(f)
      await #expect(throws: HubSyncError.pinMismatch(link.url)) {
        _ = try await HubFixture.offPool { try a.syncWithHub(link, now: Date.init) }
      }
      #expect(try await hubEvents(f) == atHub)

      // The street office reads out the new pin (typed in hex groups); the token stays.
      let typed = try #require(HubPin(parsing: new.grouped.uppercased()))
      let repinned = try a.repinHub(typed)
      #expect(repinned.pin == new && repinned.token == link.token)
      let report = try await HubFixture.offPool { try a.syncWithHub(repinned, now: Date.init) }
      #expect(report.pushedNew > 0)
    }
  }

  @Test func theAdminsCertificateAndKeyFilesAreServedAsGiven() async throws {
    try await HubFixture.with { f in
      let dir = f.root.url.appendingPathComponent("tls")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let cert = dir.appendingPathComponent("hub.crt")
      let key = dir.appendingPathComponent("hub.key")
      // Made by OpenSSL, as an admin would, and pinned by curl's documented recipe: our own
      // code computes neither.
      try openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", key.path, "-out", cert.path, "-days", "30", "-subj", "/CN=街道枢纽")
      let expected = try curlRecipePin(cert)
      let identity = try HubTLSIdentity.load(certificate: cert, key: key)
      #expect(identity.pin.curlForm == expected)

      try await f.serve(tls: identity)
      let a = try f.laptop("阳光-1", letter: "A")
      let typed: HubPin = try #require(HubPin(parsing: expected))
      let link = try await enrol(f, a, pin: typed)
      try f.takeIn(a, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
      let report = try await HubFixture.offPool { try a.syncWithHub(link, now: Date.init) }
      #expect(report.pushedNew > 0)

      // Another key with this certificate is refused at start, not at every handshake.
      let otherKey = dir.appendingPathComponent("other.key")
      try openssl(
        "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", otherKey.path
      )
      #expect(throws: HubTLSError.keyMismatch) {
        _ = try HubTLSIdentity.load(certificate: cert, key: otherKey)
      }
      #expect(throws: HubTLSError.notACertificate(key.path)) {
        _ = try HubTLSIdentity.load(certificate: key, key: key)
      }
    }
  }

  @Test func theSelfSignedCertificateIsMadeOnceAndKept() throws {
    let dir = TempDir("shuoshi-hub-state")
    defer { dir.remove() }
    let state = dir.url.appendingPathComponent("state")
    let first = try HubTLSIdentity.selfSigned(in: state)
    let again = try HubTLSIdentity.selfSigned(in: state)
    #expect(first.pin == again.pin)
    let keyPath = state.appendingPathComponent("hub-key.pem").path
    let mode = try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // The kept pin is the one curl computes from the kept certificate.
    #expect(try curlRecipePin(state.appendingPathComponent("hub-cert.pem")) == first.pin.curlForm)
    // Half a pair is not silently replaced (a new key would strand every laptop's pin).
    try FileManager.default.removeItem(atPath: keyPath)
    #expect(throws: HubTLSError.halfIdentity(state.path)) {
      _ = try HubTLSIdentity.selfSigned(in: state)
    }
  }

  @Test func aPlainHTTPHubStillServesALinkFromBeforeTLS() async throws {
    try await HubFixture.with { f in
      try await f.serve(tls: nil)
      #expect(f.url.hasPrefix("http://"))
      let a = try f.laptop("阳光-1", letter: "A")
      _ = try await enrol(f, a, pin: nil)
      // hub.json as v0.1's enrolment wrote it: no pin field.
      let file = HubLink.file(in: a.directory)
      let saved = try String(contentsOf: file, encoding: .utf8)
      #expect(!saved.contains("pin"))
      let link = try #require(try HubLink.load(from: a.directory))
      try f.takeIn(a, "楼道灯坏了", name: "王大妈", at: "2026-11-28 09:00")
      let report = try await HubFixture.offPool { try a.syncWithHub(link, now: Date.init) }
      #expect(report.pushedNew > 0)
    }
  }

  @Test func pinsParseInCurlFormAndInHexGroupsOnly() throws {
    let pin = HubPin(subjectPublicKeyInfo: Data("街道枢纽".utf8))
    #expect(HubPin(parsing: pin.curlForm) == pin)
    #expect(HubPin(parsing: " \(pin.grouped) ") == pin)
    #expect(HubPin(parsing: pin.grouped.replacingOccurrences(of: "-", with: ":")) == pin)
    #expect(pin.grouped.split(separator: "-").count == 16)
    #expect(HubPin(parsing: "sha256//" + Data(count: 31).base64EncodedString()) == nil)
    #expect(HubPin(parsing: String(pin.grouped.dropLast())) == nil)
    #expect(HubPin(parsing: "md5//abc") == nil)
    #expect(HubPin(parsing: String(repeating: "a", count: 10_000)) == nil)
  }

  // MARK: - Helpers

  /// Adds the laptop at the hub and enrols `store` over the network with `pin`.
  func enrol(_ f: HubFixture, _ store: CaseStore, pin: HubPin?) async throws -> HubLink {
    let code = try await f.hub.addLaptop(unit: "阳光社区", name: "阳光-1", now: Date())
    let url = f.url
    return try await HubFixture.offPool {
      try store.enrollWithHub(url: url, code: code.code, pin: pin)
    }
  }

  func hubEvents(_ f: HubFixture) async throws -> Int {
    var n = 0
    for try await c in try await f.hub.db.client.query("SELECT count(*) FROM events").decode(
      Int.self)
    {
      n = c
    }
    return n
  }

  func ledger(_ store: CaseStore) throws -> [String] {
    try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT uuid, hex(hash) FROM events ORDER BY uuid").map(
        \.description)
    }
  }

  @discardableResult
  func openssl(_ arguments: String...) throws -> Data {
    try run("/usr/bin/openssl", arguments, input: nil)
  }

  /// curl's recipe for a pin: the certificate's public key as DER, its SHA-256, in base64.
  func curlRecipePin(_ certificate: URL) throws -> String {
    let pem = try run("/usr/bin/openssl", ["x509", "-in", certificate.path, "-pubkey", "-noout"])
    let der = try run("/usr/bin/openssl", ["pkey", "-pubin", "-outform", "der"], input: pem)
    let digest = try run("/usr/bin/openssl", ["dgst", "-sha256", "-binary"], input: der)
    return "sha256//" + digest.base64EncodedString()
  }

  func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(tool) \(arguments)")
    return out
  }
}
