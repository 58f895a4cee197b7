import Foundation

/// The words of a 回访 in history lines and messages.
public struct FollowUpStrings: Sendable {
  public let lang: Lang
  public let reached: @Sendable (_ method: String, _ solved: String, _ rating: String) -> String
  public let notReached: @Sendable (_ method: String) -> String
  public let gaveUp: String

  public static func forLang(_ lang: Lang) -> FollowUpStrings { lang == .zh ? .chinese : .english }

  static let chinese = FollowUpStrings(
    lang: .zh,
    reached: { m, s, r in "回访（\(m)）：\(s)，\(r)" },
    notReached: { m in "回访（\(m)）：未联系上" },
    gaveUp: "，回访结束（未联系上）")

  static let english = FollowUpStrings(
    lang: .en,
    reached: { m, s, r in "followed up (\(m)): \(s), \(r)" },
    notReached: { m in "followed up (\(m)): not reached" },
    gaveUp: "; follow-up closed (not reached)")

  /// One line for a `followed_up` event (without the resident's words).
  public func summary(_ d: EventPayload.FollowedUp) -> String {
    let method = d.method?.name(lang) ?? "?"
    guard d.reached == true else {
      return notReached(method) + (d.unreached == true ? gaveUp : "")
    }
    return reached(method, d.solved?.name(lang) ?? "?", d.rating?.name(lang) ?? "?")
  }
}
