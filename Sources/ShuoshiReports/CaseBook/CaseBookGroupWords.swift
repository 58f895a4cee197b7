import ShuoshiCore

/// The 台账's words for a child of a group case, after its 办理情况: “（母案 HJ-A-…）”.
enum CaseBookGroupWords {
  static func inGroup(_ parent: String, _ lang: Lang) -> String {
    lang == .zh ? "（母案 \(parent)）" : " (group case \(parent))"
  }
}
