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
  /// The hub's public key is not the one pinned at enrolment: another server, or the hub's
  /// key was changed. Nothing was sent.
  case pinMismatch(String)
  /// An `https` hub without a pin: the laptop would trust whoever answers.
  case pinMissing(String)
  /// A pin with an `http` address: the pin could not be checked.
  case pinNeedsHTTPS(String)
  /// `--pin` is neither `sha256//…` nor 64 hex digits.
  case badPin
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
    case .badAddress(let a):
      return zh ? "不是 https:// 或 http:// 地址：\(a)" : "not an https:// or http:// address: \(a)"
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
    case .pinMismatch(let a):
      return zh
        ? "街道枢纽 \(a) 的证书公钥与本机记下的指纹不符：可能连到了冒充的服务器，也可能是枢纽换了证书。已停止，什么也没有发送，本机数据未动。请向街道管理员核对指纹（shuoshi-hub pin）；确是换了证书，用 shuoshi hub pin 新指纹 改过来"
        : "the hub at \(a) presented a public key that does not match the pin this laptop holds: another server, or the hub's certificate was changed. Stopped before sending anything; nothing here changed. Check the pin with the street office (shuoshi-hub pin); if the certificate was changed, set the new one with shuoshi hub pin NEW-PIN"
    case .pinMissing(let a):
      return zh
        ? "连接 \(a) 需要街道枢纽的证书指纹：加上 --pin sha256//…（管理员发登记码时一并给出）"
        : "\(a) needs the hub's certificate pin: add --pin sha256//… (the street office gives it with the code)"
    case .pinNeedsHTTPS(let a):
      return zh
        ? "\(a) 不是 https:// 地址，证书指纹无从核对；请用 https:// 地址"
        : "\(a) is not an https:// address, so the pin cannot be checked; use the https:// address"
    case .badPin:
      return zh
        ? "证书指纹格式不对：应为 sha256//…（44 个字符），或 64 位十六进制数字（可用短横分组）"
        : "the pin is malformed: give sha256//… (44 characters) or the 64 hex digits (dashes allowed)"
    case .afterTries(let n, let last):
      return zh ? "试了 \(n) 次仍未成功。\(last.message(lang))" : "\(n) tries failed. \(last.message(lang))"
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .afterTries(_, let last): return last.exitCode
    case .unreachable: return 6
    case .pinMismatch: return 10
    case .pinMissing, .pinNeedsHTTPS, .badPin: return 2
    case .refused(let status, _) where status == 401 || status == 403: return 4
    default: return 1
    }
  }
}
