/// The strings of choosing a handler by name when the register has nobody, or nobody by the
/// name typed (kept apart so the register table stays as it is).
public struct HandlerStrings: Sendable {
  /// Shown in the person picker when nobody matches what was typed: Enter takes it as typed.
  public let takeAsTyped: @Sendable (_ typed: String) -> String
  /// The prompt's message for an owner when the register has nobody yet.
  public let ownerMessage: String
  /// The prompt's message for whose cases to list when the register has nobody yet.
  public let whoseCasesMessage: String
  /// Nothing typed where a name is needed.
  public let nameEmpty: String

  public static let zh = HandlerStrings(
    takeAsTyped: { "台账中没有“\($0)”：按 Enter 就以此为承办人" },
    ownerMessage: "台账中还没有人员，直接输入承办人姓名：",
    whoseCasesMessage: "台账中还没有人员，输入承办人姓名：",
    nameEmpty: "请输入姓名")

  public static let en = HandlerStrings(
    takeAsTyped: { "Nobody called \"\($0)\" in the register: Enter takes the name as typed" },
    ownerMessage: "The register has nobody yet; type the owner's name:",
    whoseCasesMessage: "The register has nobody yet; type the owner's name:",
    nameEmpty: "Type a name")
}

extension Strings {
  /// Choosing a handler by name, in this language.
  public var handler: HandlerStrings { lang == .zh ? .zh : .en }
}
