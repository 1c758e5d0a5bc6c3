## The core's errors (src/error.rs). They reach the terminal and the desktop app as one
## line; they never hold a passphrase, a key or journal text.

error-wrong-passphrase = esa frase de contraseña no abre este diario; revísala e inténtalo de nuevo
error-wrong-recovery-key = esa clave de recuperación no abre este diario; comprueba que sea la que se mostró al crear este diario
# $ids: the damaged records' ids, joined with commas.
error-damaged-records = { $count ->
    [one] 1 registro está dañado o ha sido manipulado
   *[other] { $count } registros están dañados o han sido manipulados
}: { $ids }
error-not-a-journal = { $path } no es un diario de Ebb
error-newer-version = este diario indica que lo creó una versión más reciente de Ebb (formato { $found }); esta versión lee hasta el formato { $supported }. Actualiza Ebb para abrirlo; si ninguna versión más reciente lo creó, el archivo está dañado: restaura una copia desde la carpeta «backups» que está junto a él
error-no-journal = no hay ningún diario en { $path }; crea uno con `ebb init`
error-already-exists = { $path } ya existe; Ebb no lo sobrescribirá
error-locked = el diario está bloqueado
error-not-found = no hay ningún registro con el id { $id }
# $context: what Ebb was doing ("reading /home/…/journal.ebb"); $problem: what the system said.
error-io = { $context }: { $problem }
error-sqlite = la base de datos del diario informó de un error: { $problem }
error-crypto = una operación criptográfica falló de forma inesperada
error-internal = algo falló dentro de Ebb ({ $what }); tu diario no se ha modificado
error-damaged-structure = el archivo del diario está dañado: SQLite no puede leer su estructura. Restaura una copia desde la carpeta «backups» que está junto a él

## What the system said about a file.

io-not-found = no existe ese archivo o carpeta
io-permission-denied = no hay permiso
io-already-exists = ya existe
io-storage-full = el disco está lleno
io-read-only = el disco es de solo lectura
io-is-a-folder = es una carpeta, no un archivo
io-not-a-folder = es un archivo, no una carpeta
io-invalid-data = no se pudo leer su contenido
