/// Why an owner hands a case back (退单): the three grounds a 12345 desk accepts.
public enum ReturnGrounds: String, Codable, Sendable, CaseIterable {
  /// 不属于本级/本人职责.
  case notOurs = "not-ours"
  /// 地址有误.
  case wrongAddress = "wrong-address"
  /// 层级不对: the case belongs at another tier, which the return names.
  case wrongTier = "wrong-tier"

  public func name(_ lang: Lang) -> String {
    switch (self, lang) {
    case (.notOurs, .zh): return "不属于本级职责"
    case (.notOurs, .en): return "not ours"
    case (.wrongAddress, .zh): return "地址有误"
    case (.wrongAddress, .en): return "wrong address"
    case (.wrongTier, .zh): return "层级不对"
    case (.wrongTier, .en): return "wrong tier"
    }
  }
}
