## Checks on records and on export files (src/model.rs, src/exchange.rs). Each message is
## one line in the terminal or the app and starts lowercase. Field names (mood, occurred_at,
## auto_lock_minutes…), record types (entry, episode…), ids, codes and the example values
## stay as they are.

# $given: what was given, in quotes ("abc").
valid-record-id = { $given } no es un id de registro válido (un UUID como 0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1)
valid-time = { $given } no es una hora válida; usa RFC 3339 con la diferencia respecto a UTC, por ejemplo 2026-11-22T21:15:00+01:00
valid-date = { $given } no es una fecha válida; usa AAAA-MM-DD, por ejemplo 2026-11-23
# $values: the accepted codes, joined with commas ("pull_away, pursuit").
valid-possible-values = valores posibles: { $values }

## $field below names the record and its field, as "entry <id>: mood" or
## "settings: auto_lock_minutes". Keep it at the very start of the message: an import from
## another app shows what follows the first ": ".

# $low, $high: the limits; $value: the number given.
valid-range = { $field } tiene que estar entre { $low } y { $high }, pero es { $value }
# $record: "episode <id>"; $field and $start_field: field names (return_at, occurred_at);
# $value and $start: their times or dates.
valid-before = { $record }: { $field } ({ $value }) es anterior a { $start_field } ({ $start })
# $record: "practice <id>"; $field: session_id or practice_id; $given: the value, in quotes.
valid-not-record-id = { $record }: { $field } no es un id de registro: { $given }
valid-clock-time = { $field } tiene que ser una hora del día en formato HH:MM (de 00:00 a 23:59), pero es { $given }
# $codes: the language codes, joined with commas ("en, es, de"); null stays as it is.
valid-language = { $field } tiene que ser { $codes } o null, pero es { $given }
# $size and $most: sizes in bytes (always above a million).
valid-text-too-long = { $field } ocupa { $size } bytes; un campo puede ocupar como mucho { $most }
# $items and $most: numbers of items (always above a thousand).
valid-too-many-items = { $field } tiene { $items } elementos; el máximo es { $most }
valid-item-too-long = { $field }: un elemento ocupa { $size } bytes; el máximo es { $most }
valid-empty-tag = { $field }: una etiqueta no puede estar vacía
valid-bad-code = { $field }: { $given } no es un código válido; los códigos solo llevan a-z, 0-9 y _ (64 como mucho), por ejemplo shut_down

## Export files (src/exchange.rs).

# $path: the file.
valid-not-importable = { $path } no es un archivo que Ebb pueda importar
# $most: the largest size, in bytes.
valid-import-too-large = { $path } es más grande de lo que puede ser una exportación de Ebb ({ $most } bytes como máximo)
# $problem: what the JSON library said (in English).
valid-json-write = no se pudo escribir el JSON: { $problem }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[0].mood.
valid-not-an-export = esto no es una exportación válida de Ebb: { $problem }
valid-not-an-export-at = esto no es una exportación válida de Ebb: en { $place }: { $problem }
# "format" is the name of a field in the file; $found and $expected are in quotes.
valid-wrong-format = esto no es una exportación de Ebb: «format» es { $found } y debería ser { $expected }
valid-unread-version = esta exportación tiene la versión de formato { $version }; esta versión de Ebb lee las versiones 1 y 2
valid-id-twice = el id { $id } aparece más de una vez en este archivo
# $place: where in the file (episodes[0], settings); $field: a field's name (return_at).
valid-newer-field = esto no es una exportación válida de Ebb: en { $place }: { $field } es un campo de la versión 2 de la exportación, y este archivo dice que es la versión 1
# A practice has at most one check-in a day. $first, $second, $id, $other: check-in ids;
# $practice: the practice's id; $date: the day, YYYY-MM-DD.
valid-checkins-same-day = los seguimientos { $first } y { $second } son los dos de la práctica { $practice } el { $date }; solo puede haber uno al día
valid-checkin-already = el seguimiento { $id } es de la práctica { $practice } el { $date }, y este diario ya tiene para ese día el seguimiento { $other }; solo puede haber uno al día
valid-no-id = un registro sin id
# $journal_type, $file_type: what the record is, one of entry, episode, session, practice
# and checkin.
valid-id-other-type = el id { $id } es { $journal_type ->
        [entry] una entrada
        [episode] un episodio
        [session] una sesión
        [practice] una práctica
        [checkin] un seguimiento
       *[other] { $journal_type }
    } en este diario, pero { $file_type ->
        [entry] una entrada
        [episode] un episodio
        [session] una sesión
        [practice] una práctica
        [checkin] un seguimiento
       *[other] { $file_type }
    } en el archivo

## What the JSON reader found wrong in a file ($problem of the messages above).
valid-json-syntax = el archivo no es un JSON bien formado
valid-json-eof = el archivo termina antes que su JSON
valid-json-io = no se pudo leer el archivo hasta el final
valid-json-missing-field = falta el campo `{ $field }`
valid-json-unknown-field = campo desconocido `{ $field }`
valid-json-duplicate-field = el campo `{ $field }` aparece dos veces
valid-json-unknown-value = valor desconocido `{ $value }`
valid-json-wrong-value = este valor no es del tipo que se espera aquí (un número, un texto, una lista…)
valid-json-at = { $problem } (línea { $line }, columna { $column })
