import ShuoshiCore

/// The words of the case book (台账), one table per language.
public struct CaseBookWords: Sendable {
  /// The book's title: the unit (nil: the whole street) and the month or days.
  let title: @Sendable (_ unit: String?, _ period: ReportPeriod) -> String
  /// The column headers, in the order communities keep them (序号 … 满意度).
  let columns: [String]
  let period: String
  let periodText: @Sendable (_ first: String, _ last: String) -> String
  let count: String
  let countText: @Sendable (_ cases: Int) -> String
  let statesAsOf: String
  let privacy: String
  let masked: String
  let withNames: String
  let namesWarning: String
  /// Under the table: where 回访结果 and 满意度 come from.
  let followUpNote: String
  let empty: String
  /// 来源/方式.
  let booth: @Sendable (_ place: String) -> String
  let desk: String
  /// 办理情况.
  let mergedInto: @Sendable (_ id: String) -> String
  let onSpot: String
  let settled: String
  /// 回访结果.
  let rated: String
  let notRated: String
  let preparedBy: String
  let reviewedBy: String
  let date: String
  let page: String
  let of: String
  let pages: String
  /// The text format's labels before a row's second to fifth lines.
  let textRequest: String
  let textHandling: String
  let madeWith: String

  public static func forLang(_ lang: Lang) -> CaseBookWords { lang == .zh ? .zh : .en }

  static func monthOrDays(_ p: ReportPeriod, zh: Bool) -> String {
    let whole =
      p.first.day == 1 && p.last.adding(days: 1).day == 1 && p.first.year == p.last.year
      && p.first.month == p.last.month
    if whole {
      return zh
        ? "\(p.first.year)年\(p.first.month)月"
        : String(format: "%04d-%02d", p.first.year, p.first.month)
    }
    return zh ? "\(p.first) 至 \(p.last)" : "\(p.first) to \(p.last)"
  }

  public static let zh = CaseBookWords(
    title: { unit, period in
      "\(unit ?? "全街道") \(monthOrDays(period, zh: true)) 群众诉求受理台账"
    },
    columns: [
      "序号", "编号", "登记时间", "来源/方式", "姓名", "电话", "地址", "诉求内容", "类别", "层级", "承办人", "办理情况",
      "办结时间", "回访结果", "满意度",
    ],
    period: "统计期", periodText: { "\($0) 至 \($1)" }, count: "件数", countText: { "共 \($0) 件" },
    statesAsOf: "办理情况截至", privacy: "隐私", masked: "居民姓名和电话已隐去",
    withNames: "本台账含居民姓名和电话（--with-names），请按规定保管，勿外传", namesWarning: "含居民姓名和电话，注意保密",
    followUpNote: "回访结果、满意度取自群众评单（回访登记上线前）；办理情况与办结时间为制表时的情况。",
    empty: "本期无受理案件。",
    booth: { $0.isEmpty ? "说事日现场" : "说事日现场·\($0)" }, desk: "日常登记",
    mergedInto: { "重复，已并入 \($0)" }, onSpot: "当场化解", settled: "已办结",
    rated: "已评单", notRated: "未评单",
    preparedBy: "制表人", reviewedBy: "审核人", date: "日期",
    page: "第", of: "页，共", pages: "页",
    textRequest: "诉求", textHandling: "办理", madeWith: "说事 shuoshi 生成")

  public static let en = CaseBookWords(
    title: { unit, period in
      "Case ledger (台账) of \(unit ?? "the whole street"), \(monthOrDays(period, zh: false))"
    },
    columns: [
      "No.", "Case", "Received", "Source", "Name", "Phone", "Address", "Request", "Category",
      "Tier", "Handled by", "Handling", "Resolved", "Follow-up", "Satisfaction",
    ],
    period: "Period", periodText: { "\($0) to \($1)" }, count: "Cases",
    countText: { "\($0) case\($0 == 1 ? "" : "s")" },
    statesAsOf: "Handling as of", privacy: "Privacy",
    masked: "residents' names and phone numbers are masked",
    withNames:
      "this ledger includes residents' names and phone numbers (--with-names); keep it confidential",
    namesWarning: "Contains residents' names and phone numbers — confidential",
    followUpNote:
      "Follow-up and satisfaction are the resident's rating (评单) until follow-up visits (回访) are recorded; handling and resolution as they stood when the ledger was made.",
    empty: "No case received in the period.",
    booth: { $0.isEmpty ? "booth day" : "booth day · \($0)" }, desk: "at the desk",
    mergedInto: { "duplicate, merged into \($0)" }, onSpot: "settled on the spot",
    settled: "resolved", rated: "rated", notRated: "not rated",
    preparedBy: "Prepared by", reviewedBy: "Reviewed by", date: "Date",
    page: "Page", of: "of", pages: "",
    textRequest: "Request", textHandling: "Handling", madeWith: "Made with shuoshi")
}
