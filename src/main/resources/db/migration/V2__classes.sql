-- Class mode (gradflow.classroom): classes, their students and the runs of their gallery. Plain SQL
-- that both H2 2.x and PostgreSQL read. A class's rows go with it (ON DELETE CASCADE) when the
-- purge of expired classes deletes it.
CREATE TABLE classroom (
    -- 6 characters of JoinCodes.ALPHABET; the key students type.
    code          VARCHAR(6) NOT NULL PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set when the instructor ends the class; NULL while it runs.
    ended_at      TIMESTAMP WITH TIME ZONE,
    -- Raised by every change the pages must follow (moved, locks, sweep, ended).
    version       INTEGER NOT NULL,
    -- 'lesson' or 'experiment', the lesson id or slug, and the spec's canonical JSON.
    target_kind   VARCHAR(16) NOT NULL,
    target_id     VARCHAR(64) NOT NULL,
    target_spec   TEXT NOT NULL,
    -- Locked settings table paths, comma-separated ('' for none).
    locks         TEXT NOT NULL,
    -- The sweep, all NULL when there is none: its setting, range and count as the instructor
    -- gave them, and its values in assignment order, comma-separated.
    sweep_path    VARCHAR(64),
    sweep_from    DOUBLE PRECISION,
    sweep_to      DOUBLE PRECISION,
    sweep_count   INTEGER,
    sweep_values  TEXT
);
CREATE INDEX classroom_by_expiry ON classroom (expires_at);

CREATE TABLE classroom_student (
    id            VARCHAR(32) NOT NULL PRIMARY KEY,
    class_code    VARCHAR(6) NOT NULL REFERENCES classroom (code) ON DELETE CASCADE,
    -- The order of joining, from 0: it picks the sweep value.
    seat          INTEGER NOT NULL,
    nickname      VARCHAR(100) NOT NULL,
    -- Case and compatibility forms folded (Names.key), so that "Ann" and "ANN" are one nickname.
    nickname_key  VARCHAR(200) NOT NULL,
    -- SHA-256 of the student's token in hex; the token itself is stored nowhere.
    token_hash    VARCHAR(64) NOT NULL,
    sweep_value   DOUBLE PRECISION,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT classroom_student_seat UNIQUE (class_code, seat),
    CONSTRAINT classroom_student_nickname UNIQUE (class_code, nickname_key),
    CONSTRAINT classroom_student_token UNIQUE (class_code, token_hash)
);

CREATE TABLE classroom_run (
    -- The run's id; its results are the saved experiment under slug.
    id            VARCHAR(64) NOT NULL PRIMARY KEY,
    class_code    VARCHAR(6) NOT NULL REFERENCES classroom (code) ON DELETE CASCADE,
    student_id    VARCHAR(32) NOT NULL REFERENCES classroom_student (id) ON DELETE CASCADE,
    nickname      VARCHAR(100) NOT NULL,
    slug          VARCHAR(32) NOT NULL,
    sweep_path    VARCHAR(64),
    sweep_value   DOUBLE PRECISION,
    -- Finite numbers only; NULL where there is none (see ClassRun).
    final_loss    DOUBLE PRECISION,
    baseline      DOUBLE PRECISION NOT NULL,
    diverged_at   INTEGER,
    gradient_ratio DOUBLE PRECISION,
    -- Heatmap.toJson: log10 of the last probe's hiddenGrad, non-finite cells as strings.
    heatmap       TEXT NOT NULL,
    hidden        BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX classroom_run_by_class ON classroom_run (class_code, created_at);
