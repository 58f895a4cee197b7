import GRDB

extension Schema {
  /// `v2-register`: the register's projections (units, grids, households and their members,
  /// people), kept from the `*_saved` events in the same transaction; the case columns for
  /// owners and volunteers; indexes for household history, "my cases" and the time bank.
  /// No foreign keys and no unique natural keys: records from several laptops merge by UUID,
  /// and the importer is what keeps one record per address or person.
  static func v2Register(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE units (
          uuid TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          district TEXT,
          data TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX units_by_name ON units(name);

        CREATE TABLE grids (
          uuid TEXT PRIMARY KEY NOT NULL,
          unit_uuid TEXT NOT NULL,
          name TEXT NOT NULL,
          head_uuid TEXT,
          data TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX grids_by_unit ON grids(unit_uuid, name);

        CREATE TABLE households (
          uuid TEXT PRIMARY KEY NOT NULL,
          unit_uuid TEXT NOT NULL,
          grid_uuid TEXT,
          address_key TEXT NOT NULL,
          building TEXT,
          grp TEXT,
          head_name TEXT NOT NULL,
          data TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX households_by_address ON households(address_key, unit_uuid);
        CREATE INDEX households_by_building ON households(unit_uuid, building);
        CREATE INDEX households_by_group ON households(unit_uuid, grp);
        CREATE INDEX households_by_grid ON households(grid_uuid);

        -- One row per member (phone may be ''), plus one with name '' for a household phone
        -- that is no member's: what routing by name and phone looks up.
        CREATE TABLE household_members (
          household_uuid TEXT NOT NULL,
          name TEXT NOT NULL,
          phone TEXT NOT NULL
        );
        CREATE INDEX household_members_by_household ON household_members(household_uuid);
        CREATE INDEX household_members_by_name ON household_members(name);
        CREATE INDEX household_members_by_phone ON household_members(phone);

        CREATE TABLE people (
          uuid TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          phone TEXT NOT NULL,
          roles TEXT NOT NULL, -- ',grid_head,party_volunteer,' for LIKE '%,role,%'
          unit_uuid TEXT,
          grid_uuid TEXT,
          data TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX people_by_unit ON people(unit_uuid);
        CREATE INDEX people_by_grid ON people(grid_uuid);

        ALTER TABLE cases ADD COLUMN assignee_id TEXT;
        ALTER TABLE cases ADD COLUMN volunteer TEXT;
        ALTER TABLE cases ADD COLUMN volunteer_id TEXT;
        CREATE INDEX cases_by_assignee_id ON cases(assignee_id, state, received_at DESC);
        CREATE INDEX cases_by_household ON cases(household_id, received_at DESC);
        CREATE INDEX cases_by_grid ON cases(grid_id, state);
        CREATE INDEX cases_by_volunteer_id ON cases(volunteer_id, state);
        CREATE INDEX events_by_kind ON events(kind, num) WHERE kind IN ('delivered', 'undone');
        """)
  }
}
