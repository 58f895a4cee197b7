import Console
import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI

/// The console's own files: the keymap (`data/keys.yaml`) and the themes (`themes/*.yaml`),
/// found through `Resources` like the routing rules.
struct ConsoleFiles {
  let resources: Resources

  /// The keymap, checked (unknown commands, duplicate keys, keys bound where they do nothing).
  func keymap() throws -> ConsoleKeymap {
    guard let url = resources.file("data/keys.yaml") else {
      throw ConsoleProblem(
        zh: "找不到按键配置 data/keys.yaml", en: "keymap data/keys.yaml not found")
    }
    do {
      return try ConsoleKeymap.load(contentsOf: url)
    } catch {
      throw ConsoleProblem(config: error)
    }
  }

  /// Every theme file, by name.
  func themeFiles() -> [URL] {
    resources.files(in: "themes", withExtension: "yaml")
  }

  /// The theme in one file.
  func theme(at url: URL) throws -> Theme {
    do {
      return try Theme.load(contentsOf: url)
    } catch {
      throw ConsoleProblem(config: error)
    }
  }

  /// The theme `name` from `themes/<name>.yaml`, else a built-in theme of that name.
  func theme(named name: String) throws -> Theme {
    if let url = resources.file("themes/\(name).yaml") { return try theme(at: url) }
    if let builtin = Theme.builtin(named: name) { return builtin }
    let known = themeFiles().map { $0.deletingPathExtension().lastPathComponent }
      .joined(separator: ", ")
    throw ConsoleProblem(
      zh: "没有名为“\(name)”的主题（可用：\(known)）",
      en: "no theme named \"\(name)\" (available: \(known))")
  }
}

/// A console start-up problem (a bad keymap or theme, no terminal), in both languages.
struct ConsoleProblem: LocalizedMessage {
  let zh: String
  let en: String

  init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// A config file error: the same `file:line: message` text in both languages.
  init(config error: ConfigFileError) {
    self.init(zh: "配置文件有误：\(error)", en: "configuration error: \(error)")
  }

  func message(_ lang: Lang) -> String { lang == .zh ? zh : en }
}
