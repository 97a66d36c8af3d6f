-- Saved experiments behind share links (/x/{slug}). Plain SQL that both H2 2.x and PostgreSQL read:
-- TEXT is an unbounded character type in both (H2 stores it as a CLOB).
CREATE TABLE saved_experiment (
    -- 22 base64url characters of 128 random bits; the only key to a saved experiment.
    slug       VARCHAR(32) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The spec's canonical JSON, as Specs.toJson writes it.
    spec       TEXT NOT NULL,
    -- A finished or diverged run's recorded results as JSON (see ResultsJson), or NULL.
    results    TEXT
);
