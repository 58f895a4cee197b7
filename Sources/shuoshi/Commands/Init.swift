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
  @Option(
    help:
      "This laptop's letter within the site (one capital letter or digit): case numbers read HJ-A-20261207-001."
  )
  var laptop: String?
  @Option(name: .customLong("booth-phone"), help: "The booth's phone, printed on receipts.")
  var boothPhone: String?
  @Option(name: .customLong("booth-place"), help: "Where the booth is, printed on receipts.")
  var boothPlace: String?
  @Flag(help: "Also load the demo street into the data directory.") var demo = false
  @Flag(
    name: .customLong("with-pin"),
    help:
      "Make the operator the first who signs in (片区/街道) with a PIN asked on the terminal (or $SHUOSHI_NEW_PIN); prints the recovery key once."
  )
  var withPIN = false

  mutating func run() throws {
    try Run.guarded(global) { context in
      let setup = SiteSetup(
        siteCode: global.site ?? "", unitName: unit, operatorName: global.operatorName ?? "",
        laptop: laptop, boothPhone: boothPhone, boothPlace: boothPlace)
      switch setup.problem(requireUnit: false) {
      case .badSiteCode?:
        throw UsageProblem(
          zh: "请用 --site 指定站点代码：2–6 个大写字母或数字，例如 HJ",
          en: "give --site: a site code of 2–6 capital letters or digits, e.g. HJ")
      case .badLaptop?:
        throw UsageProblem(
          zh: "--laptop 应为一个大写字母或数字，例如 A；同一站点的每台电脑各用一个",
          en: "--laptop must be one capital letter or digit, e.g. A; one per laptop of the site")
      case .noOperator?:
        throw UsageProblem(zh: "请用 --operator 指定值班人员", en: "give --operator: who is on duty")
      case .badField(let field, let problem)?:
        let (zh, en): (String, String) =
          switch field {
          case .unit: ("单位名称", "--unit")
          case .operatorName: ("值班人员", "--operator")
          case .boothPhone: ("咨询电话", "--booth-phone")
          case .boothPlace: ("接待地点", "--booth-place")
          }
        throw UsageProblem(zh: problem.message(field: zh, .zh), en: problem.message(field: en, .en))
      case .noUnit?, nil:
        break
      }
      let site = setup.siteCode
      let op = setup.operatorName
      let store = try setup.apply(
        over: context.userConfig, directory: context.directory, environment: context.environment,
        encryption: try context.dataKey())
      print(
        context.strings.initialised(
          store.info.siteCode, unit, op, context.directory.path,
          SiteSettings.url(in: context.directory).path))
      if store.info.siteCode != site {
        Stderr.warn(
          context.strings.siteCodeKept(store.info.siteCode))
      }
      if let letter = store.info.laptop {
        print(context.strings.laptopLetter(letter, store.info.siteCode))
      } else {
        Stderr.warn(context.strings.noLaptopLetter)
      }
      if !Keyring.exists(in: context.directory) {
        if withPIN || context.environment["SHUOSHI_NEW_PIN"] != nil {
          try FirstOperator.create(named: op, context)
        } else {
          Stderr.warn(context.operatorStrings.noSignIn)
        }
      }
      if demo {
        let count = try DemoLoader.load(context)
        print(context.strings.demoLoaded(count))
      }
    }
  }
}
