import Crypto
import Foundation
import ShuoshiCore

/// The operators of a data directory and their sealed copies of the site data key
/// (`keyring.json`, 0600, written durably). A random 32-byte data key is made once at set-up;
/// each operator's PIN or passphrase (scrypt) and the recovery key (HKDF of 160 random bits)
/// each unwrap their own copy, so adding or removing an operator or changing a PIN never
/// re-encrypts data. A directory without the file has no sign-in (stores made before 0.3).
public struct Keyring: Sendable {
  public static let fileName = "keyring.json"

  public let url: URL
  var file: KeyringFile
  /// The scrypt cost of copies sealed from now on (tests use `.minimum`).
  public var kdf: ScryptParams

  public static func url(in directory: DataDirectory) -> URL {
    directory.url.appendingPathComponent(fileName)
  }

  public static func exists(in directory: DataDirectory) -> Bool {
    FileManager.default.fileExists(atPath: url(in: directory).path)
  }

  public var operators: [OperatorInfo] { file.operators.map(Self.info) }

  /// The directory's keyring; nil when it has none.
  public static func load(from directory: DataDirectory, kdf: ScryptParams = .standard)
    throws(KeyringError) -> Keyring?
  {
    let url = url(in: directory)
    guard let handle = FileHandle(forReadingAtPath: url.path) else {
      if FileManager.default.fileExists(atPath: url.path) {
        throw .malformed(path: url.path, detail: "unreadable")
      }
      return nil
    }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: KeyringLimits.maxFileBytes + 1)) ?? Data()
    guard data.count <= KeyringLimits.maxFileBytes else {
      throw .malformed(path: url.path, detail: "over \(KeyringLimits.maxFileBytes) bytes")
    }
    let file: KeyringFile
    do {
      file = try JSONDecoder().decode(KeyringFile.self, from: data)
    } catch {
      throw .malformed(path: url.path, detail: "not JSON of the expected shape")
    }
    if let detail = Self.problem(in: file) { throw .malformed(path: url.path, detail: detail) }
    return Keyring(url: url, file: file, kdf: kdf)
  }

  /// Why a file read is out of bounds, if it is.
  static func problem(in file: KeyringFile) -> String? {
    guard file.format == KeyringFile.formatName, file.version == 1 else {
      return "format \(file.format) \(file.version)"
    }
    guard (1...KeyringLimits.maxOperators).contains(file.operators.count) else {
      return "\(file.operators.count) operators"
    }
    guard file.recovery.isWithinBounds else { return "recovery key parameters" }
    for entry in file.operators {
      guard UUID(uuidString: entry.id) != nil, OperatorRole(rawValue: entry.role) != nil,
        FieldKind.name.problem(in: entry.name) == nil, !entry.name.isEmpty,
        entry.grid.map({ FieldKind.label.problem(in: $0) == nil }) ?? true,
        entry.wrap.isWithinBounds,
        (0...KeyringLimits.maxFailures).contains(entry.failures)
      else { return "operator entry \(entry.id.prefix(36))" }
    }
    guard Set(file.operators.map(\.name)).count == file.operators.count,
      Set(file.operators.map(\.id)).count == file.operators.count
    else { return "repeated operator" }
    return nil
  }

  /// Sets the directory up for sign-in: a new data key, the first operator (片区/街道, so
  /// someone can add the others) and the recovery key, shown once by the caller.
  public static func create(
    in directory: DataDirectory, firstOperator name: String, secret: String,
    kdf: ScryptParams = .standard
  ) throws(KeyringError) -> (Keyring, SignedInOperator, RecoveryKey) {
    let url = url(in: directory)
    if FileManager.default.fileExists(atPath: url.path) { throw .alreadyExists(path: url.path) }
    let first = NewOperator(name: name, role: .street)
    try first.check()
    guard OperatorSecret.isAcceptable(secret) else { throw .weakSecret }
    let dataKey = SymmetricKey(size: .bits256)
    let recovery = RecoveryKey.random()
    let entry = try sealEntry(first, id: UUID().uuidString, secret: secret, key: dataKey, kdf: kdf)
    let recoveryWrap: KeyWrap
    do {
      recoveryWrap = try KeyWrap.seal(
        dataKey, with: .recovery(recovery.bytes), kdf: kdf, context: OperatorEntry.recoveryContext)
    } catch {
      throw .malformed(path: url.path, detail: "\(error)")
    }
    let file = KeyringFile(keyID: keyID(dataKey), recovery: recoveryWrap, operators: [entry])
    let ring = Keyring(url: url, file: file, kdf: kdf)
    try ring.save(existing: .refuse)
    return (ring, SignedInOperator(info: info(entry), dataKey: dataKey), recovery)
  }

  /// Signs `nameOrID` in with their PIN or passphrase. A wrong one is counted in the file;
  /// from the fifth in a row each try must wait (`KeyringLimits.delay`).
  public mutating func signIn(_ nameOrID: String, secret: String, now: Date)
    throws(KeyringError) -> SignedInOperator
  {
    let i = try index(of: nameOrID)
    var entry = file.operators[i]
    if let next = entry.nextTry {
      var until = Date(timeIntervalSince1970: next)
      if until > now + KeyringLimits.maxDelay {
        // Further ahead than the longest wait (clock set back, an edited file): cut to it,
        // and written so, or the wait would move along with the clock.
        until = now + KeyringLimits.maxDelay
        entry.nextTry = until.timeIntervalSince1970
        file.operators[i] = entry
        try save(existing: .replace)
      }
      if now < until { throw .tooSoon(name: entry.name, until: until) }
    }
    let key: SymmetricKey
    do {
      key = try entry.wrap.open(with: .scrypt(secret), context: entry.context)
    } catch .wrongSecret {
      entry.failures = min(entry.failures + 1, KeyringLimits.maxFailures)
      let wait = KeyringLimits.delay(after: entry.failures)
      entry.nextTry = wait > 0 ? (now + wait).timeIntervalSince1970 : nil
      file.operators[i] = entry
      try save(existing: .replace)
      throw .wrongSecret(name: entry.name, failures: entry.failures)
    } catch .tampered {
      throw .tampered(entry.name)
    } catch {
      throw .malformed(path: url.path, detail: "operator entry \(entry.id)")
    }
    guard Self.keyID(key) == file.keyID else { throw .tampered(entry.name) }
    if entry.failures > 0 || entry.nextTry != nil {
      entry.failures = 0
      entry.nextTry = nil
      file.operators[i] = entry
      try save(existing: .replace)
    }
    return SignedInOperator(info: Self.info(entry), dataKey: key)
  }

  /// Adds an operator (片区/街道 only): their copy of the key the signed-in one holds.
  public mutating func add(_ new: NewOperator, secret: String, by actor: SignedInOperator)
    throws(KeyringError) -> OperatorInfo
  {
    if let refusal = RolePolicy.refusal(.manageOperators, by: actor.info.holder) {
      throw .refused(refusal)
    }
    try new.check()
    guard OperatorSecret.isAcceptable(secret) else { throw .weakSecret }
    guard !file.operators.contains(where: { $0.name == new.name }) else {
      throw .duplicateName(new.name)
    }
    guard file.operators.count < KeyringLimits.maxOperators else {
      throw .malformed(path: url.path, detail: "over \(KeyringLimits.maxOperators) operators")
    }
    let entry = try Self.sealEntry(
      new, id: UUID().uuidString, secret: secret, key: actor.dataKey, kdf: kdf)
    file.operators.append(entry)
    try save(existing: .replace)
    return Self.info(entry)
  }

  /// Removes an operator (片区/街道 only); the last 片区/街道 one stays.
  public mutating func remove(_ nameOrID: String, by actor: SignedInOperator)
    throws(KeyringError) -> OperatorInfo
  {
    if let refusal = RolePolicy.refusal(.manageOperators, by: actor.info.holder) {
      throw .refused(refusal)
    }
    let i = try index(of: nameOrID)
    let managers = file.operators.filter { $0.role == OperatorRole.street.rawValue }
    if file.operators[i].role == OperatorRole.street.rawValue, managers.count == 1 {
      throw .lastManager
    }
    let removed = file.operators.remove(at: i)
    try save(existing: .replace)
    return Self.info(removed)
  }

  /// A new PIN or passphrase for the one signed in.
  public mutating func changeSecret(of actor: SignedInOperator, to secret: String)
    throws(KeyringError)
  {
    guard OperatorSecret.isAcceptable(secret) else { throw .weakSecret }
    let i = try index(of: actor.info.id)
    try reseal(at: i, secret: secret, key: actor.dataKey)
  }

  /// Sets a new PIN for `nameOrID` with the recovery key from the safe (the operator forgot
  /// theirs, or every operator is locked out); clears their wrong tries.
  public mutating func recover(
    _ nameOrID: String, recoveryKey typed: String, newSecret: String
  ) throws(KeyringError) -> SignedInOperator {
    guard let recovery = RecoveryKey.parse(typed) else { throw .badRecoveryKey }
    guard OperatorSecret.isAcceptable(newSecret) else { throw .weakSecret }
    let i = try index(of: nameOrID)
    let key: SymmetricKey
    do {
      key = try file.recovery.open(
        with: .recovery(recovery.bytes), context: OperatorEntry.recoveryContext)
    } catch .wrongSecret {
      throw .wrongRecoveryKey
    } catch {
      throw .malformed(path: url.path, detail: "recovery entry")
    }
    guard Self.keyID(key) == file.keyID else { throw .malformed(path: url.path, detail: "key id") }
    try reseal(at: i, secret: newSecret, key: key)
    return SignedInOperator(info: Self.info(file.operators[i]), dataKey: key)
  }

  // MARK: - Inside

  mutating func reseal(at i: Int, secret: String, key: SymmetricKey) throws(KeyringError) {
    var entry = file.operators[i]
    let role = OperatorRole(rawValue: entry.role) ?? .auditor
    let sealed = try Self.sealEntry(
      NewOperator(name: entry.name, role: role, grid: entry.grid), id: entry.id, secret: secret,
      key: key, kdf: kdf)
    entry.wrap = sealed.wrap
    entry.failures = 0
    entry.nextTry = nil
    file.operators[i] = entry
    try save(existing: .replace)
  }

  func index(of nameOrID: String) throws(KeyringError) -> Int {
    let wanted = nameOrID.trimmingCharacters(in: .whitespaces)
    if let i = file.operators.firstIndex(where: { $0.name == wanted || $0.id == wanted }) {
      return i
    }
    throw .noOperator(name: wanted)
  }

  func save(existing: DurableFile.Existing) throws(KeyringError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dataEncodingStrategy = .base64
    let data: Data
    do { data = try encoder.encode(file) } catch {
      throw .malformed(path: url.path, detail: "\(error)")
    }
    do { try DurableFile.write(data, to: url, existing: existing) } catch {
      if case .fileExists = error { throw .alreadyExists(path: url.path) }
      throw .store(error)
    }
  }

  static func sealEntry(
    _ new: NewOperator, id: String, secret: String, key: SymmetricKey, kdf: ScryptParams
  ) throws(KeyringError) -> OperatorEntry {
    let context = OperatorEntry.context(
      id: id, name: new.name, role: new.role.rawValue, grid: new.grid)
    do {
      let wrap = try KeyWrap.seal(key, with: .scrypt(secret), kdf: kdf, context: context)
      return OperatorEntry(
        id: id, name: new.name, role: new.role.rawValue, grid: new.grid, wrap: wrap, failures: 0,
        nextTry: nil)
    } catch {
      throw .malformed(path: "", detail: "scrypt parameters")
    }
  }

  static func info(_ entry: OperatorEntry) -> OperatorInfo {
    OperatorInfo(
      id: entry.id, name: entry.name, role: OperatorRole(rawValue: entry.role) ?? .auditor,
      grid: entry.grid, failures: entry.failures)
  }

  /// Names a data key without revealing it.
  static func keyID(_ key: SymmetricKey) -> String {
    let mac = HMAC<SHA256>.authenticationCode(for: Data("shuoshi key id".utf8), using: key)
    return Hex.encode(Data(mac).prefix(8))
  }
}
