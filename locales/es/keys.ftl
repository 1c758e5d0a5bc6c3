## What a change of passphrase or key did (ui/src/lib/keychange.ts, shown in Settings). The
## sentences that apply are shown one after another in a single paragraph.

keys-passphrase-changed = Tu frase de contraseña ha cambiado.
# $count backups (at least 1) were made before today; each opens with the passphrase it was made under.
keys-passphrase-older-backups = { $count ->
    [one] { $count } copia de seguridad hecha antes de hoy se sigue abriendo con la frase de contraseña de su día. Si alguien pudiera conocer tu frase de contraseña anterior, cambia también la propia clave, aquí abajo.
   *[other] { $count } copias de seguridad hechas antes de hoy se siguen abriendo con la frase de contraseña de su día. Si alguien pudiera conocer tu frase de contraseña anterior, cambia también la propia clave, aquí abajo.
}
keys-recovery-new = Aquí tienes tu nueva clave de recuperación. La anterior ya no abre este diario ni sus copias de seguridad.
# After a new data key ("the key itself"): every record is encrypted again.
keys-rekey-done = Cada registro vuelve a estar sellado con una clave nueva, y tu frase de contraseña sigue siendo la misma. Tu clave de recuperación anterior ya no abre nada; aquí tienes la nueva.
keys-rekey-older-backups = { $count ->
    [one] { $count } copia de seguridad hecha antes de hoy solo contiene lo que se escribió hasta entonces, con la clave antigua.
   *[other] { $count } copias de seguridad hechas antes de hoy solo contienen lo que se escribió hasta entonces, con la clave antigua.
}
# $folder is the sync folder's path. "Use Ebb on more than one computer" is the heading of that part of Settings.
keys-left-sync = Tu diario ya no se sincroniza a través de { $folder }: los archivos de allí están sellados con la clave antigua. Para volver a usarlo en tus otros ordenadores, elige una carpeta nueva y vacía en «Usar Ebb en más de un ordenador» y, en cada uno de ellos, vuelve a traer el diario desde ella.
keys-not-resealed = { $count ->
    [one] { $count } copia de seguridad de antes de un cambio de clave anterior se sigue abriendo con la clave de recuperación de entonces.
   *[other] { $count } copias de seguridad de antes de un cambio de clave anterior se siguen abriendo con la clave de recuperación de entonces.
}
