import ShuoshiCore

/// The lines of `shuoshi taizhang` (the month's case book), one table per language like
/// `CLIStrings`.
struct TaizhangStrings: Sendable {
  let invalidFormat: @Sendable (_ format: String) -> String
  let written: @Sendable (_ path: String, _ title: String, _ cases: Int) -> String

  static func forLang(_ lang: Lang) -> TaizhangStrings { lang == .zh ? .zh : .en }

  /// A bad `--format`, in both languages (exit code 2).
  static func badFormat(_ format: String) -> UsageProblem {
    UsageProblem(zh: zh.invalidFormat(format), en: en.invalidFormat(format))
  }

  static let zh = TaizhangStrings(
    invalidFormat: { "无效格式“\($0)”：可用 text、md、csv、html" },
    written: { path, title, cases in "已写入 \(path)：\(title)，共 \(cases) 件" })

  static let en = TaizhangStrings(
    invalidFormat: { "invalid format \"\($0)\": use text, md, csv or html" },
    written: { path, title, cases in
      "written to \(path): \(title), \(cases) case\(cases == 1 ? "" : "s")"
    })
}
