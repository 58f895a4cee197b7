import Foundation
import ShuoshiCore

extension CLIStrings {
  /// Simplified Chinese, the default.
  static let zh = CLIStrings(
    lang: .zh,
    systemActor: "系统",
    demoActor: "演示",

    initialised: { site, unit, op, data, config in
      "已初始化：站点 \(site)，\(unit)，值班 \(op)；数据目录 \(data)；配置 \(config)"
    },
    siteCodeKept: { "注意：该数据目录早已创建，站点代码仍为 \($0)" },
    laptopLetter: { letter, site in "本机代号 \(letter)：新案件编号形如 \(site)-\(letter)-20261207-001" },
    noLaptopLetter:
      "注意：本机还没有代号，新案件编号不含代号；同一站点有两台以上电脑时会重号，请用 --laptop A（每台一个字母或数字）",
    sameNumber: { n, cases in
      "同号另有 \(n) 件（两台电脑曾开出同一编号）：" + cases.joined(separator: "；")
    },
    sameNumberCase: { id, received, name in "\(id)（受理 \(received)，\(name)）" },
    demoLoaded: { "已装入演示数据 \($0) 件" },
    demoCreating: "正在生成演示数据……",
    demoCreated: { count, path in "已生成演示数据：\(count) 件案件，数据目录 \(path)" },
    benchGenerated: { cases, events, seconds, path in
      "已生成 \(cases) 件案件、\(events) 条事件，用时 \(seconds) 秒：\(path)"
    },
    benchCases: { "案件数：\($0)" },
    benchSweep: { escalated, mb in "全量扫描升级 \(escalated) 件；进程峰值内存 \(mb) MB" },
    benchSavePages: { saves, written, missed, hits in
      "每次保存的页数（\(saves) 次平均）：写出 \(String(format: "%.1f", written)) 页（WAL 帧），缓存未命中读入 \(String(format: "%.1f", missed)) 页，命中 \(String(format: "%.0f", hits)) 次"
    },
    benchSweepPages: { missed, hits, written, spilled, readMB, writtenMB in
      "全量扫描页数：缓存未命中读入 \(missed) 页，命中 \(hits) 次，写出 \(written) 页（提交前溢出 \(spilled) 页）；磁盘读 \(readMB) MB，写 \(writtenMB) MB"
    },
    benchLongCase: { id, events, ms in "案件 \(id)：\(events) 条事件（生成用时 \(ms) 毫秒）" },
    benchPeak: { "进程峰值内存 \($0) MB" },
    calendarMissing: { "! 缺少 \($0) 年工作日历，期限将按周一至周五计算" },
    calendarProvisional: {
      "! \($0) 年工作日历为暂定（法定假日系推算，无调休）：通知发布后用 shuoshi calendar import 导入"
    },
    keyBindings: { "\($0) 个按键绑定" },
    theme: { "主题 \($0)" },

    noMatchingCases: "没有符合条件的案件",
    listPage: { total, page in "共 \(total) 件，第 \(page) 页" },
    reportFolder: { "已写入文件夹 \($0)（每张表一个 CSV 文件）" },
    merged: { b, a in "已将 \(b) 作为重复案件并入 \(a)（撤销：shuoshi unmerge \(b)）" },
    unmerged: { b, a in "已撤销合并：\(b) 与 \(a) 重新分开" },
    noConflicts: "没有待处理的冲突",
    settleHint: "处理：shuoshi settle 编号 --keep 序号（如 --keep 1）",
    settled: { id, tier, state, assignee in
      "\(id) 冲突已处理：\(tier) · \(state)\(assignee.map { " · \($0)" } ?? "")"
    },

    sessionOpened: "说事场次已开始",
    sessionAlreadyOpen: "说事场次进行中",
    sessionResumed: "说事场次已恢复",
    sessionClosedLead: "说事场次已结束：",
    sessionClosedTaken: { count, id in
      "本场受理 \(count) 件（用 session show 查看，report --session \(id) 出报告）"
    },
    sessionStateOpen: "进行中",
    sessionStateClosed: "已结束",
    sessionTally: { state, taken, resolved in
      "状态：\(state) · 受理 \(taken) 件 · 已办结 \(resolved) 件"
    },
    noSessions: "还没有说事场次",
    sessionOpenMark: "【进行中】",

    unencryptedWarning: "警告：--no-encrypt 写出的数据包未加密，居民姓名、电话、地址都是明文；丢失 U 盘即泄露",
    exported: { events, devices, bytes, encrypted, path in
      "已导出 \(events) 条记录（\(devices) 台设备，\(bytes) 字节\(encrypted ? "，已加密" : "，未加密")）到 \(path)"
    },
    noPeerExports: "还没有按对方导出过",
    peerMark: { peer, device, seq in "\(peer)  设备 \(device)  已发到第 \(seq) 条" },
    passphraseUnreadable: "无法读取口令文件",
    passphrasePrompt: "数据包口令：",
    passphraseAgain: "再输入一次：",

    memberRemoved: { household, address, name, left in
      "已从住户 \(household) \(address) 移除成员“\(name)”（剩 \(left) 人）"
    },
    noVolunteers: "台账中没有志愿者，也没有送单记录",
    volunteerTotals: { minutes, deliveries in
      "合计 \(String(format: "%.1f", Double(minutes) / 60)) 小时，\(deliveries) 次送单"
    },
    nobodyFound: "没有找到人员",
    gridsWithinLimit: "✓ 所有网格未超出包户上限",
    notPartyVolunteer: { "提示：\($0) 在台账中不是党员志愿者" },
    personMatched: { typed, name in "“\(typed)” → \(name)" },
    notInRegister: { "提示：台账中没有“\($0)”，按姓名记录" }
  )
}
