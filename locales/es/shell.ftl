## The window's frame: the start (ui/src/App.svelte), the navigation and the notices above every
## screen (ui/src/screens/Main.svelte), and the short message at the bottom (components/Toast.svelte).

# While the app starts, before the first screen.
shell-opening = Abriendo Ebb…

# The navigation's tabs (a narrow column on the left, 12rem wide: keep them short).
shell-nav-today = Hoy
shell-nav-log = Anotar un episodio
shell-nav-journal = Diario
shell-nav-timeline = Cronología
shell-nav-insights = Patrones
shell-nav-prep = Preparar la sesión
shell-nav-sessions = Sesiones
shell-nav-settings = Ajustes

# The pause button below the tabs.
shell-take-pause = Hacer una pausa
# Tooltip; Alt+P is the keyboard shortcut.
shell-take-pause-hint = Hacer una pausa (Alt+P)
# The pause button while a pause runs; $time is the time left, e.g. "12:05".
shell-pause-left = Pausa: { $time }
# The pause button when the pause's time has come (it asks whether the two came back to each other).
shell-pause-due = ¿Hora de volver?
shell-lock = Bloquear
# Tooltip; Ctrl+L is the keyboard shortcut (German keyboards say Strg).
shell-lock-hint = Bloquear (Ctrl+L)

# A line above every screen while a pause runs, followed by the button shell-open-pause.
# $time is the clock time the pause ends, e.g. 20:35.
shell-pausing-until = En pausa hasta las { $time }.
shell-open-pause = Ver la pausa

# Shown above every screen when the journal's integrity record is damaged. "Settings → Export"
# names the Settings tab and its Export button.
shell-read-only = Este diario se ha abierto en modo de solo lectura: el registro que Ebb usa para comprobar que no se ha quitado ni cambiado nada está dañado, así que no se puede guardar nada nuevo. Todo lo que escribiste sigue aquí y puedes leerlo. Expórtalo ahora (Ajustes → Exportar) y después restaura una copia desde la carpeta «backups», que está junto al diario.
# Shown above every screen when some records could not be decrypted or checked. $count is how
# many records are damaged; 0 when only the journal's summary failed its check (number unknown).
shell-damaged = { $count ->
    [0] Una parte de este diario no se ha podido leer de forma segura. Todo lo demás está aquí. Es posible que alguna copia de la carpeta «backups», junto al diario, la conserve.
    [one] No se ha podido leer de forma segura { $count } registro de este diario. Todo lo demás está aquí. Es posible que alguna copia de la carpeta «backups», junto al diario, lo conserve.
   *[other] No se han podido leer de forma segura { $count } registros de este diario. Todo lo demás está aquí. Es posible que alguna copia de la carpeta «backups», junto al diario, los conserve.
}

# The × button that closes a short message at the bottom of the window (read by screen readers).
shell-dismiss = Cerrar
