/// What the booth learned from a typed address: which unit of the register it names (if any)
/// and the household part.
public struct ParsedAddress: Sendable, Equatable {
  /// The register unit named in the text (`六堰社区`, also when typed as `六堰`).
  public var unitName: String?
  public var address: HouseholdAddress
  /// The text after normalization (see `AddressNormalizer`).
  public var normalized: String

  public init(unitName: String?, address: HouseholdAddress, normalized: String) {
    self.unitName = unitName
    self.address = address
    self.normalized = normalized
  }
}
