import ShuoshiCore

/// Why a report could not be made. Says itself in Chinese and English.
public enum ReportError: LocalizedMessage, Equatable {
  /// `--unit` needs the register (units and grids), which this data directory does not have.
  case unitsPending(unit: String)
  /// No unit of the register has this name or UUID.
  case unknownUnit(unit: String, known: [String])
  /// The cut-off lies before the period starts.
  case asOfBeforeStart

  /// The exit code the command line uses (2: the request cannot be served as asked).
  public var exitCode: Int32 { 2 }

  public func message(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.unitsPending(let unit), .zh):
      return "无法按单位“\(unit)”统计：本数据目录还没有单位/网格登记（登记册功能合并后可用）；可先用 --grid 按网格统计"
    case (.unitsPending(let unit), .en):
      return
        "cannot report on unit \(unit): this data directory has no register of units and grids yet (comes with the register); use --grid meanwhile"
    case (.unknownUnit(let unit, let known), .zh):
      return "登记册中没有单位“\(unit)”；已登记：\(known.joined(separator: "、"))"
    case (.unknownUnit(let unit, let known), .en):
      return "no unit \(unit) in the register; registered: \(known.joined(separator: ", "))"
    case (.asOfBeforeStart, .zh): return "统计时点早于统计期开始"
    case (.asOfBeforeStart, .en): return "the cut-off is before the period starts"
    }
  }
}
