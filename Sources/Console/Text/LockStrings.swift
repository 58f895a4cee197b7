import ShuoshiCore
import ShuoshiStore

/// The words of the sign-in and lock screen.
public struct LockStrings {
  let lang: Lang

  static func `for`(_ lang: Lang) -> LockStrings { LockStrings(lang: lang) }

  private var zh: Bool { lang == .zh }

  var signInTitle: String { zh ? "说事 · 请登录" : "shuoshi · sign in" }
  var lockedTitle: String { zh ? "说事 · 已锁屏" : "shuoshi · locked" }
  func lockedBy(_ name: String) -> String {
    zh
      ? "\(name) 离开时锁定；本人输入 PIN 继续，或换人登录"
      : "Locked by \(name); type the PIN to go on, or sign in as someone else"
  }
  var whoLabel: String { zh ? "操作员（↑↓ 选择）：" : "Operator (↑↓ to choose): " }
  var pinLabel: String { zh ? "PIN 或口令：" : "PIN or passphrase: " }
  var help: String { zh ? "回车 登录 · Esc 清空" : "Enter sign in · Esc clear" }
  /// The sign-in before an encrypted store opens: nothing is open yet, so it may quit.
  var gateHelp: String {
    zh ? "回车 登录 · Esc 清空 · Ctrl-Q 退出" : "Enter sign in · Esc clear · Ctrl-Q quit"
  }
  var noSignIn: String {
    zh
      ? "本数据目录未启用操作员登录，无法锁屏（shuoshi operator add 启用）"
      : "No operators sign in here, so the screen cannot lock (shuoshi operator add)"
  }
  /// The demo's operators and PIN, on its sign-in screen.
  public static func demoNote(_ lang: Lang) -> String {
    let names = DemoOperators.all.map { "\($0.name)（\($0.role.name(lang))）" }
    return lang == .zh
      ? "演示数据：操作员 " + names.joined(separator: "、") + " 的 PIN 都是 \(DemoOperators.pin)"
      : "Demo: operators " + names.joined(separator: ", ") + " all have PIN \(DemoOperators.pin)"
  }
  func signedIn(_ name: String) -> String { zh ? "\(name) 已登录" : "\(name) signed in" }
  /// Another operator signed in: the previous one's screens wait for them.
  func keptFor(_ name: String) -> String {
    zh ? "\(name) 的未完成页面已保留，待其本人登录后恢复" : "\(name)'s screens are kept until they sign in again"
  }
  func restored(_ name: String) -> String {
    zh ? "\(name) 已登录，恢复离开前的页面" : "\(name) signed in; back where you left off"
  }
}
