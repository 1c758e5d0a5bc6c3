## What the use cases say (src/app/): errors the desktop app and the command line show as
## one line. They start in lowercase, as the command line's lines do.

# $existing and $wanted: the kind of record, as a code: entry, episode, session, practice
# or checkin.
app-wrong-type = ese id pertenece a { $existing ->
    [entry] una entrada del día
    [episode] un episodio
    [session] una sesión
    [practice] una práctica
    [checkin] un seguimiento de práctica
   *[other] { $existing }
}, no a { $wanted ->
    [entry] una entrada del día
    [episode] un episodio
    [session] una sesión
    [practice] una práctica
    [checkin] un seguimiento de práctica
   *[other] { $wanted }
}
app-undo-gone = ese borrado ya no se puede deshacer
# $from and $to: days as YYYY-MM-DD.
app-range-backwards = el periodo empieza ({ $from }) después de terminar ({ $to })
app-range-backwards-plain = el periodo empieza después de terminar
app-range-too-long = elige un periodo de diez años como mucho
# The preparation screen's range.
app-prep-range = elige un periodo que empiece antes de terminar, de diez años como mucho
# Before a new data key, the records changed on two computers must be settled. "Journal" is
# the app's screen of that name.
app-rekey-conflicts = { $count ->
    [one] 1 registro se cambió en dos ordenadores y tiene guardadas las dos versiones
   *[other] { $count } registros se cambiaron en dos ordenadores y tienen guardadas las dos versiones
}: elige primero entre ellas (la pantalla «Diario» de la app las muestra una junto a otra) y después cambia la clave
# A record that is not one of the day's entries, episodes or sessions (an internal slip).
app-settings-apart = los ajustes se guardan aparte
# $min and $max: the shortest and longest pause; $minutes: the length asked for.
app-pause-minutes = una pausa dura entre { $min } y { $max } minutos, no { $minutes }
# $id: a record's id.
app-not-an-episode = { $id } no es un episodio
app-not-a-practice = { $id } no es una práctica
app-no-session = no hay ninguna sesión { $id } en este diario
app-no-practice = no hay ninguna práctica { $id } en este diario
# A check-in outside the days the practice runs. $start, $end and $date: days as YYYY-MM-DD.
app-checkin-before-start = esa práctica empieza el { $start }, después del { $date }; los seguimientos son para los días en que está en marcha
app-checkin-after-end = esa práctica terminó el { $end }, antes del { $date }; los seguimientos son para los días en que está en marcha
# $practice and $checkin: ids; $date: a day as YYYY-MM-DD.
app-checkin-twice = la práctica { $practice } ya tiene el seguimiento { $checkin } el { $date }; solo puede haber uno al día
# $problem: what went wrong, as the JSON library says it.
app-report-json = no se pudo escribir el resumen: { $problem }
# $codes: the codes of the languages Ebb speaks ("en, es, de"); $got: what was given, quoted.
app-language-unknown = el idioma tiene que ser uno de estos: { $codes }; se ha indicado { $got }
# --from and --to are the command line's options (not translated); $from and $to: days.
app-report-range = --from ({ $from }) es posterior a --to ({ $to })
app-version-gone = esa versión ya no está guardada; puede que ya se haya resuelto en otro ordenador
# $values: the accepted values, as typed ("markdown, html, json"; not translated).
app-possible-values = valores posibles: { $values }
