import ArgumentParser
import Foundation
import ShuoshiCore
import ShuoshiStore

/// `shuoshi init`: first-run setup of this laptop — site code, unit, operator on duty.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract:
      "Set up this laptop: site code, community or village, operator (writes the config file).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Community or village name, e.g. 汉江路街道六堰社区.") var unit: String
  @Option(name: .customLong("booth-phone"), help: "The booth's phone, printed on receipts.")
  var boothPhone: String?
  @Flag(help: "Also load the demo street into the data directory.") var demo = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let setup = SiteSetup(
        siteCode: global.site ?? "", unitName: unit, operatorName: global.operatorName ?? "",
        boothPhone: boothPhone)
      switch setup.problem(requireUnit: false) {
      case .badSiteCode?:
        throw UsageProblem(
          zh: "请用 --site 指定站点代码：2–6 个大写字母或数字，例如 HJ",
          en: "give --site: a site code of 2–6 capital letters or digits, e.g. HJ")
      case .noOperator?:
        throw UsageProblem(zh: "请用 --operator 指定值班人员", en: "give --operator: who is on duty")
      case .badField(let field, let problem)?:
        let zh = field == .unit ? "单位名称" : "值班人员"
        throw UsageProblem(
          zh: problem.message(field: zh, .zh),
          en: problem.message(field: field == .unit ? "--unit" : "--operator", .en))
      case .noUnit?, nil:
        break
      }
      let site = setup.siteCode
      let op = setup.operatorName
      let store = try setup.apply(
        over: context.userConfig, directory: context.directory, environment: context.environment)
      print(
        context.strings.initialised(
          store.info.siteCode, unit, op, context.directory.path,
          UserConfig.url(environment: context.environment).path))
      if store.info.siteCode != site {
        Stderr.warn(
          context.strings.siteCodeKept(store.info.siteCode))
      }
      if demo {
        let count = try DemoLoader.load(context)
        print(context.strings.demoLoaded(count))
      }
    }
  }
}
