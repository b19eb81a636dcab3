BUSY_RETRY = Lo siento, algo falló por mi parte. Vuelve a intentarlo en un momento.
TOO_FAST = Eso fue más rápido de lo que puedo leer. Me salté lo que llegó demasiado rápido: envíalo de nuevo en unos segundos.
MENU_SET = Su menú de comandos en Telegram ya muestra lo que puede usar.
MENU_AT_NEXT_START = Su menú de comandos en Telegram cambiará la próxima vez que arranque el bot (no se pudo cambiar desde aquí: falta TELEGRAM_BOT_TOKEN o Telegram no respondió).
