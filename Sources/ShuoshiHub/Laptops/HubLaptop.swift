import Foundation

/// An enrolled laptop as a request's token names it.
public struct HubLaptop: Sendable, Equatable {
  public var id: Int64
  public var name: String
  public var unit: String
  /// Its unit is the street office: it sees and may push every unit's events.
  public var street: Bool
  /// Its device id (its own chain), set at enrolment.
  public var device: String
}

/// What `add-laptop` made: the laptop's row and its one-time enrolment code.
public struct HubEnrolmentCode: Sendable {
  public var laptop: String
  public var unit: String
  public var code: String
  public var expires: Date
}
