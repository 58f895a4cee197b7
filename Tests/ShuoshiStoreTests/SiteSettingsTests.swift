import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Site settings live in the data directory, personal ones in the user's config; a config an
/// earlier release wrote keeps working until setup moves its site part (issue 15).
@Suite("Site and personal settings")
struct SiteSettingsTests {
  final class Place {
    let dir = TempDir("shuoshi-settings")
    var environment: [String: String] {
      ["HOME": dir.path, "XDG_CONFIG_HOME": dir.path + "/config"]
    }
    func data(_ name: String) -> DataDirectory {
      DataDirectory(url: dir.url.appendingPathComponent(name))
    }
    deinit { dir.remove() }

    /// A config file as 0.1 wrote it: site settings and personal ones together.
    func writeOldConfig() throws {
      let url = UserConfig.url(environment: environment)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try """
      # shuoshi 配置 / settings — written by `shuoshi init`; edit freely
      booth_phone: "0719-8123456"
      lang: "zh"
      operator: "王芳"
      site: "HJ"
      theme: "light"
      unit: "汉江路街道六堰社区"
      """.write(to: url, atomically: true, encoding: .utf8)
    }
  }

  /// Setting the site up again (`init`, the first-run form) rewrites site.yaml: the entries
  /// other settings keep there, such as the screen lock's `lock_minutes`, stay.
  @Test func savingTheSiteKeepsTheFilesOtherSettings() throws {
    let p = Place()
    let data = p.data("data")
    try data.create()
    try """
    lock_minutes: 0.5
    site: "HJ"
    unit: "六堰社区"
    """.write(to: SiteSettings.url(in: data), atomically: true, encoding: .utf8)
    #expect(ScreenLockSetting.idleLimit(in: data) == 30)
    try SiteSettings(siteCode: "HJ", unitName: "七里垭村").save(in: data)
    #expect(ScreenLockSetting.idleLimit(in: data) == 30)
    #expect(SiteSettings.load(from: data)?.unitName == "七里垭村")
  }

  @Test func anOldConfigIsReadAsBeforeWhileTheDataDirectoryHasNoSettings() throws {
    let p = Place()
    try p.writeOldConfig()
    let old = p.data("street")
    _ = try CaseStore.open(old, siteCode: "HJ")
    let c = UserConfig.load(environment: p.environment).effective(for: old)
    #expect(c.siteCode == "HJ" && c.unitName == "汉江路街道六堰社区" && c.operatorName == "王芳")
    #expect(c.boothPhone == "0719-8123456" && c.theme == "light" && c.lang == "zh")
  }

  @Test func setupMovesTheSiteSettingsIntoTheDataDirectory() throws {
    let p = Place()
    try p.writeOldConfig()
    let first = p.data("street")
    let config = UserConfig.load(environment: p.environment).effective(for: first)
    let setup = SiteSetup(
      siteCode: "HJ", unitName: "", operatorName: "王芳", laptop: "A", boothPlace: "六堰社区党群服务中心")
    _ = try setup.apply(over: config, directory: first, environment: p.environment)
    // The site's part is in the data directory, kept (the phone) or answered (the place)…
    let site = try #require(SiteSettings.load(from: first))
    #expect(
      site
        == SiteSettings(
          siteCode: "HJ", unitName: "汉江路街道六堰社区", operatorName: "王芳", boothPhone: "0719-8123456",
          boothPlace: "六堰社区党群服务中心", timeZone: "Asia/Shanghai"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: SiteSettings.url(in: first).path)[
        .posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    // …the user's config keeps only the person's…
    let personal = UserConfig.load(environment: p.environment)
    #expect(personal.theme == "light" && personal.lang == "zh")
    #expect(personal.siteCode == nil && personal.unitName == nil && personal.operatorName == nil)
    #expect(personal.boothPhone == nil)
    // …and the settings in effect there are as before.
    let effective = personal.effective(for: first)
    #expect(effective.unitName == "汉江路街道六堰社区" && effective.operatorName == "王芳")
    #expect(effective.theme == "light")
  }

  @Test func aSecondDataDirectoryDoesNotShowTheFirstOnesCommunityOrOperator() throws {
    let p = Place()
    let first = p.data("liuyan")
    let second = p.data("yangguang")
    _ = try SiteSetup(siteCode: "HJ", unitName: "六堰社区", operatorName: "王芳", laptop: "A").apply(
      over: UserConfig.load(environment: p.environment).effective(for: first), directory: first,
      environment: p.environment)
    _ = try SiteSetup(siteCode: "YG", unitName: "阳光社区", operatorName: "李娜", laptop: "B").apply(
      over: UserConfig.load(environment: p.environment).effective(for: second),
      directory: second, environment: p.environment)
    let config = UserConfig.load(environment: p.environment)
    #expect(config.effective(for: first).unitName == "六堰社区")
    #expect(config.effective(for: first).operatorName == "王芳")
    #expect(config.effective(for: second).unitName == "阳光社区")
    #expect(config.effective(for: second).operatorName == "李娜")
    // A third, never set up, shows neither.
    let third = config.effective(for: p.data("new"))
    #expect(third.unitName == nil && third.operatorName == nil)
    #expect(try CaseStore.open(second).info.laptop == "B")
  }
}
