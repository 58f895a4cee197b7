import ShuoshiCore

/// How commands are grouped in `docs/keys.md`.
public enum CommandGroup: String, CaseIterable, Sendable {
  case general, movement, queue, caseWork, form, report, warning

  /// The group's heading.
  public func title(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.general, .zh): return "通用"
    case (.general, .en): return "General"
    case (.movement, .zh): return "移动"
    case (.movement, .en): return "Movement"
    case (.queue, .zh): return "队列"
    case (.queue, .en): return "Queue"
    case (.caseWork, .zh): return "案件办理"
    case (.caseWork, .en): return "Case work"
    case (.form, .zh): return "登记表"
    case (.form, .en): return "Intake form"
    case (.report, .zh): return "报告"
    case (.report, .en): return "Report"
    case (.warning, .zh): return "预警"
    case (.warning, .en): return "Warnings"
    }
  }
}
