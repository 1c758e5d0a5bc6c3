-- Ebb journal schema 2: sync through a folder (SPEC §9). All three tables stay empty until
-- `ebb sync init` or `ebb init --from-sync`.
--
-- Nothing here is plaintext either. `sync_state` is one sealed row: the folder, this
-- device's id and how far it has sent and read. `sync_pending` names the rows written since
-- the last exchange (the ids are the random ids `records` already shows). `sync_heads` holds,
-- sealed, the newest versions of each row that the devices know of: one for a row in step,
-- more while two devices' edits of it are in conflict.

CREATE TABLE sync_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    nonce     BLOB NOT NULL,
    sealed    BLOB NOT NULL
);

CREATE TABLE sync_pending (
    id        BLOB    PRIMARY KEY,
    all_heads INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE sync_heads (
    id     BLOB NOT NULL,
    change BLOB NOT NULL,
    nonce  BLOB NOT NULL,
    sealed BLOB NOT NULL,
    PRIMARY KEY (id, change)
) WITHOUT ROWID;
