import ShuoshiCore

extension Command {
  /// A word or two for the hint bar: `派单`, `升级`.
  public func title(_ lang: Lang) -> String {
    let (zh, en) = titles
    return lang == .zh ? zh : en
  }

  /// One line for help and `docs/keys.md`.
  public func summary(_ lang: Lang) -> String {
    let (zh, en) = summaries
    return lang == .zh ? zh : en
  }

  private var titles: (String, String) {
    switch self {
    case .help: return ("帮助", "help")
    case .new: return ("登记", "new")
    case .search: return ("搜索", "search")
    case .back: return ("返回", "back")
    case .quit: return ("退出", "quit")
    case .refresh: return ("刷新", "refresh")
    case .lock: return ("锁屏", "lock")
    case .sweepNow: return ("超期检查", "sweep")
    case .down: return ("下移", "down")
    case .up: return ("上移", "up")
    case .pageDown: return ("下页", "page down")
    case .pageUp: return ("上页", "page up")
    case .first: return ("首行", "first")
    case .last: return ("末行", "last")
    case .open: return ("打开", "open")
    case .nextTab: return ("换队列", "next queue")
    case .previousTab: return ("上个队列", "previous queue")
    case .toggleMine: return ("我的/全部", "mine/all")
    case .markToggle: return ("标记", "mark")
    case .markPattern: return ("按条件标记", "mark matching")
    case .tierHousehold: return ("户", "household")
    case .tierResidence: return ("村居", "residence")
    case .tierDistrict: return ("片区", "district")
    case .tierStreet: return ("上交", "street")
    case .assign: return ("派单", "assign")
    case .note: return ("备注", "note")
    case .visit: return ("走访", "visit")
    case .waitResume: return ("等待/恢复", "wait/resume")
    case .resolve: return ("办结", "resolve")
    case .rate: return ("评价", "rate")
    case .followUp: return ("回访", "follow up")
    case .escalate: return ("升级", "escalate")
    case .retier: return ("改层级", "retier")
    case .reopen: return ("重开", "reopen")
    case .undo: return ("撤销", "undo")
    case .revealPhone: return ("显示电话", "phone")
    case .save: return ("保存", "save")
    case .nextField: return ("下一项", "next field")
    case .previousField: return ("上一项", "previous field")
    case .pickTier: return ("选层级", "tier")
    case .complete: return ("补全地址", "complete")
    case .registerBrowser: return ("台账", "register")
    case .surveyRounds: return ("排查", "survey rounds")
    case .ownerCases: return ("某人的案件", "cases of")
    case .dispatchVolunteer: return ("派志愿者", "dispatch")
    case .deliver: return ("送单", "deliver")
    case .pickOwner: return ("改承办人", "owner")
    case .report: return ("报告", "report")
    case .resolveOnSpot: return ("当场化解", "on the spot")
    case .saveSettled: return ("化解并保存", "save settled")
    case .periodKind: return ("换统计期", "period")
    case .periodBack: return ("前一期", "earlier")
    case .periodForward: return ("后一期", "later")
    case .reportScope: return ("换范围", "scope")
    case .reportNames: return ("显示姓名", "names")
    case .conflicts: return ("冲突", "conflicts")
    case .warnings: return ("预警", "warnings")
    case .acknowledgeWarning: return ("已阅", "acknowledge")
    case .dismissWarning: return ("排除", "dismiss")
    case .takeOnWarning: return ("转办", "take on")
    case .settle: return ("处理冲突", "settle")
    case .mergeCase: return ("合并", "merge")
    case .unmergeCase: return ("撤销合并", "unmerge")
    case .reprintReceipt: return ("回执", "receipt")
    case .correct: return ("更正", "correct")
    case .voidRestore: return ("作废/恢复", "void/restore")
    case .pickCategory: return ("选类别", "category")
    case .extend: return ("延期", "extend")
    case .returnCase: return ("退单", "return")
    case .urge: return ("催办", "urge")
    case .supervise: return ("督办", "supervise")
    case .groupCase: return ("母案", "group")
    }
  }

  private var summaries: (String, String) {
    switch self {
    case .help: return ("显示全部按键（本帮助）", "show every key (this help)")
    case .new: return ("登记新诉求", "take in a new grievance")
    case .search: return ("搜索：姓名、电话尾号、地址、诉求内容", "search name, phone tail, address, text")
    case .back: return ("返回上一屏；在队列中退出", "go back; quits from the queue")
    case .quit: return ("退出（有未保存的登记时先确认）", "quit (asks first if an intake is unsaved)")
    case .refresh: return ("重新读取数据并检查超期", "reload the data and run the overdue sweep")
    case .lock:
      return (
        "锁屏：离开时按；回来输入 PIN，或换人登录", "lock the screen; unlock with the PIN, or sign in as another"
      )
    case .sweepNow: return ("立即检查超期并升级", "run the overdue sweep now")
    case .down: return ("下移一行", "move down")
    case .up: return ("上移一行", "move up")
    case .pageDown: return ("下一页", "page down")
    case .pageUp: return ("上一页", "page up")
    case .first: return ("到第一行", "go to the first row")
    case .last: return ("到最后一行", "go to the last row")
    case .open: return ("打开选中的案件", "open the selected case")
    case .nextTab: return ("下一个队列", "next queue")
    case .previousTab: return ("上一个队列", "previous queue")
    case .toggleMine: return ("待办：只看我的 / 看全部", "open cases: mine only / everyone's")
    case .markToggle:
      return (
        "标记/取消所选并下移（空格仍翻页）；a、e 办理全部标记", "mark/unmark, move down (Space pages); a, e act on marked"
      )
    case .markPattern:
      return (
        "按搜索条件标记本队列（如 漏水、wgl），留空清除标记", "mark the cases a search finds here (empty: clear marks)"
      )
    case .tierHousehold:
      return ("户：队列中看户级，案件中改为户级", "household: show that queue, or move a case there")
    case .tierResidence:
      return ("村居：队列中看村居级，案件中改为村居级", "residence: show that queue, or move a case there")
    case .tierDistrict:
      return ("片区：队列中看片区级，案件中改为片区级", "district: show that queue, or move a case there")
    case .tierStreet:
      return ("上交：队列中看上交，案件中改为上交", "street: show that queue, or move a case there")
    case .assign: return ("派单给承办人", "assign to a person or body")
    case .note: return ("添加备注", "add a note")
    case .visit: return ("记录走访或电话联系", "record a visit or call")
    case .waitResume: return ("挂起等待（期限暂停）/ 恢复办理", "wait (pauses the clock) / resume")
    case .resolve: return ("办结（填写办结说明）", "resolve (with a summary)")
    case .rate: return ("群众评价：满意 / 基本满意 / 不满意", "resident's rating")
    case .followUp:
      return ("回访：解决了吗、满意吗；未解决或不满意则重办", "follow-up: solved? satisfied? (no: reopens a tier up)")
    case .escalate: return ("升级到上一层级（选原因）", "escalate one tier (with a reason)")
    case .retier: return ("调整层级（说明原因）", "change the tier (with a reason)")
    case .reopen: return ("重新打开已办结的案件", "reopen a resolved case")
    case .undo:
      return ("撤销最近一次操作（记为新事件）；批量后撤销整批", "undo the last action (as a new event), or the last batch")
    case .revealPhone:
      return (
        "显示/隐藏完整电话和证件号（显示会记入办理记录）", "show/hide full phone and ID numbers (showing is recorded)"
      )
    case .save: return ("保存登记", "save the intake")
    case .nextField: return ("下一项", "next field")
    case .previousField: return ("上一项", "previous field")
    case .pickTier: return ("改层级（覆盖分流建议，需说明原因）", "override the suggested tier (with a reason)")
    case .complete: return ("接受地址补全", "accept the address completion")
    case .registerBrowser:
      return ("网格台账：社区/村 → 网格 → 住户（网格超额标出）", "the register: units → grids → households")
    case .surveyRounds:
      return ("排查：各网格本期排查情况，漏排查标出", "survey rounds: each grid's round, missed ones marked")
    case .ownerCases: return ("选一个人，看他承办的在办案件", "choose a person and list the open cases they own")
    case .dispatchVolunteer:
      return ("平台派单给党员志愿者（选人，写明要做什么）", "dispatch to a party member volunteer (with a note)")
    case .deliver:
      return ("党员送单：记录上门、用时、是否办结", "record the volunteer's delivery: minutes, done or not")
    case .pickOwner:
      return ("改承办人（覆盖台账建议，需说明原因）", "change the suggested owner (with a reason)")
    case .report:
      return ("统计报告：本场、本周、本月、上月", "the report screen: session, week, month, last month")
    case .resolveOnSpot:
      return ("当场化解：在说事现场已解决，一步办结", "settled at the booth table: resolve on the spot")
    case .periodKind:
      return ("切换统计期：本场 / 本周 / 本月 / 上月", "switch period: session / week / month / last month")
    case .periodBack: return ("前一期（上一场、上周、上月）", "one period earlier")
    case .periodForward: return ("后一期", "one period later")
    case .reportScope: return ("切换范围：全街道 / 各社区、村", "switch scope: whole street / each unit")
    case .reportNames: return ("显示/隐去居民姓名和电话", "show/mask residents' names and phones")
    case .conflicts:
      return ("多台电脑同时改动的冲突，逐条处理", "conflicts between laptops, to settle one by one")
    case .warnings:
      return (
        "预警：像是同一件事的多户诉求（黄、橙、红）", "warnings: complaints of many households that look like one matter"
      )
    case .acknowledgeWarning:
      return ("预警已阅：已看到，继续关注", "acknowledge the warning: seen, kept under watch")
    case .dismissWarning:
      return ("排除预警：不是同一件事（需说明原因）", "dismiss the warning: not one matter (with a reason)")
    case .takeOnWarning:
      return ("转办：把预警的案件作为一个群体案件办理", "take on: the warning's cases as one group case")
    case .settle:
      return ("处理冲突：选定保留的版本并说明原因（记为新事件）", "settle: keep one version, with a reason (a new event)")
    case .mergeCase:
      return ("把本案作为重复案件并入另一案件（可撤销）", "merge this case into another as a duplicate (reversible)")
    case .unmergeCase: return ("撤销本案的合并", "undo this case's merge")
    case .reprintReceipt:
      return (
        "补打回执：按案件现状写出回执文件（任何状态，含已办结）",
        "reprint the receipt: written as the case stands now (any state, closed too)"
      )
    case .correct:
      return ("更正登记有误的一项（需说明原因，留痕）", "correct a field typed wrong (with a reason)")
    case .voidRestore:
      return (
        "作废误录的案件（可恢复）/ 恢复；队列中作废标记的", "void a case taken in by mistake (or the marked); restore"
      )
    case .pickCategory:
      return ("选类别（覆盖分类建议，需说明原因）", "choose the category (overrides triage, with a reason)")
    case .extend:
      return ("延期：到期前申请，每个层级一次（写明原因）", "extend before the deadline, once per tier")
    case .returnCase: return ("退单：说明理由，退回待派单", "return for dispatch, with grounds")
    case .urge: return ("催办：督促超期案件的承办人（队列中催办标记的）", "urge the owner of a late case (or the marked)")
    case .supervise: return ("督办：标记 / 取消（办结前在督办队列）", "supervise: set / lift the flag")
    case .saveSettled:
      return (
        "保存并记为当场化解（写化解经过），出回执", "save as settled at the booth table (say how), then the receipt"
      )
    case .groupCase:
      return ("母案：用标记的案件建母案；案件中加入、移出、打开", "group case: form from the marks; join, leave, open")
    }
  }
}
