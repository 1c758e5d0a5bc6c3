## Checks on records and on export files (src/model.rs, src/exchange.rs). Each message is
## one line in the terminal or the app and starts lowercase. Field names (mood, occurred_at,
## auto_lock_minutes…), record types (entry, episode…), ids, codes and the example values
## stay as they are.

# $given: what was given, in quotes ("abc").
valid-record-id = { $given } ist keine gültige Eintrags-ID (eine UUID wie 0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1)
valid-time = { $given } ist keine gültige Zeitangabe; nutze RFC 3339 mit Zeitverschiebung, z. B. 2026-11-22T21:15:00+01:00
valid-date = { $given } ist kein gültiges Datum; nutze JJJJ-MM-TT, z. B. 2026-11-23
# $values: the accepted codes, joined with commas ("pull_away, pursuit").
valid-possible-values = mögliche Werte: { $values }

## $field below names the record and its field, as "entry <id>: mood" or
## "settings: auto_lock_minutes". Keep it at the very start of the message: an import from
## another app shows what follows the first ": ".

# $low, $high: the limits; $value: the number given.
valid-range = { $field } muss zwischen { $low } und { $high } liegen, ist aber { $value }
# $record: "episode <id>"; $field and $start_field: field names (return_at, occurred_at);
# $value and $start: their times or dates.
valid-before = { $record }: { $field } ({ $value }) liegt vor { $start_field } ({ $start })
# $record: "practice <id>"; $field: session_id or practice_id; $given: the value, in quotes.
valid-not-record-id = { $record }: { $field } ist keine Eintrags-ID: { $given }
valid-clock-time = { $field } muss eine Uhrzeit im Format HH:MM sein (00:00 bis 23:59), ist aber { $given }
# $codes: the language codes, joined with commas ("en, es, de"); null stays as it is.
valid-language = { $field } muss { $codes } oder null sein, ist aber { $given }
# $size and $most: sizes in bytes (always above a million).
valid-text-too-long = { $field } ist { $size } Bytes groß; ein Feld fasst höchstens { $most }
# $items and $most: numbers of items (always above a thousand).
valid-too-many-items = { $field } hat { $items } Elemente; erlaubt sind höchstens { $most }
valid-item-too-long = { $field }: ein Element ist { $size } Bytes groß; erlaubt sind höchstens { $most }
valid-empty-tag = { $field }: ein Schlagwort darf nicht leer sein
valid-bad-code = { $field }: { $given } ist kein gültiger Code; Codes bestehen nur aus a-z, 0-9 und _ (höchstens 64), z. B. shut_down

## Export files (src/exchange.rs).

# $path: the file.
valid-not-importable = { $path } ist keine Datei, die Ebb importieren kann
# $most: the largest size, in bytes.
valid-import-too-large = { $path } ist größer, als ein Ebb-Export sein kann (höchstens { $most } Bytes)
# $problem: what the JSON library said (in English).
valid-json-write = das JSON ließ sich nicht schreiben: { $problem }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[0].mood.
valid-not-an-export = das ist kein gültiger Ebb-Export: { $problem }
valid-not-an-export-at = das ist kein gültiger Ebb-Export: bei { $place }: { $problem }
# "format" is the name of a field in the file; $found and $expected are in quotes.
valid-wrong-format = das ist kein Ebb-Export: „format“ ist { $found }, erwartet wird { $expected }
valid-unread-version = dieser Export hat die Formatversion { $version }; diese Ebb-Version liest die Versionen 1 und 2
valid-id-twice = die ID { $id } kommt in dieser Datei mehr als einmal vor
# $place: where in the file (episodes[0], settings); $field: a field's name (return_at).
valid-newer-field = das ist kein gültiger Ebb-Export: bei { $place }: { $field } ist ein Feld der Exportversion 2, aber diese Datei gibt Version 1 an
# A practice has at most one check-in a day. $first, $second, $id, $other: check-in ids;
# $practice: the practice's id; $date: the day, YYYY-MM-DD.
valid-checkins-same-day = die Check-ins { $first } und { $second } gehören beide zur Übung { $practice } am { $date }; es kann nur einen am Tag geben
valid-checkin-already = der Check-in { $id } gehört zur Übung { $practice } am { $date }, und dieses Tagebuch hat dafür schon den Check-in { $other }; es kann nur einen am Tag geben
valid-no-id = ein Eintrag ohne ID
# $journal_type, $file_type: what the record is, one of entry, episode, session, practice
# and checkin.
valid-id-other-type = die ID { $id } ist in diesem Tagebuch { $journal_type ->
        [entry] ein Tageseintrag
        [episode] eine Episode
        [session] eine Sitzung
        [practice] eine Übung
        [checkin] ein Check-in
       *[other] { $journal_type }
    }, in der Datei aber { $file_type ->
        [entry] ein Tageseintrag
        [episode] eine Episode
        [session] eine Sitzung
        [practice] eine Übung
        [checkin] ein Check-in
       *[other] { $file_type }
    }

## What the JSON reader found wrong in a file ($problem of the messages above).
valid-json-syntax = die Datei ist kein gültiges JSON
valid-json-eof = die Datei endet, bevor ihr JSON zu Ende ist
valid-json-io = die Datei ließ sich nicht bis zum Ende lesen
valid-json-missing-field = das Feld `{ $field }` fehlt
valid-json-unknown-field = unbekanntes Feld `{ $field }`
valid-json-duplicate-field = das Feld `{ $field }` kommt zweimal vor
valid-json-unknown-value = unbekannter Wert `{ $value }`
valid-json-wrong-value = dieser Wert hat hier nicht die erwartete Art (eine Zahl, ein Text, eine Liste …)
valid-json-at = { $problem } (Zeile { $line }, Spalte { $column })
