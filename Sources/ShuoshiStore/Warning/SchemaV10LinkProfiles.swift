import GRDB

/// Migration `v10-link-profiles`: the cases saved but not linked yet. A save marks its case
/// here inside its own transaction (one row); linking runs after the commit in its own short
/// transaction (`CaseStore.linkPending`) and clears the mark. A laptop that dies between the
/// two leaves the mark, and the next upkeep links the case: nothing saved is left unlinked.
/// An older store has no marks (its cases were linked at their saves).
///
/// And each linked case's profile (`MatterLinkProfile.stored`: places, parties, household,
/// bigrams), written with its keys, so candidates are compared without deriving their profiles
/// from the text again. Filled as cases are linked (and by a re-scan), not here: an older
/// store's candidates are derived from their rows until then, and link the same. A change to
/// a field a profile is made from (a correction, an erasure) drops the stored profile, so a
/// stale one — or an erased resident's phone in one — never outlives its case row.
enum SchemaV10LinkProfiles {
  static let identifier = "v10-link-profiles"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE matter_pending (num INTEGER PRIMARY KEY);
        CREATE TABLE matter_profiles (num INTEGER PRIMARY KEY, profile TEXT NOT NULL);
        CREATE TRIGGER matter_profiles_stale AFTER UPDATE OF
          received_at, resident_name, resident_phone, address, household_id, grid_id, text,
          other_parties ON cases
        BEGIN DELETE FROM matter_profiles WHERE num = OLD.num; END;
        CREATE TRIGGER matter_profiles_gone AFTER DELETE ON cases
        BEGIN
          DELETE FROM matter_profiles WHERE num = OLD.num;
          DELETE FROM matter_pending WHERE num = OLD.num;
        END;
        """)
  }
}
