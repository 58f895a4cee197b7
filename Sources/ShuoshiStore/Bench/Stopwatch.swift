import Foundation

/// Repeated timings of one operation, summarised as median and spread.
public struct Timings: Sendable, Codable {
  public var name: String
  public var samplesMs: [Double]

  public init(name: String, samplesMs: [Double]) {
    self.name = name
    self.samplesMs = samplesMs
  }

  func quantile(_ q: Double) -> Double {
    let s = samplesMs.sorted()
    guard !s.isEmpty else { return .nan }
    return s[Swift.min(s.count - 1, Int((Double(s.count - 1) * q).rounded()))]
  }

  public var median: Double { quantile(0.5) }
  public var p99: Double { quantile(0.99) }
  public var min: Double { samplesMs.min() ?? .nan }
  public var max: Double { samplesMs.max() ?? .nan }
}

/// Times closures in milliseconds on a monotonic clock.
public enum Stopwatch {
  public static func ms<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }

  /// Runs `body` n times and times each run; `untimed` runs before each sample, off the clock.
  public static func repeatMs(
    _ name: String, _ n: Int, untimed: (Int) throws -> Void = { _ in },
    _ body: (Int) throws -> Void
  ) rethrows -> Timings {
    var samples: [Double] = []
    for i in 0..<n {
      try untimed(i)
      samples.append(try ms { try body(i) }.1)
    }
    return Timings(name: name, samplesMs: samples)
  }

  /// Peak resident memory of this process so far (VmHWM), in MB.
  public static func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return .nan }
    let kb = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? .nan
    return kb / 1024
  }
}
