internal import PostgresNIO

/// The province's tables and views (the README's "The province's PostgreSQL schema" documents each).
///
/// `events.record` is the zone's stored value byte for byte (previous hash ‖ body ‖ hash), so
/// the chain and the Merkle tree are recomputed from it; the other columns are its fields,
/// for SQL, and `province verify` checks them against it.
public enum ProvinceSchema {
    public static let statements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS zones (
            origin        text PRIMARY KEY,
            zone          text NOT NULL,
            vkey          text,
            registered_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
            origin        text   NOT NULL REFERENCES zones (origin),
            sequence      bigint NOT NULL CHECK (sequence > 0),
            record        bytea  NOT NULL,
            previous_hash bytea  NOT NULL,
            hash          bytea  NOT NULL,
            event_id      text   NOT NULL,
            kind          text   NOT NULL,
            project       text   NOT NULL,
            business_date date   NOT NULL,
            amount_fen    bigint NOT NULL,
            recorded_at   timestamptz NOT NULL,
            batch         bigint NOT NULL,
            name          text   NOT NULL,
            group_name    text   NOT NULL,
            industry      text   NOT NULL,
            investor      text   NOT NULL,
            ref           text   NOT NULL,
            note          text   NOT NULL,
            PRIMARY KEY (origin, sequence)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS checkpoints (
            origin       text   NOT NULL REFERENCES zones (origin),
            tree_size    bigint NOT NULL CHECK (tree_size >= 0),
            root_hash    bytea  NOT NULL,
            note         text   NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (origin, tree_size)
        )
        """,
        // Events that a later void cancelled, and the void itself, are left out.
        """
        CREATE OR REPLACE VIEW live_events AS
        SELECT e.* FROM events e
        WHERE e.kind <> 'void'
          AND NOT EXISTS (SELECT 1 FROM events v WHERE v.origin = e.origin AND v.kind = 'void' AND v.ref = e.event_id)
        """,
        // Each project's first live signing: the quarter it counts in (不重复统计).
        """
        CREATE OR REPLACE VIEW quarter_signings AS
        SELECT origin, extract(year FROM business_date)::int AS year, extract(quarter FROM business_date)::int AS quarter,
               count(*) AS projects, sum(amount_fen)::bigint AS signed_fen
        FROM (SELECT DISTINCT ON (origin, project) * FROM live_events WHERE kind = 'signed' ORDER BY origin, project, sequence) first_signings
        WHERE amount_fen >= 10000000000
        GROUP BY origin, year, quarter
        """,
        // Money put in, by zone and quarter of its business date.
        """
        CREATE OR REPLACE VIEW quarter_disbursements AS
        SELECT origin, extract(year FROM business_date)::int AS year, extract(quarter FROM business_date)::int AS quarter,
               count(*) AS disbursements, sum(amount_fen)::bigint AS disbursed_fen
        FROM live_events WHERE kind = 'disbursed'
        GROUP BY origin, year, quarter
        """,
        // Each zone's latest published checkpoint.
        """
        CREATE OR REPLACE VIEW latest_checkpoints AS
        SELECT DISTINCT ON (origin) origin, tree_size, root_hash, published_at FROM checkpoints ORDER BY origin, tree_size DESC
        """,
    ]
}

extension ProvinceDatabase {
    /// Creates the tables and views when missing, in one transaction.
    public func createSchema() async throws {
        try await transaction {
            for statement in ProvinceSchema.statements { try await run(PostgresQuery(unsafeSQL: statement)) }
        }
    }
}
