POLL_HEADER = 📊 Encuesta n.º { $id } de “{ $title }”
POLL_SINGLE = Elige una opción; puedes cambiarla hasta que cierre la encuesta.
POLL_MULTI = Elige las opciones que quieras; toca otra vez para quitar una. Puedes cambiarlas hasta que cierre la encuesta.
POLL_ANONYMOUS = Esta encuesta es anónima: nadie ve quién eligió qué.
POLL_COUNTS_LATER = Los resultados se muestran cuando cierre.
POLL_VISIBLE = Los organizadores ven quién eligió qué.
RESULTS_HIDDEN =
    Encuesta n.º { $id } (abierta, anónima): { $question }
    Sus resultados se muestran cuando cierre, para que nadie pueda saber quién eligió qué según cuándo cambian las cifras (pídelos con --live para verlos según llegan).
POLL_CLOSES = Cierra el { $when }.
POLL_USAGE =
    Uso: /poll <código> <pregunta> | <opción> | <opción> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    O envía /poll solo para un formulario paso a paso.
POLL_ERRORS__usage =
    Uso: /poll <código> <pregunta> | <opción> | <opción> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    O envía /poll solo para un formulario paso a paso.
POLL_ERRORS__question_empty = La pregunta está vacía.
POLL_ERRORS__question_long =
    La pregunta es demasiado larga: como máximo { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }.
POLL_ERRORS__option_empty = Una de las opciones está vacía.
POLL_ERRORS__option_long =
    Una opción es demasiado larga: como máximo { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    } cada una.
POLL_ERRORS__option_duplicate = Hay dos opciones iguales.
POLL_ERRORS__option_count = Una encuesta necesita entre { $low } y { $high } opciones.
POLL_ERRORS__closes_missing = --closes necesita una hora, como --closes 2h o --closes friday 18:00.
POLL_ERRORS__to_missing = --to necesita el nombre de uno de los segmentos de la sesión, como --to night_walkers (/segments <código> los lista).
POLL_ERRORS__to_bad = Toca uno de los segmentos o Todos (o escribe el nombre de un segmento).
POLL_ERRORS__closes_bad = No entiendo la hora de cierre “{ $given }”. Escribe una duración (2h, 3d), un día y una hora (tomorrow 18:00, friday 9:30, 12 May 18:00) o una hora (18:00).
POLL_ERRORS__closes_range = La hora de cierre debe estar entre 1 minuto y 60 días a partir de ahora.
POLL_ERRORS__closes_past = Esa hora de cierre ya pasó: elige una posterior.
POLL_ERRORS__yes_no = Responde sí o no (o toca un botón de arriba).
POLL_ERRORS__confirm = Toca Enviar (o escribe “enviar”) para lanzar la encuesta, o /cancel.
POLL_NOT_OPEN_SESSION = Las encuestas solo van a sesiones abiertas: “{ $title }” está { $status }.
POLL_CREATED =
    La encuesta n.º { $id } va de camino a { $members ->
        [one] { $members } miembro
        [many] { $members } de miembros
       *[other] { $members } miembros
    }{ $group }. Mira los resultados con /results { $code } { $id }; ciérrala con /closepoll { $code } { $id }.
POLL_GROUP = { " " }y al chat del grupo
POLL_CREATED_TO =
    La encuesta n.º { $id } va de camino a { $members ->
        [one] { $members } participante
        [many] { $members } de participantes
       *[other] { $members } participantes
    } del segmento { $name } (no al chat del grupo). Mira los resultados con /results { $code } { $id }; ciérrala con /closepoll { $code } { $id }.
POLL_CREATED_FOR_NOBODY = La encuesta n.º { $id } está creada y no se envió a nadie. Mira los resultados con /results { $code } { $id }; ciérrala con /closepoll { $code } { $id }.
FORM_PROMPTS__code = Vamos a crear una encuesta. ¿Para qué sesión es? Tócala o envía su código (/sessions las muestra). Envía /cancel en cualquier momento para parar.
FORM_PROMPTS__question = ¿Cuál es la pregunta?
FORM_PROMPTS__options = Envía las opciones (de 2 a 10): una por mensaje, o varias en un mensaje, una por línea. Envía /done después de la última.
FORM_PROMPTS__multi = ¿Pueden los miembros elegir más de una opción?
FORM_PROMPTS__anonymous = ¿Debe ser anónima la encuesta, para que nadie vea quién eligió qué?
FORM_PROMPTS__closes = ¿Cuándo debe cerrar? Toca una opción o escribe una duración (2h, 3d), un día y una hora (tomorrow 18:00, friday 9:30) o una hora (18:00), en tu zona horaria, { $zone } (/timezone la cambia).
FORM_PROMPTS__to = ¿Quién debe recibirla? Todos con quienes se puede contactar, o solo los participantes de uno de los segmentos de la sesión:
FORM_PROMPTS__confirm =
    Lista:
    
    { $summary }
    
    ¿La envío?
FORM_BUTTONS__options__done = Ya está
FORM_BUTTONS__multi__yes = Sí
FORM_BUTTONS__multi__no = No
FORM_BUTTONS__anonymous__yes = Sí
FORM_BUTTONS__anonymous__no = No
FORM_BUTTONS__closes__1h = En 1 hora
FORM_BUTTONS__closes__tomorrow = Mañana a las 18:00
FORM_BUTTONS__closes__3d = En 3 días
FORM_BUTTONS__closes__7d = En una semana
FORM_BUTTONS__closes__never = La cerraré yo
FORM_BUTTONS__to__everyone = Todos
FORM_BUTTONS__confirm__send = Enviar
FORM_BUTTONS__confirm__cancel = Cancelar
FORM_BUTTONS__nobody__create = Crearla igualmente
FORM_BUTTONS__nobody__cancel = Cancelar
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
FORM_SUMMARY_HEAD =
    Sesión: { $title } ({ $code })
    Pregunta: { $question }
FORM_SUMMARY_TAIL =
    Varias opciones: { $multi }
    Anónima: { $anonymous }
    Cierra: { $closes }
FORM_CLOSES_AT = { $when } ({ $zone })
FORM_TO_EVERYONE = Para: todos con quienes se puede contactar ahora ({ $n })
FORM_TO_SEGMENT = Para: el segmento { $name } (se puede contactar ahora con { $n } de sus participantes)
FORM_SEGMENT_BUTTON = { $name } ({ $n })
FORM_BY_HAND = cuando la cierres (/closepoll)
YES = sí
NO = no
FORM_OPTION_ADDED = Opción { $n } añadida. Envía la siguiente, o /done.
POLL_NOBODY = Nadie en “{ $title }” puede recibir esta encuesta ahora: { $why }. Una encuesta sale cuando se crea, así que nadie la recibiría, ni ahora ni después. ¿Crearla igualmente?
NOBODY_JOINED = aún no se ha unido nadie
NOBODY_AGREED = { $joined } unidos, { $agreed } aceptaron participar
NOBODY_OF_THOSE = ; de ellos, { $reasons }
NOBODY_REASONS__paused = { $n } en pausa
NOBODY_REASONS__opted_out =
    { $n ->
        [one] { $n } se dio de baja
        [many] { $n } de ellos se dieron de baja
       *[other] { $n } se dieron de baja
    }
NOBODY_REASONS__blocked =
    { $n ->
        [one] { $n } bloqueó el bot
        [many] { $n } de ellos bloquearon el bot
       *[other] { $n } bloquearon el bot
    }
FORM_CANCELLED = Encuesta cancelada; no se envió nada.
POLL_USAGE_ID = Uso: { $command } [código de sesión] <número de encuesta>
NO_SUCH_POLL = No hay ninguna encuesta n.º { $id }.
POLL_ALREADY_CLOSED = La encuesta n.º { $id } ya está cerrada.
POLL_CLOSED_BUTTON = Esta encuesta ya cerró.
POLL_CLOSED_ON = Esta encuesta cerró el { $when }. { $results }
POLL_CLOSED_COPY =
    📊 La encuesta n.º { $id } de “{ $title }” cerró el { $when }.
    
    { $question }
    { $results }
POLL_CLOSED_REMINDER = 📊 La encuesta n.º { $id } de “{ $title }” cerró el { $when }: su resultado está en la propia encuesta.
ORGANISER_RESULTS =
    📊 Tu encuesta en “{ $title }”:
    
    { $results }
RESULTS_TIE =
    Empate: { $options }, con { $n ->
        [one] { $n } voto
        [many] { $n } de votos
       *[other] { $n } votos
    } cada una.
RESULT_LINE = • { $option }: { $n } ({ NUMBER($share, style: "percent") })
POLL_NOT_MEMBER = Solo pueden votar los miembros que se unieron con el enlace de la sesión. Únete: { $link }
BALLOT_SAVED = Tu voto: { $choice }
BALLOT_CLEARED = Ahora no hay ninguna opción elegida.
RESULTS_SO_FAR =
    Encuesta n.º { $id } (abierta): { $question }
    { $voters ->
        [one] { $voters } persona ha votado
        [many] { $voters } de personas han votado
       *[other] { $voters } personas han votado
    } hasta ahora.
RESULTS_FINAL =
    La encuesta n.º { $id } ha cerrado: { $question }
    { $voters ->
        [one] { $voters } persona votó
        [many] { $voters } de personas votaron
       *[other] { $voters } personas votaron
    }.
LINKGROUP_USAGE = Uso: /linkgroup <código de sesión>, enviado en el chat de grupo de la comunidad.
LINKGROUP_TAKEN = Este grupo está vinculado a una sesión que lleva otro equipo; uno de sus organizadores puede vincularlo a otra.
LINKGROUP_PRIVATE = Envía /linkgroup <código> en el chat de grupo que quieres vincular, no aquí.
LINKED = Este grupo ya está vinculado a “{ $title }”. Las encuestas de esta sesión también se publicarán aquí.
