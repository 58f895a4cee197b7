import Foundation
import ShuoshiCore

/// What `check-config` validates for the console: the keymap and every theme file.
enum ConsoleConfigChecks {
  static func all(_ context: AppContext) -> [ConfigCheck] {
    let files = ConsoleFiles(resources: context.resources)
    var checks: [ConfigCheck] = [
      ConfigCheck(file: "data/keys.yaml") {
        let map = try files.keymap()
        return context.strings.keyBindings(map.keymap.bindings.count)
      }
    ]
    for url in files.themeFiles() {
      checks.append(
        ConfigCheck(file: url.path) {
          let theme = try files.theme(at: url)
          return context.strings.theme(theme.name)
        })
    }
    return checks
  }
}
