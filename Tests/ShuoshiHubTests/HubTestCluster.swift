import Foundation
import Testing

@testable import ShuoshiHub

/// A private cluster for one test. PostgreSQL missing is a failure, not a skip: CI installs
/// it (`.ci/run`), so a test that quietly skipped would hide the hub going untested.
enum HubTestCluster {
  static func start() throws -> HubCluster {
    do { return try HubCluster.start() } catch {
      Issue.record("the hub tests need PostgreSQL (apt-get install postgresql): \(error)")
      throw error
    }
  }
}
