import Foundation
import ShuoshiCore

/// What `check-config` validates for the console: the keymap and every theme file.
enum ConsoleConfigChecks {
  static func all(_ context: AppContext) -> [ConfigCheck] {
    let files = ConsoleFiles(resources: context.resources)
    var checks: [ConfigCheck] = [
      ConfigCheck(file: "data/keys.yaml") {
        let map = try files.keymap()
        return context.say(
          "\(map.keymap.bindings.count) 个按键绑定", "\(map.keymap.bindings.count) key bindings")
      }
    ]
    for url in files.themeFiles() {
      checks.append(
        ConfigCheck(file: url.path) {
          let theme = try files.theme(at: url)
          return context.say("主题 \(theme.name)", "theme \(theme.name)")
        })
    }
    return checks
  }
}
