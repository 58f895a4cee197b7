import Foundation

/// The words of the group case events' one-line summaries (并入母案, 移出母案), one table per
/// language like `EventStrings`. The parent is its short id; `detail` is "：why" or "".
public struct GroupCaseEventStrings: Sendable {
  public let grouped: @Sendable (_ parent: String, _ detail: String) -> String
  public let ungrouped: @Sendable (_ parent: String, _ detail: String) -> String

  public static func forLang(_ lang: Lang) -> GroupCaseEventStrings { lang == .zh ? .zh : .en }

  public static let zh = GroupCaseEventStrings(
    grouped: { parent, detail in "并入母案 \(parent)\(detail)" },
    ungrouped: { parent, detail in "移出母案 \(parent)\(detail)" })

  public static let en = GroupCaseEventStrings(
    grouped: { parent, detail in "joined group case \(parent)\(detail)" },
    ungrouped: { parent, detail in "left group case \(parent)\(detail)" })
}

extension Event {
  /// The summary of a `grouped` or `ungrouped` event; "" for other kinds.
  func groupCaseSummary(_ lang: Lang) -> String {
    let words = GroupCaseEventStrings.forLang(lang)
    let detail = { (text: String?) in EventStrings.forLang(lang).detail(text ?? "") }
    func parent(_ link: EventPayload.GroupCaseLink) -> String {
      link.otherCaseID ?? link.otherCase.map { String($0.uuidString.prefix(8)) } ?? "?"
    }
    switch payload {
    case .grouped(let link): return words.grouped(parent(link), detail(link.reason))
    case .ungrouped(let link): return words.ungrouped(parent(link), detail(link.reason))
    default: return ""
    }
  }
}
