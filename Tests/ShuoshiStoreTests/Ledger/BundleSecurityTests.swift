import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Bundles are encrypted and authenticated: every damaged or wrongly opened bundle is refused
/// whole, with nothing imported.
@Suite("Ledger bundles: encryption and integrity")
struct BundleSecurityTests {
  func setup() throws -> (Laptops, URL) {
    let laptops = try Laptops(2)
    for (n, name) in ["欧阳秀兰", "司马建国"].enumerated() {
      _ = try laptops[0].add(
        laptops.intake("楼上漏水第\(n)次", name: name, phone: "1390000123\(n)", at: "2026-11-28 09:00"),
        engine: laptops.engine, by: laptops.actor(0), now: Date())
    }
    return (laptops, try laptops.export(0))
  }

  func expectNothingImported(
    _ laptops: Laptops, _ body: () throws -> Void, _ check: (LedgerError) -> Bool
  )
    throws
  {
    let before = try laptops.dump(1)
    do {
      try body()
      Issue.record("import should have been refused")
    } catch let e as LedgerError {
      #expect(check(e), "\(e)")
      #expect(!e.message(.zh).isEmpty && !e.message(.en).isEmpty)
    }
    #expect(try laptops.dump(1) == before)
    #expect(try laptops[1].eventCount() == 0)
  }

  @Test func roundTripCarriesNoNameInTheClear() throws {
    let (laptops, url) = try setup()
    let bytes = try Data(contentsOf: url)
    for secret in ["欧阳秀兰", "司马建国", "13900001230", "漏水"] {
      #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) in the clear")
    }
    #expect(bytes.prefix(8) == Data("SHUOSHIB".utf8))
    let report = try laptops.importBundle(url, into: 1)
    #expect(report.added == 4)
    #expect(try laptops.dump(0) == laptops.dump(1))
    #expect(try laptops[1].list(CaseQuery()).map(\.resident.name).sorted() == ["司马建国", "欧阳秀兰"])
  }

  @Test func wrongPassphraseIsRefused() throws {
    let (laptops, url) = try setup()
    try expectNothingImported(
      laptops, { try laptops.importBundle(url, into: 1, passphrase: "猜错了") }
    ) {
      if case .wrongPassphrase = $0 { return true } else { return false }
    }
  }

  @Test(arguments: [10, 40, 80, 500, -20, -1])
  func oneFlippedByteIsRefused(at offset: Int) throws {
    let (laptops, url) = try setup()
    var bytes = try Data(contentsOf: url)
    let i = offset >= 0 ? offset : bytes.count + offset
    bytes[i] ^= 0x01
    try bytes.write(to: url)
    try expectNothingImported(laptops, { try laptops.importBundle(url, into: 1) }) {
      switch $0 {
      case .tampered, .wrongPassphrase, .unsupportedBundle, .notABundle: return true
      default: return false
      }
    }
  }

  @Test(arguments: [0, 5, 71, 200, -1])
  func truncatedFileIsRefused(keepingLess: Int) throws {
    let (laptops, url) = try setup()
    let bytes = try Data(contentsOf: url)
    let keep = keepingLess >= 0 ? keepingLess : bytes.count + keepingLess
    try bytes.prefix(keep).write(to: url)
    try expectNothingImported(laptops, { try laptops.importBundle(url, into: 1) }) {
      switch $0 {
      case .truncated: return true
      case .notABundle: return keep == 0
      default: return false
      }
    }
  }

  @Test func unencryptedBundleIsStillCheckedButNeedsNoPassphrase() throws {
    let (laptops, _) = try setup()
    let allow = BundleImportOptions(allowUnencrypted: true)
    let url = try laptops.export(0, secret: .none)
    var bytes = try Data(contentsOf: url)
    #expect(bytes.range(of: Data("欧阳秀兰".utf8)) != nil)  // the warning is true
    let index = bytes.range(of: Data("欧阳秀兰".utf8))!.lowerBound
    bytes[index] ^= 0x01
    try bytes.write(to: url)
    try expectNothingImported(
      laptops, { try laptops.importBundle(url, into: 1, passphrase: "", options: allow) }
    ) {
      if case .tampered = $0 { return true } else { return false }
    }
    let good = try laptops.export(0, secret: .none)
    let report = try laptops.importBundle(good, into: 1, options: allow)
    #expect(report.added == 4 && !report.encrypted)
  }

  /// Regression (#12 finding 2): an unencrypted bundle was imported without a word.
  @Test func unencryptedBundleIsRefusedUnlessAllowed() throws {
    let (laptops, _) = try setup()
    let plain = try laptops.export(0, secret: .none)
    try expectNothingImported(laptops, { try laptops.importBundle(plain, into: 1) }) {
      $0 == .unencrypted(path: plain.path)
    }
    #expect(LedgerError.unencrypted(path: "x").message(.en).contains("--allow-unencrypted"))
    #expect(LedgerError.unencrypted(path: "x").message(.zh).contains("未加密"))
    #expect(try laptops.importBundle(laptops.export(0), into: 1).encrypted)
  }

  @Test func incrementalExportsAndGaps() throws {
    let (laptops, _) = try setup()
    let first = try laptops.export(0, peer: "office")
    _ = try laptops[0].add(
      laptops.intake("路灯坏了", at: "2026-11-28 10:00"), engine: laptops.engine, by: laptops.actor(0),
      now: Date())
    let second = try laptops.export(0, peer: "office")
    let empty = try laptops.export(0, peer: "office")
    // The second bundle alone is refused: the first's events are missing here.
    try expectNothingImported(laptops, { try laptops.importBundle(second, into: 1) }) {
      if case .gap = $0 { return true } else { return false }
    }
    #expect(try laptops.importBundle(first, into: 1).added == 4)
    #expect(try laptops.importBundle(second, into: 1).added == 2)
    #expect(try laptops.importBundle(empty, into: 1).added == 0)
    #expect(try laptops[0].peerMarks().map(\.seq) == [6])
    #expect(try laptops.dump(0) == laptops.dump(1))
  }

  @Test func aRewrittenHistoryIsAFork() throws {
    let (laptops, url) = try setup()
    try laptops.importBundle(url, into: 1)
    // Laptop 0's file is replaced by one with a different history under the same device id.
    let forged = try Laptops(1)
    try forged[0].pool.write { db in
      try db.execute(
        sql: "UPDATE meta SET value = ? WHERE key = 'device_id'",
        arguments: [laptops[0].info.deviceID])
    }
    let reopened = try CaseStore.open(forged[0].directory)
    _ = try reopened.add(
      forged.intake("伪造的记录", at: "2026-11-28 09:00"), engine: forged.engine, by: Actor("x"),
      now: Date())
    let bad = forged.root.url.appendingPathComponent("forged.ssb")
    _ = try reopened.exportBundle(
      to: bad, options: ExportOptions(secret: Laptops.secret, kdf: Laptops.kdf), now: Date())
    let before = try laptops.dump(1)
    #expect {
      try laptops.importBundle(bad, into: 1)
    } throws: { e in
      if case .fork = e as? LedgerError { return true } else { return false }
    }
    #expect(try laptops.dump(1) == before)
  }
}
