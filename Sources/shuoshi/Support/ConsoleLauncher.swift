import Foundation

enum ConsoleConfigChecks {
  static func all(_ context: AppContext) -> [ConfigCheck] { [] }
}

enum ConsoleLauncher {
  static func launch(context: AppContext, demo: Bool, theme: String?, global: GlobalOptions) throws {
    throw UsageProblem(zh: "控制台尚未就绪", en: "console not ready")
  }
}
