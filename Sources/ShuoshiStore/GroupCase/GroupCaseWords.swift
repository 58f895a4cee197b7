/// The stored words of a group case (母案) the store writes into its events: data, in the
/// community's language like every case's text, not UI text.
enum GroupCaseWords {
  /// The parent's "resident": the households it speaks for.
  static func residentName(_ households: Int) -> String { "群体诉求（\(households)户）" }
  /// Why the parent is at its tier (the `retiered` of its intake, when triage differed).
  static func tierReason(_ households: Int) -> String { "母案：\(households)户群体诉求" }
}
