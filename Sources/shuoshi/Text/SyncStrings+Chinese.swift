import ShuoshiCore

extension SyncStrings {
  /// Simplified Chinese, the default.
  static let zh = SyncStrings(
    unencryptedImport: "注意：这个数据包未加密（按 --allow-unencrypted 导入），其来源和内容无法验证",
    nothingNew: { "数据包中的 \($0) 条记录本机都已有，未做任何改动" },
    imported: { added, received, device, site, cases in
      "已导入 \(added) 条新记录（数据包共 \(received) 条，来自设备 \(device)、站点 \(site)），更新案件 \(cases) 件"
    },
    importVerified: { chains, cases in "校验通过：\(chains) 条设备链、\(cases) 件案件" },
    sharedNumber: { id, shown in
      "注意：两台电脑给不同案件开了同一编号 \(id)；两件都保留原编号，新到的一件在本机列为 \(shown)，"
        + "查 \(id) 时两件都会列出（给各台电脑设代号可免重号：shuoshi init --laptop）"
    },
    conflictsToSettle: { "有 \($0) 处冲突待处理（shuoshi conflicts 查看，shuoshi settle 处理）：" },
    clockAhead: { "警告：对方电脑的时钟比本机快约 \($0) 小时，请核对其系统时间" },

    conflictHeadline: { id, field, n in "\(id)  \(field)：\(n) 个并发版本" },
    inEffect: "  ← 当前生效",
    device: "设备 ",
    chain: { device, events, head in "设备 \(device)：\(events) 条记录，链头 \(head)" },
    verified: { events, cases in "校验通过：\(events) 条记录、\(cases) 件案件，没有被改动、删除或调换的记录" },
    problemsFound: { "发现 \($0) 个问题：" },

    mergedInto: { "合并      已作为重复案件并入 \($0)" },
    absorbed: { "合并      并入本案的重复案件：\($0.joined(separator: "、"))" },
    erasedRow: "个人信息  已应居民要求删除",
    conflictRow: { field, n in "冲突      \(field)有 \(n) 个并发版本，待处理（shuoshi conflicts）" },

    sweep: { escalated, tiers, handedUp, atStreet in
      "升级 \(escalated) 件" + (tiers > escalated ? "（共升 \(tiers) 级）" : "")
        + "（其中上交街道 \(handedUp) 件）；已上交仍超期 \(atStreet) 件"
    },
    sessionStaff: { "值班：" + $0.joined(separator: "、") }
  )
}
