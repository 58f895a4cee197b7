import TerminalUI

/// Charts drawn with block characters, for terminals: horizontal bars in eighths of a cell
/// (`█▉▊▋▌▍▎▏`) and sparklines (`▁▂▃▄▅▆▇█`). Every block character is one cell wide.
public enum BlockChart {
  /// Left-to-right partial blocks, 1/8 to 7/8 of a cell.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  /// Bottom-up partial blocks for sparklines.
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A bar `value / maximum` of `width` cells, padded with spaces to exactly `width` cells.
  /// A non-zero value always shows at least a sliver.
  public static func bar(_ value: Double, maximum: Double, width: Int) -> String {
    guard width > 0 else { return "" }
    guard maximum > 0, value > 0 else { return String(repeating: " ", count: width) }
    let total = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
    let eighthsCount = max(1, total)
    let full = eighthsCount / 8
    let rest = eighthsCount % 8
    var s = String(repeating: "█", count: full)
    if rest > 0 { s.append(eighths[rest - 1]) }
    return s + String(repeating: " ", count: max(0, width - full - (rest > 0 ? 1 : 0)))
  }

  /// One character per value, scaled from 0 (`▁`) to the largest value (`█`). Zero is the
  /// lowest block so the line keeps its length; an all-zero series is all `▁`.
  public static func sparkline(_ values: [Int]) -> String {
    let top = values.max() ?? 0
    return String(
      values.map { v -> Character in
        guard top > 0, v > 0 else { return levels[0] }
        let i = Int((Double(v) / Double(top) * Double(levels.count - 1)).rounded())
        return levels[max(1, min(levels.count - 1, i))]
      })
  }

  /// Labelled horizontal bars, one line each, exactly `width` cells:
  /// `label  ████████▌      42`. Labels are clipped by display width.
  public static func labelledBars(
    _ items: [(label: String, value: Int)], width: Int, labelWidth: Int? = nil
  ) -> [String] {
    guard !items.isEmpty, width > 0 else { return [] }
    let top = items.map(\.value).max() ?? 0
    let numberWidth = max(1, String(top).count)
    let labels =
      labelWidth ?? min(max(4, items.map { $0.label.displayWidth }.max() ?? 0), max(4, width / 3))
    let barWidth = max(1, width - labels - numberWidth - 2)
    return items.map { item in
      (item.label.padded(to: labels) + " "
        + bar(Double(item.value), maximum: Double(top), width: barWidth)
        + " " + String(item.value).rightAligned(to: numberWidth)).padded(to: width)
    }
  }

  /// A rate as a gauge: `██████████▌         87.5%  (35/40)`, exactly `width` cells.
  public static func gauge(_ fraction: Double?, text: String, width: Int) -> String {
    let textWidth = text.displayWidth
    let barWidth = max(0, width - textWidth - 1)
    let filled =
      fraction.map { bar($0, maximum: 1, width: barWidth) }
      ?? String(repeating: " ", count: barWidth)
    let track = String(filled.map { $0 == " " ? "·" : $0 })
    return (track + " " + text).padded(to: width)
  }
}
