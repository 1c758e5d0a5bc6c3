## What the desktop app says outside its window: notifications and the tray
## (src/alarms.rs, src-tauri/src/background.rs). Fixed words only: nothing from the journal.

notify-pause-over = Tu pausa ha terminado. Cuando puedas, vuelve a acercarte a tu pareja.
notify-reminder = ¿Un momento para tu diario?
notify-tray = Ebb sigue aquí, bloqueado, para avisarte cuando llegue la hora. Vuelve a abrirlo desde su icono en la bandeja.
tray-open = Abrir Ebb
tray-pause = Hacer una pausa
tray-quit = Salir de Ebb
shell-choose-again = Ebb solo usa archivos elegidos en su propio diálogo de archivos; vuelve a elegirlo, por favor
shell-could-not-start = Ebb no pudo arrancar: { $problem }
shell-autostart-failed = no se pudo cambiar el inicio automático; comprueba que Ebb puede escribir en ~/.config/autostart
