import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The first-run form: validation as `shuoshi init` does it, and a saved form leaves the
/// settings file and the store behind; Esc leaves nothing.
@Suite("First-run form")
struct FirstRunFormTests {
  final class Place {
    let dir = TempDir("shuoshi-first-run")
    var environment: [String: String] {
      [
        "HOME": dir.path, "XDG_CONFIG_HOME": dir.path + "/config",
        "XDG_DATA_HOME": dir.path + "/data",
      ]
    }
    var directory: DataDirectory { DataDirectory.resolve(flag: nil, environment: environment) }
    var configURL: URL { UserConfig.url(environment: environment) }
    deinit { dir.remove() }

    func form(lang: Lang = .zh) -> FirstRunForm {
      FirstRunForm(
        lang: lang, keymap: ConsoleFixture.keymap, directory: directory, environment: environment,
        config: UserConfig.load(environment: environment))
    }
  }

  func fill(_ form: FirstRunForm, site: String) {
    form.type(site)
    form.handle(.enter)
    form.type("汉江路街道六堰社区")
    form.handle(.enter)
    form.type("王芳")
    form.handle(.ctrl("s"))
  }

  func render(_ form: FirstRunForm, _ w: Int = 80, _ h: Int = 24) -> CellGrid {
    let grid = CellGrid(width: w, height: h)
    form.render(on: grid)
    return grid
  }

  @Test func isNeededOnlyWithoutADataDirectory() throws {
    let p = Place()
    #expect(FirstRunForm.isNeeded(directory: p.directory, named: false, environment: p.environment))
    #expect(!FirstRunForm.isNeeded(directory: p.directory, named: true, environment: p.environment))
    var env = p.environment
    env["SHUOSHI_DATA"] = p.dir.path + "/elsewhere"
    #expect(!FirstRunForm.isNeeded(directory: p.directory, named: false, environment: env))
    try p.directory.create()
    #expect(
      !FirstRunForm.isNeeded(directory: p.directory, named: false, environment: p.environment))
  }

  @Test func badSiteCodeIsRefusedAndNothingIsCreated() throws {
    let p = Place()
    let form = p.form()
    #expect(render(form).find("首次使用 · 设置本机") != nil)
    fill(form, site: "汉江")
    guard case .editing = form.outcome else {
      Issue.record("a bad site code was saved")
      return
    }
    let grid = render(form)
    #expect(grid.find("站点代码应为 2–6 个大写字母或数字，例如 HJ") != nil)
    #expect(form.focus == .site)
    #expect(!FileManager.default.fileExists(atPath: p.directory.path))
    #expect(!FileManager.default.fileExists(atPath: p.configURL.path))
  }

  @Test func goodAnswersWriteTheConfigAndCreateTheStore() throws {
    let p = Place()
    let form = p.form()
    fill(form, site: "hj")  // lower case is taken as HJ, like shuoshi init
    guard case .saved(let store, let loadDemo) = form.outcome else {
      Issue.record("not saved: \(form.error ?? "")")
      return
    }
    #expect(!loadDemo)
    #expect(store.info.siteCode == "HJ")
    #expect(FileManager.default.fileExists(atPath: p.directory.databaseURL.path))
    // The site's settings are in the data directory (issue 15), in effect there.
    let config = UserConfig.load(environment: p.environment).effective(for: p.directory)
    #expect(FileManager.default.fileExists(atPath: SiteSettings.url(in: p.directory).path))
    #expect(store.info.laptop == "A")  // the form's suggestion for a site's first laptop
    #expect(config.siteCode == "HJ")
    #expect(config.unitName == "汉江路街道六堰社区")
    #expect(config.operatorName == "王芳")
  }

  @Test func missingOperatorMovesTheFocusThere() throws {
    let p = Place()
    let form = p.form()
    form.type("HJ")
    form.handle(.enter)
    form.type("六堰社区")
    form.handle(.ctrl("s"))
    #expect(form.focus == .operatorName)
    #expect(render(form).find("请填写值班人员") != nil)
  }

  @Test func overlongOperatorIsRefusedWithTheFieldNamed() throws {
    // The operator is written into every event: it keeps a name's bound (FieldKind.name).
    let p = Place()
    let form = p.form()
    form.type("HJ")
    form.handle(.enter)
    form.type("六堰社区")
    form.handle(.enter)
    form.type(String(repeating: "王", count: 65))
    form.handle(.ctrl("s"))
    #expect(form.focus == .operatorName)
    #expect(form.error == "“值班人员”太长：最多 64 个字，现有 65 个")
    #expect(!FileManager.default.fileExists(atPath: p.configURL.path))
  }

  @Test func demoChoiceToggles() throws {
    let p = Place()
    let form = p.form()
    form.handle(.backTab)  // to the demo question
    #expect(form.focus == .demo)
    form.handle(.char(" "))
    #expect(form.loadDemo)
    #expect(render(form).find("[是]") != nil)
    form.handle(.tab)
    fill(form, site: "LY01")
    guard case .saved(_, let loadDemo) = form.outcome else {
      Issue.record("not saved: \(form.error ?? "")")
      return
    }
    #expect(loadDemo)
  }

  /// Every question and where the answers go fit 80×24 in both languages (issue 15 added the
  /// laptop's letter and the booth's place and phone); a bad booth phone keeps the form open.
  @Test func allQuestionsFitAndABadBoothPhoneIsRefused() throws {
    for (lang, labels) in [
      (Lang.zh, ["站点代码", "本机代号", "接待地点", "咨询电话", "装入演示数据", "数据目录："]),
      (
        .en,
        ["Site code", "Laptop letter", "Booth place", "Booth phone", "Load demo data", "data: "]
      ),
    ] {
      let p = Place()
      let form = p.form(lang: lang)
      let grid = render(form)
      for label in labels { #expect(grid.find(label) != nil, "\(label):\n\(grid.text())") }
      #expect(grid.find("A") != nil)  // the letter offered
      for key in ["HJ", "六堰社区", "王芳"] {
        form.type(key)
        form.handle(.enter)
      }
      form.handle(.enter)  // keeps A
      form.handle(.enter)  // no place
      form.type("12345")
      form.handle(.ctrl("s"))
      #expect(form.focus == .boothPhone)
      guard case .editing = form.outcome else {
        Issue.record("a bad booth phone was saved")
        return
      }
      #expect(!FileManager.default.fileExists(atPath: p.directory.path))
    }
  }

  @Test func escapeCancelsWithoutCreatingAnything() throws {
    let p = Place()
    let form = p.form()
    form.type("HJ")
    form.handle(.escape)
    guard case .cancelled = form.outcome else {
      Issue.record("not cancelled")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: p.directory.path))
    #expect(!FileManager.default.fileExists(atPath: p.configURL.path))
  }

  @Test func englishWithLangEn() throws {
    let p = Place()
    let form = p.form(lang: .en)
    #expect(render(form).find("First run · set up this laptop") != nil)
    fill(form, site: "x")
    #expect(render(form).find("the site code must be 2–6 capital letters or digits") != nil)
  }
}
