import Foundation
import ShuoshiCore

/// Why a sync with the hub (or enrolment) failed. Nothing is lost: a failed push stored
/// nothing at the hub, a failed pull nothing here; the next sync starts again from the marks.
public indirect enum HubSyncError: LocalizedMessage, Equatable, Sendable {
  case badAddress(String)
  case unreachable(String, detail: String)
  /// The hub refused (its status and its reason, cut to `maxReason` characters).
  case refused(status: Int, reason: String)
  /// The hub's answer was not what the protocol says.
  case badAnswer(String)
  /// This laptop was never enrolled (`shuoshi hub enroll`).
  case notEnrolled
  /// The last of this many tries failed so (`HubFaultRetry`).
  case afterTries(Int, HubSyncError)

  /// The most of a hub's reason kept: it is the peer's text.
  public static let maxReason = 300

  /// The hub's `{"error": …}`, bounded; else the status alone.
  static func refusal(_ status: Int, _ body: Data) -> HubSyncError {
    struct Body: Decodable { var error: String }
    let reason = (try? JSONDecoder().decode(Body.self, from: body.prefix(64 << 10)))?.error ?? ""
    return .refused(status: status, reason: String(reason.prefix(maxReason)))
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .badAddress(let a): return zh ? "不是 http:// 地址：\(a)" : "not an http:// address: \(a)"
    case .unreachable(let a, let d):
      return zh
        ? "连不上街道枢纽 \(a)（\(d)）；数据都还在本机，稍后再同步"
        : "cannot reach the hub at \(a) (\(d)); everything is still on this laptop, sync again later"
    case .refused(let status, let reason) where status >= 500:
      // The hub or its database failing, not a refusal of this laptop's data.
      return zh
        ? "街道枢纽暂时出错（\(status)：\(reason)）；数据都还在本机，稍后再同步"
        : "the hub failed (\(status): \(reason)); everything is still on this laptop, sync again later"
    case .refused(let status, let reason):
      return zh ? "街道枢纽拒绝（\(status)）：\(reason)" : "the hub refused (\(status)): \(reason)"
    case .badAnswer(let d): return zh ? "街道枢纽的回答无法解读：\(d)" : "the hub's answer is unreadable: \(d)"
    case .notEnrolled:
      return zh
        ? "本机尚未登记到街道枢纽：先运行 shuoshi hub enroll 地址 --code 登记码"
        : "this laptop is not enrolled with a hub: run shuoshi hub enroll URL --code CODE first"
    case .afterTries(let n, let last):
      return zh ? "试了 \(n) 次仍未成功。\(last.message(lang))" : "\(n) tries failed. \(last.message(lang))"
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .afterTries(_, let last): return last.exitCode
    case .unreachable: return 6
    case .refused(let status, _) where status == 401 || status == 403: return 4
    default: return 1
    }
  }
}
