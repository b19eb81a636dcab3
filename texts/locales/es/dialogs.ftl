TICK = ✅{ " " }
DONE = Listo
CONTINUE = Continuar
# words a member may type for Continue, separated by commas
CONTINUE_WORDS = continuar, seguir, listo, siguiente, continue, done, next
SKIP_HINT = (Opcional: escribe /skip para saltarte esta.)
PROPOSAL_HINT =
    (Entre { $least } y { $most ->
        [one] { $most } carácter
        [many] { $most } de caracteres
       *[other] { $most } caracteres
    }.)
SCALE_HINT = Toca un número del { $low } ({ $low_label }) al { $high } ({ $high_label }).
SCALE_HINT_PLAIN = Toca un número del { $low } al { $high }.
MULTI_HINT = Toca para marcar o desmarcar (hasta { $most }) y luego toca Listo.
MULTI_HINT_MIN = Toca para marcar o desmarcar (de { $least } a { $most }) y luego toca Listo.
INTERESTS_HINT = Toca los temas que te importan, todos los que quieras, y luego toca Listo.
PREVIOUS_ANSWER = Tu respuesta anterior: { $answer }
SKIPPED = (saltada)
NOTHING_SELECTED = (nada marcado)
THANKS = Gracias, apuntado.
PROPOSAL_SAVED = Gracias, tu propuesta está guardada. Los demás podrán votarla.
FEEDBACK_SAVED = Gracias por tu comentario.
SKIPPED_ACK = Vale, saltada.
SAVED_NOTICE = Guardado
TEXT_ONLY = Aquí solo puedo leer texto: escribe tu respuesta, por favor.
TAP_OPTION = Toca una de las opciones de abajo, por favor.
TAP_OPTION_OR_TYPE = Toca una de las opciones de abajo (o escribe una de ellas tal cual), por favor.
SCALE_RANGE = Responde con un número entero del { $low } al { $high }, por favor.
EMPTY_TEXT = Ese mensaje parece vacío: escribe tu respuesta, por favor.
TOO_LONG =
    Es un poco largo: que tenga como máximo { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }, por favor (el tuyo tiene { $length }).
KEPT_TO_SHORTEN = No se pierde nada: aquí tienes lo que escribiste, para copiarlo, acortarlo y enviarlo de nuevo.
TOO_SHORT =
    ¿Puedes escribir un poco más? Usa al menos { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }, por favor.
PROPOSAL_TOO_LONG = Esa propuesta es demasiado larga: que tenga como máximo { $most } caracteres, por favor (la tuya tiene { $length }).
PROPOSAL_TOO_SHORT = Es un poco corta para una propuesta: usa al menos { $least } caracteres, por favor (la tuya tiene { $length }).
TOO_FEW = Elige al menos { $least } antes de tocar Listo, por favor.
TOO_MANY = Puedes elegir como máximo { $most }. Desmarca una primero.
UNKNOWN_OPTION = Esa opción ya no está disponible.
VOTE_CONTINUE = Cuando termines con las propuestas, toca Continuar.
STALE_BUTTON = Esa pregunta ya tiene respuesta: aquí es donde estamos.
INVALID_BUTTON = Ese botón ya no es válido: aquí es donde estamos.
NOTHING_BEFORE = No hay nada a lo que volver: esta es la primera pregunta.
CANNOT_SKIP = Esta pregunta necesita una respuesta, así que no se puede saltar.
UNKNOWN_COMMAND = Ese comando no funciona aquí. Aquí es donde estamos:
ALREADY_STARTED = Ya hemos empezado: aquí es donde estamos.
CHANGED_FLOW = Las preguntas han cambiado desde que empezaste, así que seguimos desde aquí.
SUMMARY_HEAD = Esto es lo que nos dijiste:
SUMMARY_LINE = • { $label }: { $answer }
NO_ANSWERS = Esta vez no respondiste ninguna pregunta.
CLOSING = ¡Gracias por participar! Los organizadores contarán lo que pase después.
FINISHED = Has completado las preguntas de esta sesión. ¡Gracias! Aún puedes usar /proposals, /propose o /feedback.
BACK_AFTER_END = Tus respuestas ya están enviadas, así que las preguntas ya no se pueden cambiar. Lo que aún puedes hacer: cambiar tus votos (/proposals y luego tocar otro botón), añadir una propuesta (/propose) o unas palabras para los organizadores (/feedback), y ver todo lo que nos dijiste (/mydata).
REMINDER_TEXT = Un recordatorio amable de “{ $title }”, cuando tengas un momento:
FOLLOWUP_TEXT = Antes nos dijiste: “{ $quote }”. Gracias por tu sinceridad. ¿Qué lo mejoraría para ti?
ELABORATION_TEXT = Escribiste “{ $quote }”. ¿Nos cuentas un poco más, con un detalle o un ejemplo?
CHAMPION_TEXT =
    ¡Gracias por tus ideas para “{ $title }”! Si conoces a vecinos a los que les gustaría opinar, envíales tu propio enlace:
    { $link }
    
    Reenvía este mensaje o copia el enlace: cuando se unan, sabremos que los trajiste tú.
SIDE_HINT = (Escribe aquí tu respuesta; no cambia tus otras respuestas.)
SIDE_THANKS = Gracias, eso ayuda.
SIDE_DECLINED = De acuerdo.
# what an organiser may type in the /poll form (English is always read), separated by commas
YES_WORDS = sí, si, s
NO_WORDS = no, n
SEND_WORDS = enviar
