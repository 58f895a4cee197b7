import ShuoshiCore

/// Why the store could not do what was asked. Each says itself in Chinese and English and
/// carries the exit code the command line uses.
public enum StoreError: LocalizedMessage, Equatable {
  /// The file exists but is not SQLite at all (another program's file, or garbage).
  case notADatabase(path: String)
  /// SQLite, but not ours.
  case foreignDatabase(path: String)
  /// An empty file where the database should be: refuse rather than silently start afresh.
  case emptyFile(path: String)
  case corrupt(path: String, detail: String)
  /// Written by a newer shuoshi than this one.
  case newerSchema(path: String, found: String)
  case noDataDirectory(path: String)
  /// Nothing has been saved in this data directory yet.
  case noStore(path: String)
  case readOnly(path: String)
  case diskFull(path: String)
  /// An output file is already there; it was left untouched (replace it with `--force`).
  case fileExists(path: String)
  case notFound(id: String)
  case ambiguous(id: String, matches: [String])
  /// `init --laptop`: another laptop's cases here already carry this letter.
  case laptopTaken(letter: String, device: String)
  case engine(EngineError)
  case io(path: String, detail: String)
  /// The next reading of this laptop's clock would leave what a clock can hold
  /// (`HLC.physicalRange`): refused rather than wrapped.
  case clockOutOfRange(physical: Int64)
  /// No unit, grid, household or person of the register answers to `id`.
  case noRecord(RegisterRecordKind, id: String)
  /// The household has no member of that name.
  case noMember(name: String, household: String)
  /// Several records answer to `id`.
  case ambiguousRecord(RegisterRecordKind, id: String, matches: [String])
  /// A register file was refused; nothing was imported.
  case importRefused(ImportError)
  /// A 排查 round (or a case linked to one) was refused.
  case surveyRound(SurveyRoundError)
  /// The signed-in operator's role does not allow the step (`RolePolicy`); names the role needed.
  case roleRefused(RoleRefusal)
  /// An encrypted data directory: a failed page check, a missing or wrong key (issue 16).
  case encryption(EncryptionProblem)

  public var exitCode: Int32 {
    switch self {
    case .laptopTaken: return 2
    case .notFound, .ambiguous, .noRecord, .noMember, .ambiguousRecord: return 3
    case .importRefused: return 10
    case .surveyRound(let e): return e.exitCode
    case .roleRefused: return 12
    case .encryption(let e): return e.exitCode
    case .engine: return 4
    case .clockOutOfRange: return 9
    case .notADatabase, .foreignDatabase, .emptyFile, .corrupt, .newerSchema: return 5
    case .noStore: return 3
    case .noDataDirectory, .readOnly, .diskFull, .fileExists, .io: return 6
    }
  }

  public func message(_ lang: Lang) -> String {
    let zh = lang == .zh
    switch self {
    case .surveyRound(let e):
      return e.message(lang)
    case .notADatabase(let p):
      return zh
        ? "“\(p)”不是说事数据库（不是 SQLite 文件），已拒绝打开，文件未改动"
        : "\(p) is not a shuoshi database (not an SQLite file); refused, file left untouched"
    case .foreignDatabase(let p):
      return zh
        ? "“\(p)”是其他程序的 SQLite 数据库，不是说事数据库，已拒绝打开，文件未改动"
        : "\(p) is another program's SQLite database, not shuoshi's; refused, file left untouched"
    case .emptyFile(let p):
      return zh
        ? "数据库文件“\(p)”是空文件（0 字节），可能已损坏；请从备份恢复或移走该文件"
        : "database file \(p) is empty (0 bytes), probably damaged; restore a backup or move it away"
    case .corrupt(let p, let detail):
      return zh
        ? "数据库文件“\(p)”已损坏（\(detail)），已拒绝打开；请从备份恢复"
        : "database file \(p) is corrupt (\(detail)); refused; restore a backup"
    case .newerSchema(let p, let found):
      return zh
        ? "数据库“\(p)”由更新版本的说事写入（结构版本 \(found)），请升级本程序"
        : "database \(p) was written by a newer shuoshi (schema \(found)); please upgrade"
    case .noDataDirectory(let p):
      return zh ? "无法创建数据目录“\(p)”" : "cannot create data directory \(p)"
    case .noStore(let p):
      return zh
        ? "数据目录“\(p)”里还没有数据（先用 add 登记案件，或用 demo 生成演示数据）"
        : "no data in \(p) yet (take in a case with add, or create a demo with demo)"
    case .readOnly(let p):
      return zh
        ? "数据目录“\(p)”只读，无法保存；已有数据未改动"
        : "data directory \(p) is read-only; cannot save; existing data untouched"
    case .diskFull(let p):
      return zh
        ? "磁盘已满，无法写入“\(p)”；本次操作未保存，已有数据完好。请腾出磁盘空间后重试"
        : "disk full, cannot write \(p); this change was not saved, earlier data intact. Free some disk space and try again"
    case .fileExists(let p):
      return zh
        ? "文件“\(p)”已存在，未改动；要替换它请加 --force，或换一个文件名"
        : "file \(p) already exists and was left untouched; add --force to replace it, or choose another name"
    case .notFound(let id):
      return zh ? "找不到案件“\(id)”" : "no case \(id)"
    case .laptopTaken(let letter, let device):
      return zh
        ? "电脑代号 \(letter) 已由本站另一台电脑（设备 \(device)）使用，本机案件编号会与它重号；请换一个代号"
        : "laptop letter \(letter) is already used by another laptop of this site (device \(device)); its case numbers would repeat. Choose another letter"
    case .ambiguous(let id, let matches):
      return zh
        ? "“\(id)”匹配多个案件：\(matches.joined(separator: "、"))"
        : "\(id) matches several cases: \(matches.joined(separator: ", "))"
    case .engine(let e):
      return e.message(lang)
    case .clockOutOfRange(let physical):
      return zh
        ? "本机账本的时钟已到 \(Millis.describe(physical))，超出可记录的范围，无法再写入新记录；请运行 shuoshi verify 并联系维护人员"
        : "this ledger's clock has reached \(Millis.describe(physical)), beyond what it can record; no new event can be written: run shuoshi verify and ask for support"
    case .io(let p, let detail):
      return zh ? "读写“\(p)”失败：\(detail)" : "cannot read or write \(p): \(detail)"
    case .noRecord(let kind, let id):
      return zh ? "台账中找不到\(kind.name(.zh))“\(id)”" : "no \(kind.name(.en)) \(id) in the register"
    case .noMember(let name, let household):
      return zh
        ? "住户“\(household)”中没有成员“\(name)”" : "household \(household) has no member \(name)"
    case .ambiguousRecord(let kind, let id, let matches):
      return zh
        ? "“\(id)”匹配多个\(kind.name(.zh))：\(matches.joined(separator: "、"))"
        : "\(id) matches several \(kind.name(.en)): \(matches.joined(separator: ", "))"
    case .importRefused(let e):
      return e.message(lang)
    case .roleRefused(let r):
      return r.message(lang)
    case .encryption(let e):
      return e.message(lang)
    }
  }
}
