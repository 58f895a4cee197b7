import Foundation
import ShuoshiCore

/// What `verify` found: every device's chain (length and head hash, to compare with other
/// laptops or write down) and each problem, naming the event or case.
public struct VerifyReport: Sendable, Equatable {
  /// One device's chain of events.
  public struct Chain: Sendable, Equatable {
    public var device: String
    public var events: Int
    /// Hash of the last event, hex: equal heads on two laptops mean equal chains.
    public var head: String
  }

  /// One thing wrong, by event or case.
  public enum Problem: Sendable, Equatable {
    /// The event's content no longer matches its hash: edited in the file.
    case altered(event: UUID, device: String, seq: Int64)
    /// Events `from...to` of a device are gone (deleted), found before `before`.
    case missing(device: String, from: Int64, to: Int64, before: UUID?)
    /// The event is out of its place in the device's chain.
    case reordered(event: UUID, device: String, seq: Int64)
    /// The event does not link to its predecessor, which is nowhere in the chain.
    case brokenLink(event: UUID, device: String, seq: Int64)
    /// The personal fields kept apart no longer match the digest in the log.
    case personalAltered(event: UUID)
    /// Personal fields are gone though the resident was not erased.
    case personalMissing(event: UUID)
    /// The case row (or its ledger row) differs from the replay of its events.
    case projectionDiffers(caseID: String, fields: [String])
    /// A case in the log has no row.
    case projectionMissing(caseUUID: UUID)
    /// A case row no event created (or whose uuid is not a uuid).
    case projectionOrphan(caseID: String)
    /// A `case_ledger` row no event created (or whose uuid is not a uuid).
    case ledgerOrphan(caseUUID: String)
    /// Search index rows that belong to no case row.
    case searchOrphans(rows: Int)
    /// A register table (units, grids, households, household_members, people) differs from
    /// the replay of the register's events.
    case registerDiffers(table: String, missing: Int, extra: Int, changed: Int)
    /// SQLite's own check of the file (pages, indexes) failed.
    case damaged(detail: String)

    public func message(_ lang: Lang) -> String {
      let zh = lang == .zh
      func short(_ d: String) -> String { String(d.prefix(8)) }
      func id(_ u: UUID) -> String { u.uuidString.lowercased() }
      switch self {
      case .altered(let e, let d, let s):
        return zh
          ? "记录 \(id(e))（设备 \(short(d)) 第 \(s) 条）被改动过：内容与哈希不符"
          : "event \(id(e)) (device \(short(d)) #\(s)) was altered: content does not match its hash"
      case .missing(let d, let from, let to, let before):
        let range = from == to ? "\(from)" : "\(from)–\(to)"
        let where_ = before.map { zh ? "（在 \(id($0)) 之前）" : " (before \(id($0)))" } ?? ""
        return zh
          ? "设备 \(short(d)) 的第 \(range) 条记录缺失（被删除）\(where_)"
          : "event(s) \(range) of device \(short(d)) are missing (deleted)\(where_)"
      case .reordered(let e, let d, let s):
        return zh
          ? "记录 \(id(e))（设备 \(short(d)) 第 \(s) 条）顺序被调换过"
          : "event \(id(e)) (device \(short(d)) #\(s)) is out of order (reordered)"
      case .brokenLink(let e, let d, let s):
        return zh
          ? "记录 \(id(e))（设备 \(short(d)) 第 \(s) 条）与前一条记录对不上：前面的记录被改动、删除或插入"
          : "event \(id(e)) (device \(short(d)) #\(s)) does not follow its predecessor: an earlier event was changed, removed or inserted"
      case .personalAltered(let e):
        return zh ? "记录 \(id(e)) 的个人信息被改动过" : "personal fields of event \(id(e)) were altered"
      case .personalMissing(let e):
        return zh
          ? "记录 \(id(e)) 的个人信息缺失，但该居民未被删除"
          : "personal fields of event \(id(e)) are missing, but the resident was not erased"
      case .projectionDiffers(let c, let fields):
        return zh
          ? "案件 \(c) 的当前数据与办理记录重放结果不符（\(fields.joined(separator: "、"))）"
          : "case \(c) differs from the replay of its events (\(fields.joined(separator: ", ")))"
      case .projectionMissing(let u):
        return zh ? "案件 \(id(u)) 有办理记录但缺少案件数据" : "case \(id(u)) has events but no row"
      case .projectionOrphan(let c):
        return zh ? "案件 \(c) 没有任何办理记录" : "case \(c) has a row but no events"
      case .ledgerOrphan(let u):
        return zh ? "案件台账行 \(u) 没有任何办理记录" : "case ledger row \(u) has no events"
      case .searchOrphans(let n):
        return zh ? "搜索索引中有 \(n) 行不属于任何案件" : "the search index has \(n) rows without a case"
      case .registerDiffers(let table, let missing, let extra, let changed):
        return zh
          ? "登记册 \(table) 表与登记记录重放结果不符：缺 \(missing) 行、多 \(extra) 行、\(changed) 行内容不同"
          : "register table \(table) differs from the replay of its events: \(missing) missing, \(extra) extra, \(changed) changed"
      case .damaged(let detail):
        return zh
          ? "数据库文件已损坏（SQLite 完整性检查）：\(detail)"
          : "the database file is damaged (SQLite integrity check): \(detail)"
      }
    }
  }

  public var chains: [Chain] = []
  public var eventCount = 0
  public var caseCount = 0
  public var problems: [Problem] = []

  /// Nothing wrong.
  public var ok: Bool { problems.isEmpty }
}
