## The journal file, its keys and backups, and the files Ebb writes (src/files.rs,
## src/crypto.rs, src/store/). One line each, starting lowercase; they follow "error: " in
## the terminal. "The backups folder beside it" is the backups/ folder next to the journal
## file.

# What Ebb was doing when a file could not be read or written: the first half of
# error-io. $path: a file or folder.
store-could-not-read = { $path } ließ sich nicht lesen
store-could-not-write = { $path } ließ sich nicht schreiben
store-could-not-create = { $path } ließ sich nicht anlegen
store-could-not-finish = { $path } ließ sich nicht fertigstellen
# $name: a backup's file name.
store-could-not-remove-backup = die alte Sicherung { $name } ließ sich nicht löschen
# $folder: a folder.
store-could-not-make-file = in { $folder } ließ sich keine Datei anlegen
# --journal PATH is the option as typed (PATH as in cli-help's cli-after-help).
store-no-home = dein persönlicher Ordner ist nicht zu finden; gib mit --journal PFAD an, wo das Tagebuch liegt
store-not-a-recovery-key = das ist kein Wiederherstellungsschlüssel
store-not-a-dialog = das ist kein Dateidialog, den Ebb öffnet
store-unusable-path = dieser Dateipfad ist nicht brauchbar
store-use-the-dialog = bitte wähle die Datei im Dateidialog aus (ein absoluter Pfad)
store-not-a-file-name = { $path } ist kein Dateiname
store-is-a-folder = { $path } ist ein Ordner; gib einen Dateinamen an

## Passphrases and keys (src/crypto.rs).

store-passphrase-too-long = diese Passphrase ist zu lang (mehr als 4096 Bytes)
store-passphrase-empty = die Passphrase darf nicht leer sein
# $count: the fewest characters a new passphrase may have (8).
store-passphrase-too-short = diese Passphrase ist zu kurz: wähle eine mit mindestens { $count ->
        [one] einem Zeichen
       *[other] { $count } Zeichen
    } (ein paar Wörter, die du dir gut merken kannst, funktionieren gut)
# m, t and p are the names of Argon2id's settings: $memory in KiB, $passes, $lanes.
store-kdf-out-of-range = die Schlüsseleinstellungen des Tagebuchs (m={ $memory } KiB, t={ $passes }, p={ $lanes }) liegen außerhalb dessen, was Ebb akzeptiert; die Datei ist also beschädigt oder wurde verändert

## A damaged or unusual journal file (src/store/).

store-backup-busy = das Tagebuch war die ganze Zeit in Gebrauch; die Sicherung ließ sich nicht abschließen
store-header-damaged = der Kopfbereich des Tagebuchs ist beschädigt, deshalb lässt es sich nicht entsperren. Stelle eine Kopie aus dem Sicherungsordner daneben wieder her
store-key-not-changed = die Einträge des Tagebuchs passen nicht zu seinem Integritätsnachweis, deshalb wurde der Schlüssel nicht geändert: Stelle zuerst eine Kopie aus dem Sicherungsordner daneben wieder her
store-other-journals-backup = die Sicherung eines anderen Tagebuchs
# Listed after the ids of damaged records, in error-damaged-records' $ids.
store-summary-mismatch-too = (und die Eintragsliste des Tagebuchs passt nicht zu seinem Integritätsnachweis)
store-summary-mismatch = die Einträge des Tagebuchs passen nicht zu seinem Integritätsnachweis: Ein Eintrag wurde gelöscht, auf eine ältere Version zurückgesetzt oder aus einer anderen Datei hinzugefügt
store-read-only = der Integritätsnachweis des Tagebuchs ist beschädigt, deshalb hat Ebb es schreibgeschützt geöffnet: Ebb kann nicht erkennen, ob ein Eintrag entfernt oder zurückgesetzt wurde. Exportiere jetzt, was du geschrieben hast, und stelle dann eine Kopie aus dem Sicherungsordner daneben wieder her
store-foreign-header = der Kopfbereich des Tagebuchs gehört nicht zu seinen Einträgen: Er wurde ersetzt, vielleicht durch den einer älteren Kopie, deshalb öffnet Ebb es mit dieser Passphrase nicht. Stelle eine Kopie aus dem Sicherungsordner daneben wieder her
# save_settings is the name of a function: a mistake in a program calling Ebb.
store-settings-not-a-record = Einstellungen werden mit save_settings gespeichert
store-id-exists = es gibt schon einen Eintrag mit der ID { $id }
store-structure-damaged = der Aufbau der Tagebuchdatei ist beschädigt (die Prüfung von SQLite ist fehlgeschlagen). Stelle eine Kopie aus dem Sicherungsordner daneben wieder her
store-tables-damaged = der Aufbau der Tagebuchdatei ist beschädigt (ihre Tabellen sind nicht so, wie Ebb sie angelegt hat). Stelle eine Kopie aus dem Sicherungsordner daneben wieder her
# WAL is SQLite's write-ahead log; $mode: what SQLite answered (delete, memory…).
store-no-wal = das Tagebuch ließ sich nicht in den WAL-Modus schalten (SQLite hat { $mode } geantwortet)
# Named in place of a damaged record whose id is damaged too; $count: the id's length.
store-row-of-bytes = { $count ->
        [one] Zeile mit 1 Byte
       *[other] Zeile mit { $count } Bytes
    }
store-summary-damaged = der Integritätsnachweis des Tagebuchs ist beschädigt oder wurde verändert; führe `ebb verify` aus, um Details zu sehen

## Sync (src/store/synced.rs).

store-key-file-damaged = eine Schlüsseldatei im Sync-Ordner ist beschädigt
store-sync-state-damaged = der Sync-Stand des Tagebuchs ist beschädigt oder wurde verändert; stelle eine Kopie aus dem Sicherungsordner daneben wieder her
store-sync-heads-damaged = die Aufzeichnung des Tagebuchs über die Versionen auf anderen Computern ist beschädigt oder wurde verändert; stelle eine Kopie aus dem Sicherungsordner daneben wieder her
