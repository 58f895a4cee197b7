import Foundation
import ShuoshiCore
import ShuoshiReports

/// The browser view's pages: plain server-rendered HTML in Chinese, no scripts, no external
/// resources. Every piece of text from the laptops goes through `HTML.escape`.
enum HubWebPage {
  static func e(_ text: String) -> String { HTML.escape(text) }

  /// A whole page: the navigation bar (hidden when printed) and `body`.
  static func document(title: String, account: HubAccount?, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(e(title))</title>
    <style>\(style)</style>
    </head>
    <body>
    \(account.map(nav) ?? "")
    <main>
    \(body)
    </main>
    </body>
    </html>

    """
  }

  /// A report rendered by the laptop's `ReportHTML`, with the navigation bar put in.
  static func report(_ html: String, account: HubAccount) -> String {
    html.replacingOccurrences(
      of: "<body>\n", with: "<body>\n<style>\(navStyle)</style>\n\(nav(account))\n")
  }

  static func nav(_ account: HubAccount) -> String {
    var links: [String] = []
    if account.role == .street {
      links.append("<a href=\"/street\">街道报表</a>")
      links.append("<a href=\"/street/search\">查找案件</a>")
    } else if let unit = account.unit {
      let u = HubWebForm.encode(unit)
      links.append("<a href=\"/unit/\(u)\">本单位报表</a>")
      links.append("<a href=\"/unit/\(u)/overdue\">超期</a>")
      links.append("<a href=\"/unit/\(u)/supervised\">督办</a>")
      links.append("<a href=\"/street/search\">查找案件</a>")
    }
    let who = account.role == .street ? "街道" : (account.unit ?? "")
    return """
      <nav class="hubnav">\(links.joined(separator: " "))
      <span class="who">\(e(account.name))（\(e(who))）</span>
      <form method="post" action="/logout"><button type="submit">退出</button></form></nav>
      """
  }

  static func login(error: String?, name: String = "") -> String {
    let problem = error.map { "<p class=\"warn\">\(e($0))</p>" } ?? ""
    return document(
      title: "登录 · 街道说事平台", account: nil,
      body: """
        <h1>街道说事平台 登录</h1>
        \(problem)
        <form method="post" action="/login" class="login">
        <label>用户名 <input name="name" value="\(e(name))" autocomplete="username" required></label>
        <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit" id="login">登录</button>
        </form>
        """)
  }

  /// A message page (not allowed, not found, bad request).
  static func message(_ title: String, _ text: String, account: HubAccount?) -> String {
    document(title: title, account: account, body: "<h1>\(e(title))</h1><p>\(e(text))</p>")
  }

  static let navStyle = """
    .hubnav { display: flex; gap: 12pt; align-items: center; border-bottom: 1pt solid #cfd8e3;
      padding: 4pt 0 6pt; margin-bottom: 8pt; font-size: 10.5pt; }
    .hubnav .who { margin-left: auto; color: #4a5568; }
    .hubnav form { display: inline; margin: 0; }
    td.unit { white-space: nowrap; }
    @media print { .hubnav, form.reveal { display: none; } }
    """

  static let style =
    navStyle + """
      @page { size: A4; margin: 14mm 12mm 16mm; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
        sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; max-width: 186mm;
        margin: 0 auto; padding: 8mm 0; }
      h1 { font-size: 17pt; margin: 0 0 6pt; color: #1f3a5f; }
      h2 { font-size: 12pt; margin: 14pt 0 5pt; border-bottom: 1.5pt solid #1f3a5f; color: #1f3a5f; }
      table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
      thead { display: table-header-group; }
      th, td { border-bottom: 0.5pt solid #cfd8e3; padding: 2pt 4pt; text-align: left;
        vertical-align: top; }
      th { background: #eef2f7; }
      .n { text-align: right; font-variant-numeric: tabular-nums; }
      .k { white-space: nowrap; }
      .warn { border: 1pt solid #c0392b; color: #c0392b; padding: 4pt 8pt; font-weight: 600; }
      .note { color: #4a5568; font-size: 9pt; }
      form.login label { display: block; margin: 6pt 0; }
      form.reveal { display: inline; margin: 0; }
      tr { break-inside: avoid; }
      """
}
