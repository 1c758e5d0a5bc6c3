## Syncing through a folder (src/sync/): what the command line and Settings say about it.
## A "device" is a computer with its own copy of the journal. FOLDER is the command line's
## placeholder for the sync folder, as in its help; the commands themselves stay as they are.

# $device: a device's id; $problem: one of the syncing-file- messages below.
syncing-device-problem = ordenador { $device }: { $problem }
# $problems: one or more syncing-device-problem, joined with "; ".
syncing-files-wrong = algunos archivos de la carpeta de sincronización se cambiaron, quitaron, repitieron o movieron, así que no se aplicó nada de ellos (todo lo demás se sincronizó): { $problems }
syncing-not-yet = este diario todavía no se sincroniza: `ebb sync init CARPETA` lo conecta a una carpeta
syncing-state-unreadable = no se puede leer el registro de sincronización del diario
syncing-versions-unreadable = no se puede leer el registro del diario con las versiones de otros ordenadores
syncing-version-lost = una versión guardada de otro ordenador ha perdido su registro
# $id: the record's id, as the change names it.
syncing-impossible-row = un cambio de la carpeta de sincronización nombra un registro imposible ({ $id })
# What Ebb was doing when the system refused; the system's words follow. $folder: a path.
syncing-cannot-find = no se pudo encontrar { $folder }
syncing-cannot-read = no se pudo leer { $folder }
syncing-cannot-write = no se pudo escribir en la carpeta de sincronización { $folder }
syncing-already-syncs = este diario ya se sincroniza a través de { $folder }; solo puede sincronizarse a través de una carpeta a la vez
syncing-is-a-file = { $folder } es un archivo, no una carpeta
syncing-not-empty = { $folder } no está vacía: elige una carpeta vacía para Ebb. Si contiene el diario de tu otro ordenador, crea a partir de él el diario de este ordenador con `ebb init --from-sync { $folder }`
syncing-no-journal-yet = { $folder } todavía no contiene ningún diario de Ebb: en tu otro ordenador, ejecuta `ebb sync init CARPETA` (o elige la carpeta en Ajustes) y deja que la carpeta llegue a este ordenador
syncing-folder-gone = la carpeta de sincronización { $folder } no está (¿está conectada su unidad?); no se intercambió nada

## What is wrong with one device's change files. "Its" is the device's; $file is the
## number of a change file.

syncing-file-missing = falta su archivo { $file }, pero están los siguientes (se quitó o todavía no ha llegado)
syncing-file-not-ebb = su archivo { $file } no es un archivo de cambios escrito por Ebb
syncing-file-altered = su archivo { $file } se cambió, o se trajo de otro sitio o de la carpeta de otro ordenador
syncing-file-unreadable = no se puede leer su archivo { $file }
syncing-file-out-of-order = su archivo { $file } no sigue al anterior (un archivo repetido, desordenado o de otra copia de la carpeta)
syncing-file-bad-change = su archivo { $file } contiene un cambio que Ebb no puede aceptar
# This computer's own files: $problem is one of the syncing-file- messages above.
syncing-own-files-wrong = { $problem }. Los archivos propios de este ordenador están mal, así que no se intercambió nada. Si este diario se copió de otro ordenador, apártalo y crea de nuevo el diario de este ordenador con `ebb init --from-sync CARPETA`
syncing-journal-older = este diario es más antiguo que lo que este ordenador escribió en la carpeta (archivo { $file }): se restauró desde una copia de seguridad. No se intercambió nada; apártalo y crea de nuevo el diario de este ordenador con `ebb init --from-sync CARPETA`
