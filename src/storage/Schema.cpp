#include "storage/Schema.h"

namespace certdrill::storage {

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> steps{
        // 0 → 1: profiles, banks, the answer log, memory states, sessions.
        R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE profiles (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
    created_at        INTEGER NOT NULL,
    desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention > 0.0 AND desired_retention < 1.0),
    daily_new_limit   INTEGER NOT NULL DEFAULT 20 CHECK (daily_new_limit BETWEEN 0 AND 10000),
    fsrs_parameters   TEXT CHECK (fsrs_parameters IS NULL OR (json_valid(fsrs_parameters)
                                  AND json_type(fsrs_parameters) = 'array')),
    settings          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings) AND json_type(settings) = 'object')
);

CREATE TABLE exam_dates (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id    TEXT NOT NULL,
    exam_date  TEXT NOT NULL CHECK (date(exam_date) = exam_date),
    PRIMARY KEY (profile_id, bank_id)
) WITHOUT ROWID;

CREATE TABLE banks (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    version      TEXT NOT NULL,
    installed_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE bank_questions (
    bank_id      TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (bank_id, question_id)
) WITHOUT ROWID;

CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    profile_id     INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id        TEXT NOT NULL,
    mode           INTEGER NOT NULL,
    seed           INTEGER NOT NULL,
    config         TEXT NOT NULL CHECK (json_valid(config)),
    question_order TEXT NOT NULL CHECK (json_valid(question_order) AND json_type(question_order) = 'array'),
    position       INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    elapsed_ms     INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    -- each question's choices in the order shown: {"question-id": {"order": [...], "right": [...]}}
    layout         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(layout) AND json_type(layout) = 'object'),
    pauses         INTEGER NOT NULL DEFAULT 0 CHECK (pauses >= 0),
    paused_ms      INTEGER NOT NULL DEFAULT 0 CHECK (paused_ms >= 0),
    resumes        INTEGER NOT NULL DEFAULT 0 CHECK (resumes >= 0),
    status         INTEGER NOT NULL DEFAULT 0,
    started_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    result         TEXT CHECK (result IS NULL OR json_valid(result))
);
CREATE INDEX sessions_open ON sessions (profile_id, bank_id, mode, status);
-- Results history: a profile's finished sessions in time order.
CREATE INDEX sessions_finished ON sessions (profile_id, status, finished_at);

CREATE TABLE session_answers (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    response    TEXT CHECK (response IS NULL OR json_valid(response)),
    flagged     INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    time_ms     INTEGER NOT NULL DEFAULT 0 CHECK (time_ms >= 0),
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (session_id, question_id)
) WITHOUT ROWID;

-- The answer log: append-only. Rows leave only with their profile.
CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    reviewed_at  INTEGER NOT NULL,
    response     TEXT NOT NULL CHECK (json_valid(response)),
    correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    time_ms      INTEGER NOT NULL CHECK (time_ms >= 0),
    guessed      INTEGER NOT NULL DEFAULT 0 CHECK (guessed IN (0, 1)),
    mode         INTEGER NOT NULL,
    session_id   INTEGER
);
-- Covers the replay of a profile's log card by card (rebuild-state reads nothing else).
CREATE INDEX reviews_by_card ON reviews (profile_id, bank_id, question_id, reviewed_at, id, rating);
CREATE INDEX reviews_by_time ON reviews (profile_id, reviewed_at);

CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'the answer log is append-only');
END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
WHEN EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile_id)
BEGIN
    SELECT RAISE(ABORT, 'the answer log is append-only');
END;

-- Derived from reviews; rebuildable at any time.
CREATE TABLE memory_states (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    state       INTEGER NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         INTEGER NOT NULL,
    last_review INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    learning_step  INTEGER NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    ease        REAL NOT NULL,
    streak      INTEGER NOT NULL,
    PRIMARY KEY (profile_id, bank_id, question_id)
) WITHOUT ROWID;
CREATE INDEX memory_states_due ON memory_states (profile_id, bank_id, due);

-- "Report a problem" notes on questions, kept for the bank's authors.
CREATE TABLE problem_reports (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
    bank_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    note         TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
    created_at   INTEGER NOT NULL
);
CREATE INDEX problem_reports_by_bank ON problem_reports (bank_id, question_id);
)sql",
        // 1 → 2: the seed of a generated question, with its answer in the log and in the session
        // (NULL for a question of the bank), so that the very question answered can be shown again.
        R"sql(
ALTER TABLE reviews ADD COLUMN instance_seed INTEGER;
ALTER TABLE session_answers ADD COLUMN instance_seed INTEGER;
)sql",
        // 2 → 3: at most one unfinished session per profile, bank and mode. Starting one abandons the
        // older since schema 2's code; a database from before may hold several. The newest stays
        // open; each older one is abandoned as of the moment the next session of its kind started.
        R"sql(
UPDATE sessions AS s
SET status = 2, finished_at = kind.next_start, updated_at = max(s.updated_at, kind.next_start)
FROM (SELECT id,
             lead(started_at) OVER same_kind AS next_start,
             max(status = 0) OVER (same_kind ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS newer_open
      FROM sessions
      WINDOW same_kind AS (PARTITION BY profile_id, bank_id, mode ORDER BY started_at, id)) AS kind
WHERE s.id = kind.id AND s.status = 0 AND kind.newer_open = 1;
CREATE UNIQUE INDEX sessions_one_open ON sessions (profile_id, bank_id, mode) WHERE status = 0;
)sql",
    };
    return steps;
}

int currentSchemaVersion() { return static_cast<int>(migrations().size()); }

} // namespace certdrill::storage
