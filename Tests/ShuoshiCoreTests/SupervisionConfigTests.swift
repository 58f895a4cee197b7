import Foundation
import Testing

@testable import ShuoshiCore

/// `extension: max_working_days` and `waiting: default_working_days` in data/routing.yaml.
@Suite("Supervision settings in routing.yaml")
struct SupervisionConfigTests {
  static let category = """
    categories:
      - id: a
        zh: 甲
        en: A
        tier: 户
        keywords: 甲
    """

  @Test func readsBothAndDefaultsWithout() throws {
    let rules = try RoutingRules.parse(
      yaml: "extension:\n  max_working_days: 3\nwaiting:\n  default_working_days: 10\n"
        + Self.category, file: "r.yaml")
    #expect(rules.extensionMaxDays == 3)
    #expect(rules.waitDefaultDays == 10)
    let bare = try RoutingRules.parse(yaml: Self.category, file: "r.yaml")
    #expect(bare.extensionMaxDays == 5 && bare.waitDefaultDays == 5)
    // The demo's old rules keep them.
    #expect(rules.withoutUrgentDeadlines().extensionMaxDays == 3)
  }

  @Test func outOfBoundsOrUnknownKeysNameTheirLine() {
    let zero = configError {
      _ = try RoutingRules.parse(
        yaml: "extension:\n  max_working_days: 0\n" + Self.category, file: "r.yaml")
    }
    #expect(zero?.line == 2)
    #expect(zero?.message(.zh).contains("1 到 60 个工作日") == true)
    let huge = configError {
      _ = try RoutingRules.parse(
        yaml: "waiting:\n  default_working_days: 365\n" + Self.category, file: "r.yaml")
    }
    #expect(huge?.line == 2)
    let unknown = configError {
      _ = try RoutingRules.parse(yaml: "waiting:\n  days: 3\n" + Self.category, file: "r.yaml")
    }
    #expect(unknown != nil)
  }
}
