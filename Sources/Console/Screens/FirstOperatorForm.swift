import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// After the first-run form: the operator it named chooses a PIN (typed twice, shown as
/// dots), which makes them the first operator who signs in (片区/街道); the recovery key is then
/// shown once, to be written down for the street office's safe. An empty PIN skips sign-in
/// (the data directory works as before). Run by the launcher like `FirstRunForm`.
public final class FirstOperatorForm {
  public enum Outcome {
    case editing
    /// No PIN: no keyring, no sign-in.
    case skipped
    /// The keyring exists and the operator is signed in.
    case signedIn(OperatorInfo)
  }

  enum Step: Equatable {
    case pin, again
    /// The keyring is made; the recovery key is on screen until Enter.
    case recovery(String)
  }

  public private(set) var outcome: Outcome = .editing
  private(set) var step = Step.pin
  private var first = ""
  private var typed = ""
  private var person: OperatorInfo?
  public private(set) var error: String?

  private let name: String
  private let directory: DataDirectory
  private let strings: FirstOperatorStrings
  private let kdf: ScryptParams

  public init(
    lang: Lang, operatorName: String, directory: DataDirectory, kdf: ScryptParams = .standard
  ) {
    name = operatorName
    self.directory = directory
    strings = FirstOperatorStrings(lang: lang)
    self.kdf = kdf
  }

  public func handle(_ key: Key) {
    guard case .editing = outcome else { return }
    if case .recovery = step {
      if key == .enter, let person { outcome = .signedIn(person) }
      return
    }
    switch key {
    case .char(let c) where !c.isNewline && typed.count < 1024: typed.append(c)
    case .backspace: if !typed.isEmpty { typed.removeLast() }
    case .escape: typed = ""
    case .enter: next()
    default: break
    }
  }

  public func type(_ text: String) {
    for ch in text { handle(.char(ch)) }
  }

  private func next() {
    error = nil
    switch step {
    case .pin:
      if typed.isEmpty {
        outcome = .skipped
        return
      }
      guard OperatorSecret.isAcceptable(typed) else {
        error = KeyringError.weakSecret.message(strings.lang)
        typed = ""
        return
      }
      (first, typed, step) = (typed, "", .again)
    case .again:
      guard typed == first else {
        error = strings.differ
        (first, typed, step) = ("", "", .pin)
        return
      }
      do {
        let (_, person, recovery) = try Keyring.create(
          in: directory, firstOperator: name, secret: first, kdf: kdf)
        self.person = person.info
        (first, typed) = ("", "")
        step = .recovery(recovery.text)
      } catch {
        self.error = error.message(strings.lang)
        (first, typed, step) = ("", "", .pin)
      }
    case .recovery:
      break
    }
  }

  public func render(on surface: any Surface) {
    surface.clear()
    surface.cursor = nil
    let bounds = surface.bounds
    StatusBar(left: [Segment(strings.title)], right: [], role: .header)
      .render(on: surface, in: bounds.row(0))
    let width = min(bounds.width - 4, 76)
    let x = (bounds.width - width) / 2
    var y = 2
    func line(_ text: String, _ role: Role = .normal) {
      for part in text.wrapped(to: width) where y < bounds.maxY - 1 {
        surface.put(part, at: Point(x: x, y: y), role: role)
        y += 1
      }
    }
    if case .recovery(let key) = step {
      line(strings.recoveryIntro, .muted)
      y += 1
      line("    " + key, .title)
      y += 1
      line(strings.recoveryHint, .warning)
    } else {
      line(strings.intro(name), .muted)
      y += 1
      let label = step == .pin ? strings.pinLabel : strings.againLabel
      let used = surface.put(label, at: Point(x: x, y: y), role: .label, maxWidth: width)
      let dots = String(repeating: "•", count: min(typed.count, max(0, width - used - 1)))
      let end = surface.put(dots, at: Point(x: x + used, y: y), role: .inputFocused)
      surface.cursor = Point(x: x + used + end, y: y)
      y += 2
      if let error { line(error, .error) }
    }
    StatusBar(left: [Segment(strings.hint(step))], right: [], role: .status)
      .render(on: surface, in: bounds.row(bounds.maxY - 1))
  }
}

/// The words of `FirstOperatorForm`.
struct FirstOperatorStrings {
  let lang: Lang
  private var zh: Bool { lang == .zh }

  var title: String { zh ? "说事 · 设置登录 PIN" : "shuoshi · sign-in PIN" }
  func intro(_ name: String) -> String {
    zh
      ? "设置 \(name) 的登录 PIN（6 位以上数字，或口令）。设置后每次打开都要登录，离开时可锁屏，\(name) 为“片区/街道”角色，可再添加其他操作员。留空回车跳过（不启用登录）。"
      : "Choose a sign-in PIN for \(name) (6+ digits, or a passphrase). The console will then ask who signs in and can lock; \(name) gets the district/street role and can add other operators. Enter with nothing typed skips (no sign-in)."
  }
  var pinLabel: String { zh ? "PIN：" : "PIN: " }
  var againLabel: String { zh ? "再输一次：" : "Again: " }
  var differ: String { zh ? "两次输入不一致，请重新设置" : "the two entries differ; choose again" }
  var recoveryIntro: String {
    zh
      ? "恢复密钥（只显示这一次）。请抄下交街道办保险柜保管：所有人都忘记 PIN 时，用 shuoshi operator recover 凭它重设。"
      : "Recovery key (shown only this once). Write it down for the street office's safe: when everyone has forgotten their PIN, shuoshi operator recover sets a new one with it."
  }
  var recoveryHint: String { zh ? "抄好后按回车继续" : "Press Enter once it is written down" }
  func hint(_ step: FirstOperatorForm.Step) -> String {
    switch step {
    case .recovery: recoveryHint
    default: zh ? "回车 确定 · 留空回车 跳过 · Esc 清空" : "Enter confirm · Enter on empty skips · Esc clear"
    }
  }
}
