extension HubSchema {
  /// The street office's browser view (issue 17): accounts with scrypt password hashes,
  /// sessions (only the cookie token's SHA-256), and the audit of phone numbers revealed.
  static let web = [
    """
    CREATE TABLE hub_users (
      id bigserial PRIMARY KEY,
      name text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('street', 'unit')),
      unit text REFERENCES units (name),
      -- scrypt$logN$r$p$salt-hex$hash-hex
      password text NOT NULL,
      -- Failed logins in a row; from the fifth on the account waits until locked_until.
      failures integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((role = 'unit') = (unit IS NOT NULL))
    )
    """,
    """
    CREATE TABLE hub_sessions (
      token_hash bytea PRIMARY KEY,
      user_id bigint NOT NULL REFERENCES hub_users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      seen_at timestamptz NOT NULL
    )
    """,
    """
    CREATE TABLE hub_web_audit (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      user_name text NOT NULL,
      action text NOT NULL,
      case_uuid text,
      detail text NOT NULL DEFAULT ''
    )
    """,
    // The report reads the cases received in a month, and the open ones.
    "CREATE INDEX hub_cases_by_received ON hub_cases (received_at)",
  ]
}
