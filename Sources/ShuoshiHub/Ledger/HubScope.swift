import Foundation
import PostgresNIO

/// Which device chains a pull may send a laptop. A unit laptop holds its own unit's cases only:
/// it receives the chains of its unit's devices and of the street office's devices (whose
/// events may touch its unit; those of other units come without their personal records), never
/// another unit's laptops' chains — at 50 laptops that is a twentieth of the street's events,
/// not all of them. The street office receives every chain. A chain is always sent whole.
enum HubScope {
  /// Each device in `laptop`'s scope with the hub's top sequence number of its chain (0: none
  /// yet), in device order.
  static func deviceTops(for laptop: HubLaptop, _ client: PostgresClient) async throws
    -> [(device: String, top: Int64)]
  {
    var tops: [(device: String, top: Int64)] = []
    let query: PostgresQuery =
      laptop.street
      // Every device the hub holds, by a skip scan of the (device, seq) index and then each
      // one's top: a few index probes per device, where GROUP BY would read every event.
      ? """
      WITH RECURSIVE d AS (
        SELECT min(device) AS device FROM events
        UNION ALL
        SELECT (SELECT min(device) FROM events WHERE device > d.device) FROM d
        WHERE d.device IS NOT NULL)
      SELECT device, (SELECT max(seq) FROM events e WHERE e.device = d.device) FROM d
      WHERE device IS NOT NULL ORDER BY device
      """
      // Only enrolled devices can push, so the laptops table names every chain there is.
      : """
      SELECT l.device, COALESCE((SELECT max(seq) FROM events e WHERE e.device = l.device), 0)
      FROM laptops l JOIN units u ON u.name = l.unit
      WHERE l.device IS NOT NULL AND (l.unit = \(laptop.unit) OR u.street)
      ORDER BY l.device
      """
    for try await (device, top) in try await client.query(query).decode((String, Int64).self) {
      tops.append((device, top))
    }
    return tops
  }
}
