import Foundation

/// The language of everything a person reads: Simplified Chinese by default, English on request.
public enum Lang: String, Sendable, CaseIterable {
  case zh
  case en

  /// `--lang` wins; else an English `LC_ALL`/`LC_MESSAGES`/`LANG` picks English; else Chinese.
  public static func resolve(flag: String?, environment: [String: String]) -> Lang {
    if let flag, let lang = Lang(rawValue: flag.lowercased().prefix(2).description) { return lang }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("en") ? .en : .zh
    }
    return .zh
  }
}

/// Something that can say itself in either language.
public protocol LocalizedMessage: Error {
  func message(_ lang: Lang) -> String
}
