/// Core's words for warnings: event summaries (history, ledger) and the parts of a warning's
/// line, in Chinese and English.
public struct WarningStrings: Sendable {
  public let raised: @Sendable (_ level: String, _ cases: Int, _ households: Int) -> String
  public let acknowledged: String
  public let dismissed: String
  public let takenOn: String
  public let merged: @Sendable (_ survivor: String) -> String
  public let place: @Sendable (String) -> String
  public let party: @Sendable (String) -> String
  public let groupWord: @Sendable (String) -> String
  public let households: @Sendable (Int) -> String
  public let cases: @Sendable (Int) -> String

  public static func forLang(_ lang: Lang) -> WarningStrings { lang == .zh ? chinese : english }

  static let chinese = WarningStrings(
    raised: { level, cases, households in "\(level)色预警：\(cases) 件，\(households) 户" },
    acknowledged: "预警已阅", dismissed: "预警已排除", takenOn: "预警已转为群体案件",
    merged: { $0.isEmpty ? "预警已并入" : "预警已并入 \($0)" },
    place: { "地点 \($0)" }, party: { "对象 \($0)" }, groupWord: { "群体词“\($0)”" },
    households: { "\($0) 户" }, cases: { "\($0) 件" })

  static let english = WarningStrings(
    raised: { level, cases, households in
      "\(level) warning: \(cases) cases, \(households) households"
    },
    acknowledged: "warning acknowledged", dismissed: "warning dismissed",
    takenOn: "warning taken on as a group case",
    merged: { $0.isEmpty ? "warning merged" : "warning merged into \($0)" },
    place: { "place \($0)" }, party: { "party \($0)" }, groupWord: { "group word \"\($0)\"" },
    households: { "\($0) households" }, cases: { "\($0) cases" })
}

extension Event {
  /// The summary of a warning event; "" for other kinds.
  func warningSummary(_ lang: Lang) -> String {
    let w = WarningStrings.forLang(lang)
    let s = EventStrings.forLang(lang)
    switch payload {
    case .warningRaised(let r):
      return w.raised(
        (r.level ?? .yellow).name(lang), r.cases?.count ?? 0, r.households ?? 0)
    case .warningAcknowledged(let n): return w.acknowledged + s.detail(n.reason ?? "")
    case .warningDismissed(let n): return w.dismissed + s.detail(n.reason ?? "")
    case .warningTakenOn: return w.takenOn
    case .warningMerged(let m):
      return w.merged(m.survivor.map(Warning.shortID) ?? "")
    default: return ""
    }
  }
}
