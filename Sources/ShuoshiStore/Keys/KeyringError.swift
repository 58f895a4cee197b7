import Foundation
import ShuoshiCore

/// Why the keyring refused: each says what to do next.
public enum KeyringError: Error, Equatable, Sendable, LocalizedMessage {
  /// The PIN or passphrase does not open this operator's key.
  case wrongSecret(name: String, failures: Int)
  /// Too many wrong tries: the next is allowed at `until`.
  case tooSoon(name: String, until: Date)
  case noOperator(name: String)
  case duplicateName(String)
  /// The entry unwraps with the right secret but its id, role or grid was changed in the file.
  case tampered(String)
  /// Not a keyring, or its contents are out of bounds.
  case malformed(path: String, detail: String)
  case noKeyring(path: String)
  case alreadyExists(path: String)
  case weakSecret
  case badRecoveryKey
  case wrongRecoveryKey
  case badName(FieldProblem)
  case lastManager
  case refused(RoleRefusal)
  case store(StoreError)

  public var exitCode: Int32 {
    switch self {
    case .wrongSecret, .tooSoon, .wrongRecoveryKey: 13
    case .refused: 12
    case .noOperator: 3
    case .duplicateName, .weakSecret, .badRecoveryKey, .badName, .lastManager: 2
    case .tampered, .malformed: 5
    case .noKeyring, .alreadyExists: 2
    case .store(let e): e.exitCode
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .wrongSecret(let name, let failures):
      let left = max(0, KeyringLimits.freeTries - failures)
      return zh
        ? "“\(name)”的 PIN 或口令不对" + (left > 0 ? "（再错 \(left) 次后须等待）" : "，下次须等待后再试")
        : "wrong PIN or passphrase for \(name)"
          + (left > 0 ? " (\(left) more before a wait)" : "; the next try must wait")
    case .tooSoon(let name, let until):
      let seconds = Int(until.timeIntervalSinceNow.rounded(.up))
      return zh
        ? "“\(name)”输错次数过多，请 \(max(1, seconds)) 秒后再试"
        : "too many wrong tries for \(name); try again in \(max(1, seconds)) s"
    case .noOperator(let name):
      return zh
        ? "没有操作员“\(name)”（shuoshi operator list 查看）"
        : "no operator \(name) (see shuoshi operator list)"
    case .duplicateName(let name):
      return zh ? "已有名为“\(name)”的操作员" : "there is already an operator named \(name)"
    case .tampered(let name):
      return zh
        ? "操作员“\(name)”的记录被改动过（编号、角色或网格与加密时不符），拒绝登录"
        : "the keyring entry of \(name) was altered (id, role or grid differ from when it was sealed); sign-in refused"
    case .malformed(let path, let detail):
      return zh ? "\(path) 不是有效的密钥文件：\(detail)" : "\(path) is not a valid keyring: \(detail)"
    case .noKeyring(let path):
      return zh
        ? "\(path) 还没有操作员（先运行 shuoshi init 设置）"
        : "no operators in \(path) yet (run shuoshi init first)"
    case .alreadyExists(let path):
      return zh ? "\(path) 已有密钥文件，不再新建" : "\(path) already has a keyring; not creating another"
    case .weakSecret:
      return zh
        ? "PIN 至少 6 位数字（不能全是同一个数字），或口令至少 8 个字母数字（或 4 个汉字）"
        : "a PIN needs 6+ digits (not one digit repeated), a passphrase 8+ letters or digits (or 4 Chinese characters)"
    case .badRecoveryKey:
      return zh
        ? "恢复密钥格式不对：应为 8 组、每组 4 个字母或数字" : "a recovery key is 8 groups of 4 letters or digits"
    case .wrongRecoveryKey:
      return zh ? "恢复密钥不对" : "wrong recovery key"
    case .badName(let problem):
      return problem.message(field: zh ? "操作员姓名或网格" : "the operator's name or grid", lang)
    case .lastManager:
      return zh
        ? "不能删除最后一位“片区/街道”操作员：否则无人能再添加操作员"
        : "cannot remove the last district/street operator: no one could add operators again"
    case .refused(let r):
      return r.message(lang)
    case .store(let e):
      return e.message(lang)
    }
  }
}

/// The bounds a keyring file is read within (a copied or edited file cannot demand more).
public enum KeyringLimits {
  /// Wrong tries before each further one must wait.
  public static let freeTries = 5
  /// The wait after the fifth wrong try; it doubles with each further one, up to `maxDelay`.
  public static let firstDelay: TimeInterval = 30
  public static let maxDelay: TimeInterval = 3600
  static let maxFileBytes = 1 << 20
  static let maxOperators = 500
  static let maxFailures = 1_000_000

  /// How long to wait after `failures` wrong tries in a row.
  public static func delay(after failures: Int) -> TimeInterval {
    guard failures >= freeTries else { return 0 }
    let doublings = min(failures - freeTries, 20)
    return min(maxDelay, firstDelay * Double(1 << doublings))
  }
}
