import Foundation
import Testing

@testable import ShuoshiHub

/// The private PostgreSQL cluster every hub test runs on.
@Suite(.serialized) struct HubClusterTests {
  @Test func startsAnswersAndLeavesNothingBehind() async throws {
    let cluster = try HubTestCluster.start()
    let dir = cluster.directory
    let db = HubDatabase(cluster: cluster)
    let answer = try await db.run { client in
      let rows = try await client.query("SELECT current_setting('server_version_num')::int")
      var version = 0
      for try await (v) in rows.decode(Int.self) { version = v }
      return version
    }
    #expect(answer >= 150000)
    // Only the socket reaches it: no TCP listener.
    let listening = try await db.run { client in
      var value = ""
      for try await (v) in try await client.query("SHOW listen_addresses").decode(String.self) {
        value = v
      }
      return value
    }
    #expect(listening == "")
    cluster.stop()
    #expect(!FileManager.default.fileExists(atPath: dir.path))
  }
}
