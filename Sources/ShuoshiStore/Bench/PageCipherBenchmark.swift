import Crypto
import Foundation

/// `shuoshi bench cipher`: the page cipher alone, no SQLite, no disk — pages sealed and opened
/// in memory by the libcrypto cipher the store uses and by the swift-crypto one it replaced
/// (docs/PERFORMANCE.md, "Encryption at rest"). Every opened page is checked against what was
/// sealed, and pages cross between the two ciphers, so a fast wrong cipher fails the run.
public struct PageCipherBenchmark: Sendable {
  public let pagesPerSample: Int
  public let repeats: Int

  public init(pagesPerSample: Int = 2000, repeats: Int = 20) {
    self.pagesPerSample = max(1, min(pagesPerSample, 100_000))
    self.repeats = max(1, min(repeats, 1000))
  }

  public struct Mismatch: Error, CustomStringConvertible {
    public let description: String
  }

  public func run() throws -> [Timings] {
    let key = SymmetricKey(size: .bits256)
    let id = (0..<16).map { _ in UInt8.random(in: 0...255) }
    let reference = PageCipherSwiftCrypto(key: key, databaseID: id)
    guard let context = PageCipher(key: key, databaseID: id).makeContext() else {
      throw Mismatch(description: "libcrypto has no AES-256-GCM")
    }
    let size = PageCipher.pageSize
    let n = pagesPerSample
    // Pages of text as a store holds it (the cipher's speed does not depend on it).
    let text = Array(String(repeating: "居民反映楼上漏水，社区网格员上门查看。", count: 120).utf8)
    let plain = UnsafeMutableRawBufferPointer.allocate(byteCount: n * size, alignment: 16)
    let work = UnsafeMutableRawBufferPointer.allocate(byteCount: n * size, alignment: 16)
    defer {
      plain.deallocate()
      work.deallocate()
    }
    for p in 0..<n {
      let page = UnsafeMutableRawBufferPointer(rebasing: plain[(p * size)..<((p + 1) * size)])
      page.initializeMemory(as: UInt8.self, repeating: 0)
      text.withUnsafeBytes { t in
        page.copyMemory(from: UnsafeRawBufferPointer(rebasing: t[0..<PageCipher.contentSize]))
      }
      page.storeBytes(of: UInt32(p).bigEndian, toByteOffset: 0, as: UInt32.self)
    }
    func page(_ p: Int) -> UnsafeMutableRawBufferPointer {
      UnsafeMutableRawBufferPointer(rebasing: work[(p * size)..<((p + 1) * size)])
    }
    func place(_ p: Int) -> PageCipher.Place { .page(UInt32(p + 1)) }
    func check(_ what: String) throws {
      for p in 0..<n {
        let got = UnsafeRawBufferPointer(
          rebasing: work[(p * size)..<(p * size + PageCipher.contentSize)])
        let want = UnsafeRawBufferPointer(
          rebasing: plain[(p * size)..<(p * size + PageCipher.contentSize)])
        guard got.elementsEqual(want) else { throw Mismatch(description: "\(what): page \(p)") }
      }
    }
    func reset() { work.copyMemory(from: UnsafeRawBufferPointer(plain)) }
    func sealedByReference() throws {
      reset()
      for p in 0..<n { try reference.seal(page(p), at: place(p)) }
    }

    var results: [Timings] = []
    func time(_ name: String, untimed: () throws -> Void, _ body: () throws -> Void) rethrows {
      var samples: [Double] = []
      for _ in 0..<repeats {
        try untimed()
        samples.append(try Stopwatch.ms(body).1)
      }
      results.append(Timings(name: name, samplesMs: samples))
    }
    let batch = "\(n) pages"
    try time("seal \(batch), swift-crypto (before)", untimed: reset) {
      for p in 0..<n { try reference.seal(page(p), at: place(p)) }
    }
    try time(
      "open \(batch), swift-crypto (before)",
      untimed: sealedByReference
    ) {
      for p in 0..<n where !reference.open(page(p), at: place(p)) {
        throw Mismatch(description: "swift-crypto refused its own page \(p)")
      }
    }
    try check("swift-crypto round trip")
    try time("seal \(batch), libcrypto", untimed: reset) {
      for p in 0..<n where !context.seal(page(p), at: place(p)) {
        throw Mismatch(description: "libcrypto failed to seal page \(p)")
      }
    }
    // What libcrypto sealed, swift-crypto opens (the format did not change)…
    for p in 0..<n where !reference.open(page(p), at: place(p)) {
      throw Mismatch(description: "swift-crypto refused libcrypto's page \(p)")
    }
    try check("libcrypto → swift-crypto")
    // …and the reverse, timed.
    try time(
      "open \(batch), libcrypto",
      untimed: sealedByReference
    ) {
      for p in 0..<n where !context.open(page(p), at: place(p)) {
        throw Mismatch(description: "libcrypto refused swift-crypto's page \(p)")
      }
    }
    try check("swift-crypto → libcrypto")
    return results
  }
}
