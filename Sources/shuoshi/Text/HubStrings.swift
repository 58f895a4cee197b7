import ShuoshiCore

/// The lines of `shuoshi hub` and `shuoshi sync --hub`, one table per language.
struct HubStrings: Sendable {
  let enrolled: @Sendable (_ url: String) -> String
  let synced:
    @Sendable (_ pushed: Int, _ pushedNew: Int, _ pulled: Int, _ pulledNew: Int, _ cases: Int)
      -> String
  let conflicts: @Sendable (_ count: Int) -> String
  let plainHTTP: String
  let pinned: @Sendable (_ grouped: String) -> String
  let repinned: @Sendable (_ url: String, _ grouped: String) -> String

  static func forLang(_ lang: Lang) -> HubStrings { lang == .zh ? .zh : .en }

  static let zh = HubStrings(
    enrolled: { "本机已登记到街道枢纽 \($0)；以后用 shuoshi sync --hub 同步" },
    synced: { pushed, pushedNew, pulled, pulledNew, cases in
      "已上传 \(pushed) 条记录（枢纽新收 \(pushedNew) 条），已下载 \(pulled) 条（本机新增 \(pulledNew) 条），\(cases) 件案件有更新"
    },
    conflicts: { "有 \($0) 处冲突待处理（见 shuoshi conflicts）" },
    plainHTTP: "注意：与街道枢纽的连接未加密（http://），只应在本机或经加密代理使用",
    pinned: { "已记下枢纽证书指纹 \($0)；此后每次同步都核对它" },
    repinned: { "已更新街道枢纽 \($0) 的证书指纹为 \($1)；登记不变" })

  static let en = HubStrings(
    enrolled: { "this laptop is enrolled with the hub at \($0); sync with shuoshi sync --hub" },
    synced: { pushed, pushedNew, pulled, pulledNew, cases in
      "sent \(pushed) events (\(pushedNew) new at the hub), received \(pulled) (\(pulledNew) new here); \(cases) cases updated"
    },
    conflicts: { "\($0) conflict(s) to settle (see shuoshi conflicts)" },
    plainHTTP:
      "note: the link to the hub is not encrypted (http://); use it only on this machine or through a TLS proxy",
    pinned: { "pinned the hub's certificate \($0); every sync checks it" },
    repinned: { "the pin of the hub at \($0) is now \($1); the enrolment stays" })
}

extension AppContext {
  var hubStrings: HubStrings { HubStrings.forLang(lang) }
}
