/// Groups cases into matters: pairs that share a key (`MatterLinkProfile.keys`) are scored
/// by the linker, and linked pairs join one cluster (union–find), so a chain of links makes
/// one matter. Each key's bucket is compared only within the window (sorted by time), and at
/// most `WarningRules.maxCandidates` neighbours back, so a large compound stays bounded: only
/// pairs sharing a compound, building or party are ever compared (blocking by key), never all
/// pairs of the window. Places and parties are interned once for the whole run.
public enum MatterLinkClusters {
  /// Clusters of two or more cases, each in time order; the links found, for reasons; and
  /// the pairs compared.
  public static func find(_ profiles: [MatterLinkProfile], linker: MatterLinker)
    -> (clusters: [[MatterLinkProfile]], links: [MatterLink], compared: Int)
  {
    var interner = MatterProfileInterner()
    let codes = profiles.map { interner.codes($0) }
    // Times apart: reading `profiles[i].receivedAt` in a sort's closure copies the profile.
    let times = profiles.map(\.receivedAt)
    var parent = Array(profiles.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    var buckets: [String: [Int]] = [:]
    for (i, p) in profiles.enumerated() {
      for key in p.keys { buckets[key, default: []].append(i) }
    }
    let window = Double(linker.rules.windowDays) * 86_400
    var links: [MatterLink] = []
    // Pairs already compared (another key they share), as one number each.
    var seen = Set<Int>()
    var compared = 0
    for key in buckets.keys.sorted() {
      let members = buckets[key]!.sorted { times[$0] < times[$1] }
      guard members.count > 1 else { continue }
      for (n, j) in members.enumerated() {
        var back = n - 1
        while back >= 0, n - back <= WarningRules.maxCandidates {
          let i = members[back]
          back -= 1
          if times[j].timeIntervalSince(times[i]) > window { break }
          let pair = min(i, j) * profiles.count + max(i, j)
          guard seen.insert(pair).inserted else { continue }
          compared += 1
          guard let link = linker.link(profiles[i], codes[i], profiles[j], codes[j]) else {
            continue
          }
          links.append(link)
          let (ri, rj) = (root(i), root(j))
          if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
        }
      }
    }
    var groups: [Int: [MatterLinkProfile]] = [:]
    for i in profiles.indices { groups[root(i), default: []].append(profiles[i]) }
    let clusters = groups.keys.sorted().compactMap { k -> [MatterLinkProfile]? in
      let g = groups[k]!
      return g.count > 1 ? g.sorted { $0.receivedAt < $1.receivedAt } : nil
    }
    return (clusters, links, compared)
  }
}
