import ShuoshiCore

/// The lines of `bench cipher`, one table per language like `CLIStrings`.
struct CipherBenchStrings: Sendable {
  let sample: @Sendable (_ pages: Int, _ repeats: Int) -> String
  let rate: @Sendable (_ name: String, _ pagesPerSecond: Int, _ mbPerSecond: Int) -> String
  let failed: @Sendable (_ what: String) -> String

  static func forLang(_ lang: Lang) -> CipherBenchStrings { lang == .zh ? .zh : .en }

  static let zh = CipherBenchStrings(
    sample: { pages, repeats in "每个样本加密或解密 \(pages) 页（每页 4096 字节，内存中），重复 \(repeats) 次" },
    rate: { name, pages, mb in "\(name)：每秒 \(pages) 页（\(mb) MB/秒，按中位数）" },
    failed: { "页面加密自检失败：\($0)" })

  static let en = CipherBenchStrings(
    sample: { pages, repeats in
      "each sample seals or opens \(pages) pages (4096 bytes each, in memory), \(repeats) samples"
    },
    rate: { name, pages, mb in "\(name): \(pages) pages/s (\(mb) MB/s, from the median)" },
    failed: { "page cipher self-check failed: \($0)" })
}
