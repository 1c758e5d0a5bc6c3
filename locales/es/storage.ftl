## The journal file, its keys and backups, and the files Ebb writes (src/files.rs,
## src/crypto.rs, src/store/). One line each, starting lowercase; they follow "error: " in
## the terminal. "The backups folder beside it" is the backups/ folder next to the journal
## file.

# What Ebb was doing when a file could not be read or written: the first half of
# error-io. $path: a file or folder.
store-could-not-read = no se pudo leer { $path }
store-could-not-write = no se pudo escribir { $path }
store-could-not-create = no se pudo crear { $path }
store-could-not-finish = no se pudo terminar { $path }
# $name: a backup's file name.
store-could-not-remove-backup = no se pudo borrar la copia de seguridad antigua { $name }
# $folder: a folder.
store-could-not-make-file = no se pudo crear un archivo en { $folder }
# --journal PATH is the option as typed (PATH as in cli-help's cli-after-help).
store-no-home = no se encuentra tu carpeta personal; indica dónde está el diario con --journal RUTA
store-not-a-recovery-key = eso no es una clave de recuperación
store-not-a-dialog = ese no es un diálogo de archivos que Ebb abra
store-unusable-path = esa ruta de archivo no se puede usar
store-use-the-dialog = elige el archivo con el diálogo de archivos, por favor (una ruta absoluta)
store-not-a-file-name = { $path } no es un nombre de archivo
store-is-a-folder = { $path } es una carpeta; indica un nombre de archivo

## Passphrases and keys (src/crypto.rs).

store-passphrase-too-long = esa frase de contraseña es demasiado larga (más de 4096 bytes)
store-passphrase-empty = la frase de contraseña no puede estar vacía
# $count: the fewest characters a new passphrase may have (8).
store-passphrase-too-short = esa frase de contraseña es demasiado corta: elige una de al menos { $count ->
        [one] 1 carácter
       *[other] { $count } caracteres
    } (unas cuantas palabras que recuerdes funcionan bien)
# m, t and p are the names of Argon2id's settings: $memory in KiB, $passes, $lanes.
store-kdf-out-of-range = los ajustes de la clave del diario (m={ $memory } KiB, t={ $passes }, p={ $lanes }) están fuera de lo que Ebb acepta, así que el archivo está dañado o ha sido manipulado

## A damaged or unusual journal file (src/store/).

store-backup-busy = el diario estuvo ocupado demasiado tiempo; no se pudo terminar la copia de seguridad
store-header-damaged = la cabecera del diario está dañada, así que no se puede desbloquear. Restaura una copia desde la carpeta «backups» que está junto a él
store-key-not-changed = los registros del diario no coinciden con su resumen de integridad, así que la clave no se cambió: antes, restaura una copia desde la carpeta «backups» que está junto a él
store-other-journals-backup = la copia de seguridad de otro diario
# Listed after the ids of damaged records, in error-damaged-records' $ids.
store-summary-mismatch-too = (y la lista de registros del diario no coincide con su resumen de integridad)
store-summary-mismatch = los registros del diario no coinciden con su resumen de integridad: se borró un registro, se devolvió a una versión anterior o se añadió desde otro archivo
store-read-only = el registro de integridad del diario está dañado, así que Ebb lo abrió en modo de solo lectura: no puede saber si se quitó un registro o se devolvió a una versión anterior. Exporta ahora lo que has escrito y después restaura una copia desde la carpeta «backups» que está junto a él
store-foreign-header = la cabecera del diario no corresponde a sus registros: se sustituyó, quizá por la de una copia más antigua, así que Ebb no lo abrirá con esa frase de contraseña. Restaura una copia desde la carpeta «backups» que está junto a él
# save_settings is the name of a function: a mistake in a program calling Ebb.
store-settings-not-a-record = los ajustes se guardan con save_settings
store-id-exists = ya existe un registro con el id { $id }
store-structure-damaged = la estructura del archivo del diario está dañada (la comprobación de SQLite falló). Restaura una copia desde la carpeta «backups» que está junto a él
store-tables-damaged = la estructura del archivo del diario está dañada (sus tablas no son como Ebb las creó). Restaura una copia desde la carpeta «backups» que está junto a él
# WAL is SQLite's write-ahead log; $mode: what SQLite answered (delete, memory…).
store-no-wal = no se pudo pasar el diario al modo WAL (SQLite respondió { $mode })
# Named in place of a damaged record whose id is damaged too; $count: the id's length.
store-row-of-bytes = { $count ->
        [one] fila de 1 byte
       *[other] fila de { $count } bytes
    }
store-summary-damaged = el resumen de integridad del diario está dañado o ha sido manipulado; ejecuta `ebb verify` para ver los detalles

## Sync (src/store/synced.rs).

store-key-file-damaged = un archivo de claves de la carpeta de sincronización está dañado
store-sync-state-damaged = el registro de sincronización del diario está dañado o ha sido manipulado; restaura una copia desde la carpeta «backups» que está junto a él
store-sync-heads-damaged = el registro del diario de las versiones en otros ordenadores está dañado o ha sido manipulado; restaura una copia desde la carpeta «backups» que está junto a él
