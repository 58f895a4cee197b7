import ShuoshiCore

/// The lines of `shuoshi hub` and `shuoshi sync --hub`, one table per language.
struct HubStrings: Sendable {
  let enrolled: @Sendable (_ url: String) -> String
  let synced:
    @Sendable (_ pushed: Int, _ pushedNew: Int, _ pulled: Int, _ pulledNew: Int, _ cases: Int)
      -> String
  let conflicts: @Sendable (_ count: Int) -> String
  let plainHTTP: String

  static func forLang(_ lang: Lang) -> HubStrings { lang == .zh ? .zh : .en }

  static let zh = HubStrings(
    enrolled: { "本机已登记到街道枢纽 \($0)；以后用 shuoshi sync --hub 同步" },
    synced: { pushed, pushedNew, pulled, pulledNew, cases in
      "已上传 \(pushed) 条记录（枢纽新收 \(pushedNew) 条），已下载 \(pulled) 条（本机新增 \(pulledNew) 条），\(cases) 件案件有更新"
    },
    conflicts: { "有 \($0) 处冲突待处理（见 shuoshi conflicts）" },
    plainHTTP: "注意：与街道枢纽的连接未加密（http://），只应在办公室内网或本机使用")

  static let en = HubStrings(
    enrolled: { "this laptop is enrolled with the hub at \($0); sync with shuoshi sync --hub" },
    synced: { pushed, pushedNew, pulled, pulledNew, cases in
      "sent \(pushed) events (\(pushedNew) new at the hub), received \(pulled) (\(pulledNew) new here); \(cases) cases updated"
    },
    conflicts: { "\($0) conflict(s) to settle (see shuoshi conflicts)" },
    plainHTTP:
      "note: the link to the hub is not encrypted (http://); use it only on the office network or this machine"
  )
}

extension AppContext {
  var hubStrings: HubStrings { HubStrings.forLang(lang) }
}
