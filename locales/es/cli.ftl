## What the command line says to the person at the terminal (src/cli/mod.rs, edit.rs,
## secrets.rs, show.rs). Commands in backticks, option names (--new), placeholders in
## capitals (FOLDER, TEXT, ID), environment variables, field names (started_on) and codes
## (yes, no_chance) stay as they are, except that FOLDER, TEXT and FILE may be written as
## `ebb --help` writes them in your language. Dates are written YYYY-MM-DD, as typed.

## Prompts for a passphrase. The terminal adds a space after each.

cli-msg-prompt-passphrase = Frase de contraseña:
cli-msg-prompt-choose = Elige una frase de contraseña:
cli-msg-prompt-new = Nueva frase de contraseña:
# Asked a second time, to check a new passphrase was typed as meant.
cli-msg-prompt-again = Escríbela otra vez, para comprobarla:
cli-msg-prompt-other-passphrase = Frase de contraseña del diario de tu otro ordenador:
cli-msg-prompt-this-computer = Elige una frase de contraseña para este ordenador:

## Passphrases from a file or the environment. These are error lines: they follow "ebb: ".

# $file: the path given with --passphrase-file. Followed by ": " and what the system said.
cli-msg-read-passphrase-failed = no se pudo leer el archivo de la frase de contraseña { $file }
cli-msg-passphrase-file-not-utf8 = el archivo de la frase de contraseña { $file } no es texto UTF-8
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-env-not-utf8 = { $name } no es UTF-8 válido
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-passphrase-needed = Ebb necesita una frase de contraseña: ejecútalo en una terminal para que te la pida, o usa --passphrase-file ARCHIVO o { $name }
cli-msg-passphrases-differ = las dos frases de contraseña no coinciden; no se ha cambiado nada

## Creating and opening a journal.

# $error: why not, in the words of the error lines.
cli-msg-backup-failed = nota: no se pudo hacer la copia de seguridad automática de hoy: { $error }
# $path: where the new journal file is. A line about the recovery key follows.
cli-msg-created = Se ha creado tu diario en { $path }.
# $file: a path. Followed by ": " and what the system said.
cli-msg-read-recovery-key-failed = no se pudo leer el archivo de la clave de recuperación { $file }
# $file: a path. Followed by ": " and what the system said.
cli-msg-write-recovery-key-failed = no se pudo escribir la clave de recuperación en { $file }
# $file: where the recovery key was written.
cli-msg-recovery-key-in-file = Tu clave de recuperación está en { $file }. Guárdala en un lugar seguro y privado, lejos de este ordenador: es la única forma de volver a entrar si olvidas tu frase de contraseña.
# The recovery key itself is printed after this line.
cli-msg-recovery-key-below = Aquí abajo tienes tu clave de recuperación. Solo se muestra esta vez. Anótala y guárdala en un lugar seguro y privado: es la única forma de volver a entrar si olvidas tu frase de contraseña.
cli-msg-new-recovery-key-ready = Tu nueva clave de recuperación está lista.
cli-msg-recovered = Qué bien tenerte de vuelta. Tu diario ahora se abre con la nueva frase de contraseña; la clave de recuperación también sigue funcionando.
# $path: this computer's new journal file; $folder: the sync folder it came from.
cli-msg-joined = Se ha creado el diario de este ordenador en { $path } a partir de { $folder }. Se abre con la frase de contraseña que elegiste aquí; tu clave de recuperación es la misma que en tu otro ordenador.

## Changing the passphrase and the keys. The sentences of one change are printed one after
## another on a line.

cli-msg-passphrase-changed = Tu frase de contraseña ha cambiado.
# $count: backups made before today (at least 1).
cli-msg-passwd-older-backups = { $count ->
    [one] 1 copia de seguridad de un día anterior se sigue abriendo con la frase de contraseña de ese día.
   *[other] { $count } copias de seguridad de días anteriores se siguen abriendo con la frase de contraseña de su día.
} Si alguien pudiera conocer tu frase de contraseña anterior, ejecuta también `ebb rekey` para cambiar la propia clave.
cli-msg-rekeyed = Cada registro está sellado de nuevo con una clave nueva. Tu frase de contraseña es la misma; tu clave de recuperación anterior ya no abre este diario ni sus copias de seguridad.
cli-msg-old-recovery-key-stops = Tu clave de recuperación anterior ya no abre este diario ni sus copias de seguridad.
# $count: backups made before today (at least 1).
cli-msg-rekey-older-backups = { $count ->
    [one] 1 copia de seguridad de un día anterior solo guarda lo que se escribió hasta ese día, con la clave anterior.
   *[other] { $count } copias de seguridad de días anteriores solo guardan lo que se escribió hasta su día, con la clave anterior.
}
# $folder: the sync folder this journal used.
cli-msg-rekey-left-sync = Este diario ya no se sincroniza a través de { $folder }: los archivos de esa carpeta están sellados con la clave anterior. Para volver a usarlo en tus otros ordenadores, conéctalo a una carpeta nueva y vacía con `ebb sync init CARPETA` y, en cada uno de ellos, crea su diario de nuevo con `ebb init --from-sync CARPETA`.
# $count: backups (at least 1).
cli-msg-backups-not-resealed = { $count ->
    [one] 1 copia de seguridad de antes de un cambio de clave anterior se sigue abriendo con la clave de recuperación de entonces.
   *[other] { $count } copias de seguridad de antes de un cambio de clave anterior se siguen abriendo con la clave de recuperación de entonces.
}
# An error line: `ebb recovery-key` was run without --new.
cli-msg-recovery-key-needs-new = añade --new para sustituir la clave de recuperación (la anterior dejará de funcionar)
# $done, $total: records sealed so far, of all. Redrawn on one line while it runs.
cli-msg-rekey-progress = Volviendo a sellar tus registros: { $done } de { $total }

## Writing and changing records. $date: the day, YYYY-MM-DD.

cli-msg-saved-entry = Se ha guardado tu entrada del { $date }.
cli-msg-saved-session = Se ha guardado tu sesión del { $date }.
cli-msg-logged-episode = Anotado. Darte cuenta es el primer paso.
cli-msg-practice-started = Has empezado esa práctica. Con `ebb checkin ID --done yes` anotas cada día cómo te fue.
cli-msg-practice-ended = Has terminado esa práctica el { $date }.
# $done: the answer as typed, yes, no or no_chance.
cli-msg-checkin-noted = { $done ->
    [yes] Anotado para el { $date }: lo intentaste.
    [no] Anotado para el { $date }: no lo intentaste.
   *[no_chance] Anotado para el { $date }: no hubo ocasión.
}
# $kind: entry, episode, session, practice or check-in.
cli-msg-edited = Se han guardado tus cambios en { $kind ->
    [entry] esa entrada
    [episode] ese episodio
    [session] esa sesión
    [practice] esa práctica
   *[check-in] ese seguimiento
}.
# $kind: entry, episode, session, practice or check-in.
cli-msg-deleted = { $kind ->
    [entry] Se ha borrado esa entrada. Las copias de seguridad hechas hasta ahora todavía la guardan.
    [episode] Se ha borrado ese episodio. Las copias de seguridad hechas hasta ahora todavía lo guardan.
    [session] Se ha borrado esa sesión. Las copias de seguridad hechas hasta ahora todavía la guardan.
    [practice] Se ha borrado esa práctica. Las copias de seguridad hechas hasta ahora todavía la guardan.
   *[check-in] Se ha borrado ese seguimiento. Las copias de seguridad hechas hasta ahora todavía lo guardan.
}
# $option: an option such as --mood; $kind: entry, episode, session, practice or check-in.
cli-msg-edit-option-not-for = { $option } no se aplica a { $kind ->
    [entry] una entrada
    [episode] un episodio
    [session] una sesión
    [practice] una práctica
   *[check-in] un seguimiento
}
# $field: a field name such as homework; $kind as above.
cli-msg-edit-clear-not-for = --clear { $field } no se aplica a { $kind ->
    [entry] una entrada
    [episode] un episodio
    [session] una sesión
    [practice] una práctica
   *[check-in] un seguimiento
}
# $field: what was typed, in quotes; $fields: the field names that can be cleared, with
# commas; $kind as above.
cli-msg-edit-no-such-field = no hay ningún campo { $field } que vaciar; { $kind ->
    [entry] una entrada
    [episode] un episodio
    [session] una sesión
    [practice] una práctica
   *[check-in] un seguimiento
} tiene { $fields }
cli-msg-edit-one-response = una práctica tiene una sola respuesta: usa --response una sola vez
# Should never be seen: a record that cannot be edited.
cli-msg-record-not-object = un registro no es un objeto
# Should never be seen: a record that cannot be edited.
cli-msg-draft-not-object = un borrador no es un objeto
# $time: what was typed, in quotes.
cli-msg-time-not-understood = { $time } no es una hora que Ebb entienda; usa, por ejemplo, "2026-11-22 21:15" o 2026-11-22T21:15:00+01:00
# $time: what was typed, in quotes.
cli-msg-time-does-not-exist = { $time } no existe en tu zona horaria (por un cambio de hora)

## Lists (`ebb list`, `ebb search`, `ebb practice list`): one line per record.

cli-msg-list-empty = Todavía no hay nada. `ebb write "..."` añade tu primera entrada.
# $query: what was searched for, in quotes.
cli-msg-search-empty = Nada coincide con { $query }.
cli-msg-practice-list-empty = Todavía no hay prácticas. `ebb practice add TEXTO` empieza una.
# The column that names each record's type: one short word each.
cli-msg-list-type-entry = entrada
cli-msg-list-type-episode = episodio
cli-msg-list-type-session = sesión
cli-msg-list-type-practice = práctica
cli-msg-list-type-checkin = seguimiento
# An entry's scores: $mood from 1 to 5, the others from 0 to 10.
cli-msg-list-mood = ánimo { $mood }/5
cli-msg-list-closeness = cercanía { $closeness }/10
cli-msg-list-safety = seguridad { $safety }/10
cli-msg-list-intensity = intensidad { $intensity }/10
# Marked to bring to therapy.
cli-msg-list-for-therapy = para terapia
# A practice that ended on $date (YYYY-MM-DD), or one still going on.
cli-msg-list-until = hasta { $date }
cli-msg-list-running = en curso

## Exports, imports, backups, reports.

# $count: records written; $file: the unencrypted file.
cli-msg-exported = { $count ->
    [one] Se ha exportado 1 registro a { $file }.
   *[other] Se han exportado { $count } registros a { $file }.
} Este archivo no está cifrado: guárdalo en un lugar privado.
# $count: entries in the file; $source: the other app (Day One, jrnl, Mini Diarium);
# $added, $updated, $unchanged: how many of them were new, changed, already in the journal.
cli-msg-brought = { $count ->
    [one] Se ha traído 1 entrada
   *[other] Se han traído { $count } entradas
} de { $source } (nuevas: { $added }; actualizadas: { $updated }; ya estaban aquí: { $unchanged }).
# $list: what the other app's file held that Ebb leaves out, such as "2 photos, 1 place".
cli-msg-not-carried = No se ha importado (Ebb guarda tus palabras, no archivos multimedia ni lugares): { $list }.
cli-msg-imported = Importación hecha (nuevos: { $added }; actualizados: { $updated }; ya estaban aquí: { $unchanged }).
# $file: the encrypted copy.
cli-msg-backup-saved = Se ha guardado una copia cifrada en { $file }. Se abre con tu frase de contraseña actual.
cli-msg-report-no-session = Todavía no has anotado ninguna sesión de terapia, así que esto abarca los últimos 28 días. `ebb session` anota una.
# $count: episodes in the summary; $from, $to: its first and last day (YYYY-MM-DD); $file:
# the file written.
cli-msg-report-written = Se ha escrito tu resumen de { $count ->
    [one] 1 episodio
   *[other] { $count } episodios
} (del { $from } al { $to }) en { $file }. No está cifrado: compártelo solo con quien tú elijas.
# $count: every record in the journal.
cli-msg-verified = { $count ->
    [one] El registro está intacto.
   *[other] Los { $count } registros están intactos.
}
# Followed by ": " and what the system said.
cli-msg-write-output-failed = no se pudo escribir la salida

## Syncing between computers.

# $folder: the sync folder.
cli-msg-sync-connected = Este diario ahora se sincroniza a través de { $folder }. Comparte esa carpeta con tu otro ordenador (en Syncthing: añádela allí como carpeta compartida) y luego, en ese ordenador, ejecuta `ebb init --from-sync CARPETA`.
cli-msg-sync-not-connected = este diario no se sincroniza: `ebb sync init CARPETA` lo conecta a una carpeta
# $count: versions kept aside (at least 1). "conflicts" is a name in the export: keep it.
cli-msg-sync-conflicts = { $count ->
    [one] Se ha guardado aparte 1 versión más
   *[other] Se han guardado aparte { $count } versiones más
}: el mismo registro se cambió en dos ordenadores. `ebb export` muestra las otras versiones en «conflicts»; la app las muestra junto a cada registro.
