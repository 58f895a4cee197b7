import GRDB

/// Migration `v9-rounds`: the `survey_rounds` table, projected from `round_recorded` events
/// (entity = the round), and the indexes that rebuild it after an import and count the cases
/// each round found. No store before this one holds a round, so nothing is backfilled.
enum SchemaV9Rounds {
  static let identifier = "v9-rounds"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE survey_rounds (
          uuid TEXT PRIMARY KEY NOT NULL,
          grid_uuid TEXT NOT NULL,
          day TEXT NOT NULL,
          households INTEGER NOT NULL,
          zero_report INTEGER NOT NULL,
          recorder TEXT NOT NULL,
          recorded_at INTEGER NOT NULL,
          data TEXT NOT NULL
        );
        CREATE INDEX survey_rounds_by_grid_day ON survey_rounds(grid_uuid, day);
        CREATE INDEX survey_rounds_by_day ON survey_rounds(day);
        CREATE INDEX events_rounds ON events(hlc, device, seq) WHERE kind = 'round_recorded';
        CREATE INDEX events_created_by_round ON events(json_extract(data, '$.surveyRound'))
          WHERE kind = 'created' AND json_extract(data, '$.surveyRound') IS NOT NULL;
        """)
  }
}
