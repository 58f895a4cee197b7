import ShuoshiCore
import TerminalUI

/// The console's words for 预警: the warnings screen, one warning's evidence, the intake hint.
struct WarningConsoleStrings: Sendable {
  let listTitle: @Sendable (_ count: Int) -> String
  let detailTitle: @Sendable (_ id: String) -> String
  let intro: String
  let empty: String
  let columns: [String]
  let related: @Sendable (_ count: Int) -> String
  let fieldState: String
  let fieldPlace: String
  let fieldParty: String
  let fieldHouseholds: String
  let fieldFirst: String
  let fieldGroupWord: String
  let casesHeading: String
  let noLink: String
  let acknowledged: @Sendable (_ id: String) -> String
  let dismissTitle: String
  let dismissMessage: String
  let dismissButton: String
  let dismissed: @Sendable (_ id: String) -> String
  let takenOn: @Sendable (_ id: String, _ group: String) -> String
  let cancel: String

  static func forLang(_ lang: Lang) -> WarningConsoleStrings { lang == .zh ? .zh : .en }

  static let zh = WarningConsoleStrings(
    listTitle: { "预警（\($0)）" }, detailTitle: { "预警 \($0)" },
    intro: "像是同一件事的多户诉求：黄 3 户以上，橙 5 户以上，红 10 户以上或说到集体、拉横幅等。Enter 看依据",
    empty: "没有待处理的预警",
    columns: ["等级", "户", "件", "地点", "对象", "首件", "状态"],
    related: { "可能与 \($0) 件相关" },
    fieldState: "状态", fieldPlace: "地点", fieldParty: "对象", fieldHouseholds: "户数",
    fieldFirst: "首件受理", fieldGroupWord: "群体词", casesHeading: "相关案件（Enter 打开）",
    noLink: "（由他机预警列入）", acknowledged: { "预警 \($0) 已阅" },
    dismissTitle: "排除预警", dismissMessage: "为什么不是同一件事？（必填）", dismissButton: "排除",
    dismissed: { "预警 \($0) 已排除" },
    takenOn: { "预警 \($0) 已转为群体案件 \($1)" }, cancel: "取消")

  static let en = WarningConsoleStrings(
    listTitle: { "Warnings (\($0))" }, detailTitle: { "Warning \($0)" },
    intro:
      "Complaints of many households that look like one matter: yellow 3+, orange 5+, red 10+ or group words. Enter: evidence",
    empty: "No open warnings",
    columns: ["Level", "Hh", "Cases", "Place", "Party", "First", "State"],
    related: { "may be related to \($0) case\($0 == 1 ? "" : "s")" },
    fieldState: "State", fieldPlace: "Place", fieldParty: "Party", fieldHouseholds: "Households",
    fieldFirst: "First case", fieldGroupWord: "Group word", casesHeading: "Cases (Enter opens)",
    noLink: "(listed by another laptop's warning)", acknowledged: { "warning \($0) acknowledged" },
    dismissTitle: "Dismiss warning", dismissMessage: "Why is it not one matter? (required)",
    dismissButton: "Dismiss", dismissed: { "warning \($0) dismissed" },
    takenOn: { "warning \($0) taken on as group case \($1)" }, cancel: "Cancel")
}

extension WarningLevel {
  /// The theme role of the level's colour.
  var role: Role {
    switch self {
    case .yellow: .warningYellow
    case .orange: .warningOrange
    case .red: .warningRed
    }
  }
}
