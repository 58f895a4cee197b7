/// The strings of the register browser, the person picker, "my cases" and the dispatch loop,
/// one table per language like `Strings` (kept apart so the main tables stay as they are).
public struct RegisterStrings: Sendable {
  // MARK: Register browser
  public let title: String
  public let columnsUnits: [String]
  public let columnsGrids: [String]
  public let columnsHouseholds: [String]
  public let households: @Sendable (Int) -> String
  /// A grid over "1包50户" / "1包15户": its count and the limit.
  public let overCapacity: @Sendable (_ households: Int, _ limit: Int) -> String
  public let gridsOver: @Sendable (Int) -> String
  public let empty: String
  // MARK: Household
  public let householdTitle: @Sendable (_ address: String) -> String
  public let labelMembers: String
  public let labelFlags: String
  public let labelCarers: String
  public let labelVisits: String
  public let householdCases: @Sendable (Int) -> String
  public let noCases: String
  // MARK: Person picker and "my cases"
  public let pickerHint: String
  public let nobodyFound: String
  public let noPeople: String
  public let pickOwnerTitle: String
  public let pickVolunteerTitle: String
  public let pickPersonTitle: String
  public let ownerCasesTitle: @Sendable (_ name: String) -> String
  public let ownerCasesEmpty: String
  // MARK: Detail and dispatch loop
  public let labelVolunteer: String
  public let labelWhy: String
  public let assignReasonMessage: @Sendable (_ name: String) -> String
  public let dispatchNoteTitle: String
  public let dispatchNoteMessage: @Sendable (_ name: String) -> String
  public let deliverTitle: String
  public let deliverMinutesMessage: @Sendable (_ volunteer: String) -> String
  public let deliverNoteMessage: String
  public let deliverDone: String
  public let deliverNotDone: String
  public let minutesInvalid: String
  // MARK: Intake
  public let labelOwner: String
  public let ownerNone: String
  public let ownerWithRole: @Sendable (_ name: String, _ role: String) -> String
  public let ownerOverride: @Sendable (_ suggested: String, _ reason: String) -> String
  public let routeTitle: String
  public let ownerReasonTitle: String
  public let ownerReasonMessage: @Sendable (_ from: String, _ to: String) -> String
}

extension Strings {
  /// The register and dispatch strings in this language.
  public var register: RegisterStrings { lang == .zh ? .zh : .en }
}
