## The unlock screen (ui/src/screens/Unlock.svelte)

unlock-title = Hola de nuevo
unlock-passphrase = Frase de contraseña
unlock-opening = Abriendo…
unlock-button = Desbloquear
unlock-forgot = ¿La olvidaste? Usa tu clave de recuperación
unlock-wrong-passphrase = Esa frase de contraseña no abre este diario. Comprueba que Bloq Mayús no esté activado e inténtalo de nuevo.
unlock-wrong-recovery-key = Esa clave de recuperación no abre este diario. Revisa cada grupo de letras y números.
unlock-new-passphrases-differ = Las dos frases de contraseña nuevas todavía no coinciden.
unlock-recover-title = Usa tu clave de recuperación
unlock-recover-intro = Escribe la clave que guardaste al crear este diario y elige una nueva frase de contraseña.
unlock-recovery-key = Clave de recuperación
unlock-new-passphrase = Nueva frase de contraseña
unlock-new-passphrase-again = Nueva frase de contraseña, otra vez
unlock-recover-button = Guardar la nueva frase y abrir
unlock-back = Volver a la frase de contraseña
unlock-pause-ended = Tu pausa terminó a las { $time }.
unlock-pausing-until = En pausa hasta las { $time }.
unlock-open-pause = Ver la pausa
unlock-take-pause = Hacer una pausa
unlock-take-pause-hint = Hacer una pausa (Alt+P)
unlock-no-need = No hace falta desbloquear antes.
