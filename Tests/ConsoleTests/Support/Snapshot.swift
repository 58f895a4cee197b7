import Foundation
import Testing

/// Compares `text` with `Snapshots/<name>.txt` beside this file.
///
/// `SHUOSHI_RECORD=1` re-records every snapshot compared, and a missing snapshot is recorded;
/// either way the test fails (as swift-argument-parser's `AssertHelp` does), so a run that
/// wrote a snapshot can never pass: rerun without the variable to see it compared.
func assertSnapshot(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let env = ProcessInfo.processInfo.environment
  let url = Snapshots.directory.appendingPathComponent(name + ".txt")
  let exists = FileManager.default.fileExists(atPath: url.path)
  if env["SHUOSHI_RECORD"] == "1" || !exists {
    try? FileManager.default.createDirectory(
      at: Snapshots.directory, withIntermediateDirectories: true)
    try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
    let why = exists ? "re-recorded (SHUOSHI_RECORD=1)" : "was missing and is now recorded"
    Issue.record(
      "snapshot \(name) \(why): check the file and rerun without SHUOSHI_RECORD",
      sourceLocation: sourceLocation)
    return
  }
  let stored = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
  guard expected != text else { return }
  let message = "snapshot \(name) differs (SHUOSHI_RECORD=1 re-records):\n"
  Issue.record(
    Comment(rawValue: message + Snapshots.diff(expected, text)), sourceLocation: sourceLocation)
}

enum Snapshots {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")

  /// The differing lines, numbered: `- expected` / `+ actual`.
  static func diff(_ expected: String, _ actual: String) -> String {
    let a = expected.components(separatedBy: "\n")
    let b = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
      let x = i < a.count ? a[i] : "∅"
      let y = i < b.count ? b[i] : "∅"
      if x != y { out.append("\(i + 1) - \(x)\n\(i + 1) + \(y)") }
    }
    return out.joined(separator: "\n")
  }
}
