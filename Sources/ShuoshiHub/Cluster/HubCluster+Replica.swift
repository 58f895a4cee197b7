import Foundation

/// A streaming replica of a private cluster, as docs/HUB.md ("Replica and failover") sets one
/// up on two servers: a replication role and a `pg_hba.conf` line for it on the primary, a
/// standby made with `pg_basebackup -R` into its own directory and started on its own socket,
/// and `pg_ctl promote` when the primary is lost.
extension HubCluster {
  /// The role the standby streams the WAL as.
  public static let replicationUser = "shuoshi_replica"

  /// Lets `replicationUser` stream this cluster's WAL over its socket (and nothing else).
  public func allowReplication() throws {
    // Appending keeps the file's owner and mode (the cluster's owner's, 0600).
    let hba = try FileHandle(
      forWritingTo: URL(fileURLWithPath: dataDirectory).appendingPathComponent("pg_hba.conf"))
    defer { try? hba.close() }
    try hba.seekToEnd()
    try hba.write(contentsOf: Data("local replication \(Self.replicationUser) trust\n".utf8))
    let (exe, args) = command(
      "psql",
      [
        "-h", socketDirectory, "-p", String(port), "-U", Self.user, "-d", Self.database,
        "-v", "ON_ERROR_STOP=1", "-q",
        "-c", "CREATE ROLE \(Self.replicationUser) WITH REPLICATION LOGIN",
        "-c", "SELECT pg_reload_conf()",
      ])
    try HubClusterTools.run(exe, args)
  }

  /// A standby of this cluster: a base backup taken over the replication connection, with the
  /// settings that make it follow (`-R`: `standby.signal` and `primary_conninfo`), started on
  /// a socket in its own directory. It answers read-only queries until promoted.
  public func makeStandby() throws -> HubCluster {
    let standby = try HubCluster(tools: tools, owner: owner)
    do {
      let (exe, args) = standby.command(
        "pg_basebackup",
        [
          "-h", socketDirectory, "-p", String(port), "-U", Self.replicationUser,
          "-D", standby.dataDirectory, "-R", "-X", "stream", "--checkpoint=fast",
        ])
      try HubClusterTools.run(exe, args)
      try standby.launch()
      try standby.waitUntilReady()
    } catch {
      standby.stop()
      throw error
    }
    return standby
  }

  /// Makes this standby a primary (`pg_ctl promote`, waiting until it takes writes).
  public func promote() throws {
    let (exe, args) = command("pg_ctl", ["promote", "-D", dataDirectory, "-w", "-t", "60"])
    try HubClusterTools.run(exe, args)
  }
}
