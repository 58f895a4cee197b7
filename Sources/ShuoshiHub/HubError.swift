import Foundation
import ShuoshiCore

/// What the hub refuses, with a message for its log and the laptop.
public enum HubError: Error, Equatable, CustomStringConvertible {
  case badDatabaseURL(String)
  case badField(String, FieldProblem?)
  case laptopNameTaken(String)
  case noSuchLaptop(String)
  /// An enrolment code unknown, spent or expired (one message: a guesser learns nothing).
  case badCode
  /// The device id is bound to another laptop.
  case deviceTaken
  /// No token, or one not of an enrolled, unrevoked laptop.
  case unauthorized
  /// A laptop pushed the chain of a device not enrolled in its unit.
  case foreignChain(laptop: String, device: String)
  /// The batch failed the bundle's checks (the ledger's message).
  case badBatch(String)

  public var description: String {
    switch self {
    case .badDatabaseURL(let url): return "not a postgres:// address: \(url)"
    case .badField(let field, _): return "bad \(field)"
    case .laptopNameTaken(let name): return "a laptop named \(name) exists"
    case .noSuchLaptop(let name): return "no enrolled laptop named \(name)"
    case .badCode: return "enrolment code unknown, used or expired"
    case .deviceTaken: return "this device is enrolled as another laptop"
    case .unauthorized: return "token unknown or revoked"
    case .foreignChain(let laptop, let device):
      return "laptop \(laptop) pushed events of device \(device.prefix(8)), not of its unit"
    case .badBatch(let detail): return "batch refused: \(detail)"
    }
  }

  /// The HTTP status a refusal answers with.
  public var status: Int {
    switch self {
    case .unauthorized, .badCode: return 401
    case .foreignChain, .deviceTaken: return 403
    case .laptopNameTaken: return 409
    case .noSuchLaptop: return 404
    default: return 400
    }
  }
}
