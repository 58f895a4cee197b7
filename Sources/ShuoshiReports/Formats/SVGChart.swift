import Foundation

/// Small inline SVG charts for the HTML report: no scripts, no external fonts or files, so
/// the page prints the same anywhere. Sizes are in CSS pixels; each chart scales to its box.
public enum SVGChart {
  /// The report's palette, chosen to stay distinct in greyscale print.
  public static let ink = "#1f3a5f"
  public static let accent = "#c0392b"
  public static let muted = "#8fa3b8"

  /// Horizontal bars with a label on the left and the value at the bar's end.
  public static func horizontalBars(
    _ items: [(label: String, value: Int)], width: Int = 680, title: String
  ) -> String {
    let rowHeight = 22
    let labelWidth = 170
    let height = max(1, items.count) * rowHeight + 8
    let top = max(1, items.map(\.value).max() ?? 1)
    let room = Double(width - labelWidth - 50)
    var s = open(width: width, height: height, title: title)
    for (i, item) in items.enumerated() {
      let y = 4 + i * rowHeight
      let w = item.value == 0 ? 0 : max(1.5, room * Double(item.value) / Double(top))
      s +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(clip(item.label, 14)))</text>"
      s +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fmt(w))\" height=\"\(rowHeight - 7)\" fill=\"\(ink)\"/>"
      s += "<text x=\"\(fmt(Double(labelWidth) + w + 6))\" y=\"\(y + 15)\">\(item.value)</text>"
    }
    return s + "</svg>"
  }

  /// Vertical columns with labels underneath (days of the week).
  public static func columns(
    _ items: [(label: String, value: Int)], width: Int = 680, height: Int = 170, title: String
  ) -> String {
    let top = max(1, items.map(\.value).max() ?? 1)
    let plotTop = 18.0
    let plotBottom = Double(height - 24)
    let slot = Double(width - 20) / Double(max(1, items.count))
    var s = open(width: width, height: height, title: title)
    s +=
      "<line x1=\"10\" y1=\"\(fmt(plotBottom))\" x2=\"\(width - 10)\" y2=\"\(fmt(plotBottom))\" stroke=\"\(muted)\"/>"
    for (i, item) in items.enumerated() {
      let h = (plotBottom - plotTop) * Double(item.value) / Double(top)
      let x = 10 + slot * Double(i) + slot * 0.2
      s +=
        "<rect x=\"\(fmt(x))\" y=\"\(fmt(plotBottom - h))\" width=\"\(fmt(slot * 0.6))\" height=\"\(fmt(h))\" fill=\"\(ink)\"/>"
      s +=
        "<text x=\"\(fmt(x + slot * 0.3))\" y=\"\(fmt(plotBottom - h - 4))\" text-anchor=\"middle\">\(item.value)</text>"
      s +=
        "<text x=\"\(fmt(x + slot * 0.3))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(HTML.escape(item.label))</text>"
    }
    return s + "</svg>"
  }

  /// Lines over the same x labels (weeks), with dots, a legend and the y axis from 0.
  public static func lines(
    labels: [String], series: [(name: String, color: String, values: [Int])], width: Int = 680,
    height: Int = 220, title: String
  ) -> String {
    let top = max(1, series.flatMap(\.values).max() ?? 1)
    let left = 36.0
    let right = Double(width - 28)
    let plotTop = 28.0
    let plotBottom = Double(height - 30)
    let n = max(1, labels.count)
    func x(_ i: Int) -> Double {
      n == 1 ? (left + right) / 2 : left + (right - left) * Double(i) / Double(n - 1)
    }
    func y(_ v: Int) -> Double { plotBottom - (plotBottom - plotTop) * Double(v) / Double(top) }
    var s = open(width: width, height: height, title: title)
    for tick in [0, top / 2, top] where tick >= 0 {
      s +=
        "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(tick)))\" x2=\"\(fmt(right))\" y2=\"\(fmt(y(tick)))\" stroke=\"#e3e8ee\"/>"
      s +=
        "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(tick) + 4))\" text-anchor=\"end\">\(tick)</text>"
    }
    let step = max(1, n / 8)
    for (i, label) in labels.enumerated() where i % step == 0 || i == n - 1 {
      s +=
        "<text x=\"\(fmt(x(i)))\" y=\"\(height - 10)\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
    }
    for (k, line) in series.enumerated() {
      let points = line.values.enumerated().map { "\(fmt(x($0.offset))),\(fmt(y($0.element)))" }
        .joined(separator: " ")
      s +=
        "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\"/>"
      for (i, v) in line.values.enumerated() {
        s += "<circle cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(v)))\" r=\"2.5\" fill=\"\(line.color)\"/>"
      }
      let lx = left + Double(k) * 120
      s += "<rect x=\"\(fmt(lx))\" y=\"6\" width=\"14\" height=\"4\" fill=\"\(line.color)\"/>"
      s += "<text x=\"\(fmt(lx + 20))\" y=\"12\">\(HTML.escape(line.name))</text>"
    }
    return s + "</svg>"
  }

  static func open(width: Int, height: Int, title: String) -> String {
    "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>"
  }

  static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }

  static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(n - 1)) + "…"
  }
}

/// HTML text escaping.
public enum HTML {
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
