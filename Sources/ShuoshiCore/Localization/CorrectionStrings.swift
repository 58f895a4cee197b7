/// The words of the 更正 / 作废 / 恢复 history lines, one table per language (kept apart from
/// `EventStrings` so the corrections stay in files of their own).
public struct CorrectionStrings: Sendable {
  /// `field`, the old and the new value (already in this language), the reason's detail.
  public let corrected:
    @Sendable (_ field: String, _ before: String, _ after: String, _ detail: String) -> String
  public let voided: @Sendable (_ detail: String) -> String
  public let restored: @Sendable (_ detail: String) -> String
  /// An empty value (no phone typed, no other party).
  public let empty: String
  public let yes: String
  public let no: String

  public static let zh = CorrectionStrings(
    corrected: { f, a, b, detail in "更正\(f)：\(a) → \(b)\(detail)" },
    voided: { "作废\($0)" },
    restored: { "恢复（撤销作废）\($0)" },
    empty: "（空）", yes: "是", no: "否")

  public static let en = CorrectionStrings(
    corrected: { f, a, b, detail in "corrected \(f): \(a) → \(b)\(detail)" },
    voided: { "voided\($0)" },
    restored: { "restored (void lifted)\($0)" },
    empty: "(empty)", yes: "yes", no: "no")

  public static func forLang(_ lang: Lang) -> CorrectionStrings { lang == .zh ? .zh : .en }
}
