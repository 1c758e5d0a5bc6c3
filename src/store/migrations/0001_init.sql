-- Ebb journal schema 1.
--
-- Nothing here is plaintext journal data. `meta` holds what unlocking needs (the salt, the
-- Argon2id costs, the data key sealed twice); `integrity` holds the sealed summary of every
-- row's id and version; `records` holds one sealed row per entry, episode, session or the
-- settings. Dates, kinds, tags and text all live inside `ciphertext`.

CREATE TABLE meta (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    journal_id   BLOB    NOT NULL,
    kdf_m_kib    INTEGER NOT NULL,
    kdf_t        INTEGER NOT NULL,
    kdf_p        INTEGER NOT NULL,
    salt         BLOB    NOT NULL,
    pass_nonce   BLOB    NOT NULL,
    pass_sealed  BLOB    NOT NULL,
    rec_nonce    BLOB    NOT NULL,
    rec_sealed   BLOB    NOT NULL,
    header_check BLOB    NOT NULL
);

CREATE TABLE integrity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    nonce     BLOB NOT NULL,
    sealed    BLOB NOT NULL
);

CREATE TABLE records (
    id         BLOB    PRIMARY KEY,
    version    INTEGER NOT NULL,
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL
) WITHOUT ROWID;
