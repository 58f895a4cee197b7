import ShuoshiCore
import ShuoshiStore

/// The status line's words for the background sync with the street office hub.
struct BackgroundSyncStrings {
  let lang: Lang

  static func `for`(_ lang: Lang) -> BackgroundSyncStrings { BackgroundSyncStrings(lang: lang) }

  private var zh: Bool { lang == .zh }

  var syncing: String { zh ? "正在与街道同步…" : "Syncing with the street office…" }
  /// Done at `time`; `cases` cases came in or changed.
  func synced(_ time: String, cases: Int) -> String {
    if cases == 0 { return zh ? "已与街道同步 \(time)" : "Synced with the street office \(time)" }
    return zh
      ? "已与街道同步 \(time)，收到 \(cases) 件的新进展"
      : "Synced with the street office \(time); news on \(cases) case\(cases == 1 ? "" : "s")"
  }
  func unreachable(_ time: String) -> String {
    zh ? "街道服务器连不上，稍后再试（\(time)）" : "The street office server is unreachable; will retry (\(time))"
  }
  /// Refused (a revoked laptop, a batch the hub would not take) or any other failure: the
  /// use case's own message, which says what to do.
  func failed(_ time: String, _ detail: String) -> String {
    zh ? "与街道同步未成功（\(time)）：\(detail)" : "Sync with the street office failed (\(time)): \(detail)"
  }
}
