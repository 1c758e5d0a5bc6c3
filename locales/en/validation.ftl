## Checks on records and on export files (src/model.rs, src/exchange.rs). Each message is
## one line in the terminal or the app and starts lowercase. Field names (mood, occurred_at,
## auto_lock_minutes…), record types (entry, episode…), ids, codes and the example values
## stay as they are.

# $given: what was given, in quotes ("abc").
valid-record-id = { $given } is not a valid record id (a UUID such as 0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1)
valid-time = { $given } is not a valid time; use RFC 3339 with an offset, e.g. 2026-11-22T21:15:00+01:00
valid-date = { $given } is not a valid date; use YYYY-MM-DD, e.g. 2026-11-23
# $values: the accepted codes, joined with commas ("pull_away, pursuit").
valid-possible-values = possible values: { $values }

## $field below names the record and its field, as "entry <id>: mood" or
## "settings: auto_lock_minutes". Keep it at the very start of the message: an import from
## another app shows what follows the first ": ".

# $low, $high: the limits; $value: the number given.
valid-range = { $field } must be between { $low } and { $high }, got { $value }
# $record: "episode <id>"; $field and $start_field: field names (return_at, occurred_at);
# $value and $start: their times or dates.
valid-before = { $record }: { $field } ({ $value }) is before { $start_field } ({ $start })
# $record: "practice <id>"; $field: session_id or practice_id; $given: the value, in quotes.
valid-not-record-id = { $record }: { $field } is not a record id: { $given }
valid-clock-time = { $field } must be a time of day as HH:MM (00:00 to 23:59), got { $given }
# $codes: the language codes, joined with commas ("en, es, de"); null stays as it is.
valid-language = { $field } must be one of { $codes } or null, got { $given }
# $size and $most: sizes in bytes (always above a million).
valid-text-too-long = { $field } is { $size } bytes; the most one field can hold is { $most }
# $items and $most: numbers of items (always above a thousand).
valid-too-many-items = { $field } has { $items } items; the most is { $most }
valid-item-too-long = { $field }: an item is { $size } bytes; the most is { $most }
valid-empty-tag = { $field }: a tag cannot be empty
valid-bad-code = { $field }: { $given } is not a valid code; codes use only a-z, 0-9 and _ (at most 64), e.g. shut_down

## Export files (src/exchange.rs).

# $path: the file.
valid-not-importable = { $path } is not a file Ebb can import
# $most: the largest size, in bytes.
valid-import-too-large = { $path } is larger than any Ebb export can be ({ $most } bytes at most)
# $problem: what the JSON library said (in English).
valid-json-write = could not write JSON: { $problem }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[0].mood.
valid-not-an-export = this is not a valid Ebb export: { $problem }
valid-not-an-export-at = this is not a valid Ebb export: at { $place }: { $problem }
# "format" is the name of a field in the file; $found and $expected are in quotes.
valid-wrong-format = this is not an Ebb export: "format" is { $found }, expected { $expected }
valid-unread-version = this export is format version { $version }; this version of Ebb reads versions 1 and 2
valid-id-twice = the id { $id } appears more than once in this file
# $place: where in the file (episodes[0], settings); $field: a field's name (return_at).
valid-newer-field = this is not a valid Ebb export: at { $place }: { $field } is a field of export version 2, and this file says version 1
# A practice has at most one check-in a day. $first, $second, $id, $other: check-in ids;
# $practice: the practice's id; $date: the day, YYYY-MM-DD.
valid-checkins-same-day = check-ins { $first } and { $second } are both for practice { $practice } on { $date }; there can be one a day
valid-checkin-already = check-in { $id } is for practice { $practice } on { $date }, which this journal already has as check-in { $other }; there can be one a day
valid-no-id = a record without an id
# $journal_type, $file_type: what the record is, one of entry, episode, session, practice
# and checkin.
valid-id-other-type = the id { $id } is { $journal_type ->
        [entry] an entry
        [episode] an episode
       *[other] a { $journal_type }
    } in this journal but { $file_type ->
        [entry] an entry
        [episode] an episode
       *[other] a { $file_type }
    } in the file

## What the JSON reader found wrong in a file ($problem of the messages above).
valid-json-syntax = the file is not well-formed JSON
valid-json-eof = the file ends before its JSON does
valid-json-io = the file could not be read to its end
# $field is a field's name in the file, as written there.
valid-json-missing-field = missing field `{ $field }`
valid-json-unknown-field = unknown field `{ $field }`
valid-json-duplicate-field = the field `{ $field }` appears twice
# $value is the value found, e.g. sideways for a kind.
valid-json-unknown-value = unknown value `{ $value }`
valid-json-wrong-value = this value is not of the kind expected here (a number, text, a list…)
# $problem is one of the messages above; $line and $column say where in the file.
valid-json-at = { $problem } (line { $line }, column { $column })
