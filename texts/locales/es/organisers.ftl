NEWSESSION_USAGE =
    Uso: /newsession <título> [--flow <id del flujo>] [--community <nombre>] [--languages en,es]
    Por ejemplo: /newsession Reforma del parque Elm --flow park_redesign --community Vecinos de la calle Elm
    /flows muestra los flujos.
NEWSESSION_PROBLEMS__unknown_option = No conozco la opción { $option }: usa --flow, --community o --languages.
NEWSESSION_PROBLEMS__languages = Escribe los idiomas como códigos separados por comas, p. ej. --languages en,es.
LANGUAGES_NOT_IN_FLOW = El flujo { $flow } no está en { $missing }. Sus idiomas: { $languages }.
SESSION_LANGUAGES = Idiomas: { $languages } (cada miembro lee el suyo; /language lo cambia).
FLOW_LANGUAGES = { "  " }Idiomas: { $languages }
AUDIT_ACTIONS__outcome =
    { $who } marcó la propuesta n.º { $proposal } como { $state } ({ $members ->
        [one] { $members } miembro avisado
        [many] { $members } de miembros avisados
       *[other] { $members } miembros avisados
    })
AUDIT_ACTIONS__outcome_words = { $who } cambió las palabras del resultado de la propuesta n.º { $proposal }
NEWSESSION_PROBLEMS__no_value = { $option } necesita un valor detrás.
NEWSESSION_PROBLEMS__twice = { $option } aparece dos veces.
NEWSESSION_PROBLEMS__flow_words = El id de un flujo es una sola palabra (/flows los muestra), no “{ $flow }”.
TITLE_TOO_LONG =
    Ese título es demasiado largo: que tenga menos de { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }, por favor.
COMMUNITY_TOO_LONG =
    Ese nombre de comunidad es demasiado largo: que tenga menos de { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }, por favor.
UNKNOWN_FLOW = No existe el flujo “{ $flow }”. Flujos que puedes usar: { $flows }.
SESSION_CREATED =
    He creado “{ $title }” para la comunidad “{ $community }” (flujo: { $flow }) como borrador. Es tuya: solo la ven tú, el equipo que añadas con /team y los administradores.
    
    Código para unirse: { $code }
    Enlace para los miembros: { $link }
    
    Los miembros podrán unirse cuando envíes /open { $code }.
FLOWS_HEADER = Flujos instalados:
OWN_FLOWS_HEADER = Flujos que me enviaste:
FLOW_LINE =
    • { $id } — { $title } ({ $steps ->
        [one] { $steps } paso
        [many] { $steps } de pasos
       *[other] { $steps } pasos
    })
FLOW_DESCRIPTION = { "  " }{ $description }
FLOWS_FOOTER = Usa uno con /newsession <título> --flow <id>. Para añadir el tuyo, envíame su archivo .yaml (codesign flows new escribe uno de partida para editar).
NO_SESSIONS = Aún no hay sesiones. Crea una con /newsession <título>.
SESSIONS_HEADER = Sesiones (las más nuevas primero):
SESSION_LINE = • { $title } — código { $code }, { $status }, flujo { $flow }: { $joined } unidos, { $consented } con consentimiento, { $completed } terminaron; { $reprompts }
REPROMPT_STATS =
    { $sent ->
        [one] { $sent } recordatorio o seguimiento enviado
        [many] { $sent } de recordatorios y seguimientos enviados
       *[other] { $sent } recordatorios y seguimientos enviados
    }, { NUMBER($share, style: "percent") } respondidos en un día
NO_REPROMPTS = aún no se ha enviado ningún recordatorio
PICK_ASK = ¿Para qué sesión es { $command }?
PICK_NONE = No tienes ninguna sesión en la que { $command } funcione ahora. /sessions muestra las tuyas.
PICKED = { $command } para “{ $title }” ({ $code })
THERE = qué tal
HELLO_ORGANISER = ¡Hola, { $name }! Aquí organizas sesiones de codiseño.
HELLO_COORDINATOR = ¡Hola, { $name }! Aquí sigues sesiones de codiseño como coordinador.
HELLO_SESSIONS = Tus sesiones más recientes:
HELLO_SESSION_LINE = • { $title } ({ $code }), { $status }, { $joined } unidos
HELLO_MORE = …y más: /sessions las muestra todas.
HELLO_NO_SESSIONS = Aún no tienes ninguna sesión.
STATUS_WORDS__draft = borrador, aún sin abrir
STATUS_WORDS__open = abierta
STATUS_WORDS__closed = cerrada
HELLO_NEXT = Empieza una con /newsession <título>, ábrela con /open <código> y comparte su enlace; /sessions muestra las cifras de cada sesión, /help todos los comandos. Para probar una sesión como lo haría un miembro, abre su enlace.
HELLO_NEXT_READER = /stats <código> muestra las cifras de una sesión, /answers <código> lo que respondieron los miembros, /export <código> un archivo con todo; /help muestra todos los comandos.
A_PROPOSAL = una propuesta
A_POLL = una encuesta
WHICH_NUMBER = Varias de tus sesiones tienen { $what } n.º { $id }. Envíalo de nuevo con el código de la sesión:
WHICH_NUMBER_LINE =
    • { $title } ({ $code }): “{ $text }”
    { "  " }{ $command } { $code } { $id }{ $rest }
CODE_USAGE = Uso: { $command } <código de sesión>
NO_SUCH_SESSION = No hay ninguna sesión con el código “{ $code }”. /sessions las muestra.
NOT_YOUR_SESSION = No hay ninguna sesión “{ $code }” entre las tuyas. /sessions muestra las sesiones que llevas.
NO_SESSION_HERE = No hay ninguna sesión “{ $code }”. `codesign sessions` muestra todas las sesiones y sus códigos.
OPENED = “{ $title }” está abierta. Los miembros pueden unirse con { $link }
ALREADY_OPEN = “{ $title }” ya está abierta.
CLOSED = “{ $title }” está cerrada. Los miembros ya no pueden responder; sus respuestas se conservan.
ALREADY_CLOSED = “{ $title }” ya está cerrada.
GRANT_USAGE = Uso: /grant <id de usuario de Telegram> organiser|coordinator
GRANTED = El usuario { $user_id } ahora tiene el rol de { $role }.
ALREADY_GRANTED = El usuario { $user_id } ya tiene el rol de { $role }.
BROADCAST_USAGE = Uso: /broadcast <código de sesión> <mensaje para todos los miembros>
BROADCAST_LONG =
    Ese mensaje es demasiado largo: como máximo { $limit ->
        [one] { $limit } carácter
        [many] { $limit } de caracteres
       *[other] { $limit } caracteres
    }, por favor.
BROADCAST_CAPPED =
    “{ $title }” ya envió { $cap ->
        [one] { $cap } mensaje a todos
        [many] { $cap } de mensajes a todos
       *[other] { $cap } mensajes a todos
    } en 24 horas, tantos como el límite diario de su flujo permite a cada miembro; el siguiente podrá salir a partir del { $at }.
BROADCAST_MESSAGE =
    📣 De los organizadores de “{ $title }”:
    
    { $text }
BROADCAST_QUEUED =
    Enviando a { $n ->
        [one] { $n } miembro
        [many] { $n } de miembros
       *[other] { $n } miembros
    } de “{ $title }”. Al ritmo de Telegram tarda alrededor de { $duration } (listo a las { $done }). Quedan fuera los miembros en pausa o que bloquearon el bot.
BROADCAST_WHAT = ¿Qué deben recibir los miembros de “{ $title }”? Envía /broadcast { $code } seguido del mensaje.
BROADCAST_PREVIEW =
    Esto es lo que { $n ->
        [one] recibirá { $n } miembro
        [many] recibirán { $n } de miembros
       *[other] recibirán { $n } miembros
    } de “{ $title }”. Al ritmo de Telegram el envío tarda alrededor de { $duration } (listo a las { $done }). Quedan fuera los miembros en pausa o que bloquearon el bot.
BROADCAST_SEND = Enviar a { $n }
BROADCAST_CANCEL = Cancelar
BROADCAST_CANCELLED = Cancelado: el mensaje no se envió.
NOBODY_REACHABLE = Ahora no se puede escribir a nadie en “{ $title }” (quedan fuera los miembros en pausa, los que no aceptaron y los que bloquearon el bot), así que no se envió nada.
NOT_OPEN = “{ $title }” está { $status }: solo se puede escribir a las sesiones abiertas.
NUDGE_USAGE = Uso: /nudge <código de sesión> para recordárselo a quienes no han terminado las preguntas, /nudge <código de sesión> <número de encuesta> para recordárselo a quienes no han votado en esa encuesta, o /nudge <código de sesión> votes para recordar a quienes terminaron las propuestas que no han votado.
NUDGED_VOTES =
    Recordatorio de las propuestas sin votar para { $n ->
        [one] { $n } miembro de “{ $title }” que terminó las preguntas.
        [many] { $n } de miembros de “{ $title }” que terminaron las preguntas.
       *[other] { $n } miembros de “{ $title }” que terminaron las preguntas.
    }
NUDGE_VOTES_NOBODY = Todos los que terminaron en “{ $title }” y pueden recibir mensajes han votado todas las propuestas.
NUDGED =
    Recordando a { $n ->
        [one] { $n } miembro de “{ $title }” que no ha terminado
        [many] { $n } de miembros de “{ $title }” que no han terminado
       *[other] { $n } miembros de “{ $title }” que no han terminado
    } las preguntas.
NUDGED_POLL =
    Recordando a { $n ->
        [one] { $n } miembro que no ha votado
        [many] { $n } de miembros que no han votado
       *[other] { $n } miembros que no han votado
    } en la encuesta n.º { $id }.
NUDGED_POLL_ANONYMOUS =
    Recordando a { $n ->
        [one] el { $n } miembro que recibió
        [many] los { $n } de miembros que recibieron
       *[other] los { $n } miembros que recibieron
    } la encuesta anónima n.º { $id }. Quién ha votado es secreto, así que quienes ya votaron también reciben el recordatorio.
NUDGE_LATER =
    { " " }{ $n ->
        [one] { $n } está en sus horas de silencio o ya recibió bastantes recordatorios hoy: el suyo sale más tarde.
        [many] { $n } de ellos están en sus horas de silencio o ya recibieron bastantes recordatorios hoy: el suyo sale más tarde.
       *[other] { $n } de ellos están en sus horas de silencio o ya recibieron bastantes recordatorios hoy: el suyo sale más tarde.
    }
NUDGE_NOBODY = Todos los que pueden recibir mensajes en “{ $title }” han terminado las preguntas.
NUDGE_POLL_NOBODY = Todos los que recibieron la encuesta n.º { $id } y pueden recibir mensajes han votado.
RECEIVED_HEAD = Ya les enviamos:
RECEIVED_AT = • { $who }, en “{ $step }”: { $what }
RECEIVED = • { $who }: { $what }
RECEIVED_SOME =
    { $n ->
        [one] { $n } recordatorio
        [many] { $n } de recordatorios
       *[other] { $n } recordatorios
    }, el último { $when }
RECEIVED_NONE = aún ningún recordatorio
RECEIVED_MORE = …y { $n } más.
POLL_REMINDER =
    Un recordatorio de “{ $title }”: aún no has votado.
    
    { $poll }
POLL_REMINDER_ANONYMOUS =
    Un recordatorio de “{ $title }”: si aún no has votado, todavía estás a tiempo (si ya votaste, tu voto cuenta y no hace falta nada más).
    
    { $poll }
AUDIT_HEADER = Lo que ha pasado en “{ $title }” (lo más nuevo primero):
AUDIT_USAGE = Uso: /audit <código de sesión> [página]
AUDIT_LINE = • { $when } — { $what }
SERVER = el bot o su servidor
USER = Usuario { $id }
TEAM_USAGE = Uso: /team <código> para ver el equipo de una sesión, /team <código> add <id de usuario de Telegram> organiser|coordinator, /team <código> remove <id de usuario de Telegram>, /team <código> invite organiser|coordinator para un enlace que añade a quien lo abra, o /team <código> names on|off (si sus coordinadores pueden exportar los nombres de los miembros)
TEAM_NAMES_ON = Nombres: los coordinadores pueden exportarlos (/team <código> names off para impedirlo).
TEAM_NAMES_OFF = Nombres: solo los organizadores pueden exportarlos (/team <código> names on se lo permite a los coordinadores).
NAMES_ON = Los coordinadores de “{ $title }” ya pueden exportar los nombres de los miembros (/export <código> --names).
NAMES_OFF = Ahora solo los organizadores de “{ $title }” pueden exportar los nombres de los miembros.
A_ROLE__organiser = organizador
A_ROLE__coordinator = coordinador
TEAM_HEADER = El equipo de “{ $title }”:
TEAM_OWNER = • { $who } — propietario
TEAM_LINE = • { $who } — { $role }
TEAM_ADDED = { $who } ahora es { $role } de “{ $title }”.
TEAM_ALREADY = { $who } ya es { $role } de “{ $title }”.
TEAM_REMOVED = { $who } ya no está en el equipo de “{ $title }”.
TEAM_NOT_ON = { $who } no está en el equipo de “{ $title }”.
TEAM_OWNER_STAYS = El propietario de “{ $title }” sigue en su equipo.
TEAM_OWNER_ONLY = Solo el propietario de “{ $title }” (o un administrador) añade o quita organizadores.
TEAM_YOU_ADDED = { $by } te hizo { $role } de “{ $title }”. { $can }
TEAM_YOU_REMOVED = { $by } te sacó del equipo de “{ $title }”: ya no la ves ni la llevas. Lo que respondiste como miembro sigue siendo tuyo.
TEAM_CAN = Ahora puedes usar { $commands } en ella (su código: { $code }); /help explica cómo.
TEAM_INVITE =
    Envía este enlace a la persona que quieres como { $role } de “{ $title }”. Funciona una vez, para quien lo abra primero, durante { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }:
    { $link }
TEAM_YOU_JOINED = Ahora eres { $role } de “{ $title }”. { $can }
TEAM_LINK_OPENED = { $who } abrió tu enlace y ahora es { $role } de “{ $title }”.
TEAM_LINK_ALREADY = Ya eres { $role } de “{ $title }”; el enlace sigue sin usarse.
TEAM_LINK_USED = Este enlace de equipo ya se usó. Pide uno nuevo a quien te lo envió.
TEAM_LINK_EXPIRED = Este enlace de equipo ha caducado. Pide uno nuevo a quien te lo envió.
REVOKE_USAGE = Uso: /revoke <id de usuario de Telegram> organiser|coordinator
REVOKED = El usuario { $user_id } ya no tiene el rol de { $role }.
REVOKED_TEAMS =
    { " " }También sale del equipo de { $n ->
        [one] { $n } sesión
        [many] { $n } de sesiones
       *[other] { $n } sesiones
    }.
NOT_GRANTED = El usuario { $user_id } no tiene el rol de { $role }.
CLOSE_ASK = ¿Cerrar “{ $title }”? Los miembros ya no podrán responder; todo lo que dijeron se conserva.
CLOSE_POLL_OPEN = La encuesta n.º { $id } (“{ $question }”) sigue abierta: se cierra con la sesión.
CLOSED_POLL = La encuesta n.º { $id } se cerró con ella; su resultado va de camino a ti y a sus miembros.
CLOSE_YES = Cerrarla
CLOSE_NO = Dejarla abierta
CLOSE_KEPT = “{ $title }” sigue abierta.
REOPENED = “{ $title }” vuelve a estar abierta. Los miembros pueden seguir donde estaban: { $link }
CANNOT_REOPEN_NOW = “{ $title }” se cerró el { $date } y desde entonces { $what }, así que sigue cerrada. Empieza una sesión nueva con /newsession.
FLOW_FILE_FAILED =
    Tu archivo de flujo { $file } no se cargó al arrancar el bot, así que las sesiones nuevas no pueden usar “{ $flow }”; las sesiones en marcha conservan el flujo con el que abrieron.
    
    { $problems }
    
    Corrígelo (codesign flows check { $file } muestra todos los problemas) y reinicia el bot.
MORE_PROBLEMS = … y { $n } más.
FLOW_UPLOAD_UNREADABLE = Solo leo archivos de flujo como texto UTF-8 de { $kb } kB como máximo, terminados en .yaml. No cambió nada.
FLOW_UPLOAD_ERRORS =
    { $errors ->
        [one] { $errors } error{ $warned } en { $file }: corrígelo y vuelve a enviar el archivo.
        [many] { $errors } de errores{ $warned } en { $file }: corrígelos y vuelve a enviar el archivo.
       *[other] { $errors } errores{ $warned } en { $file }: corrígelos y vuelve a enviar el archivo.
    } No cambió nada.
FLOW_UPLOAD_OK = { $file }: archivo de flujo correcto{ $warned }.
FLOW_UPLOAD_WARNED =
    , { $n ->
        [one] { $n } aviso
        [many] { $n } de avisos
       *[other] { $n } avisos
    }
FLOW_UPLOAD_TAKEN = “{ $flow }” es el id de un flujo instalado: ponle otro nombre a tu archivo (o cambia su id:) y vuelve a enviarlo. No cambió nada.
FLOW_UPLOAD_STORED =
    { $new } “{ $title }” ({ $flow }, { $steps ->
        [one] { $steps } paso
        [many] { $steps } de pasos
       *[other] { $steps } pasos
    }) para tus sesiones: úsalo en una sesión nueva con /newsession <título> --flow { $flow }. Las sesiones ya abiertas conservan el texto con el que abrieron.
FLOW_UPLOAD_NEW = Guardado:
FLOW_UPLOAD_REPLACED = Reemplazado tu flujo
FLOW_REHEARSAL = Un ensayo: sus primeras preguntas tal como las verán los miembros (los marcadores se muestran como [session], [community], [organiser]; codesign flows try { $file } lo recorre entero):
# a session's status
STATUS__draft = en borrador
# a session's status
STATUS__open = abierta
# a session's status
STATUS__closed = cerrada
SECONDS =
    { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    }
MINUTES =
    { $n ->
        [one] { $n } minuto
        [many] { $n } de minutos
       *[other] { $n } minutos
    }
HOURS = { NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 1) } horas
AUDIT_ACTIONS__created = { $who } la creó
AUDIT_ACTIONS__opened = { $who } la abrió
AUDIT_ACTIONS__closed = { $who } la cerró
AUDIT_ACTIONS__reopened = { $who } la volvió a abrir
AUDIT_ACTIONS__polled = { $who } lanzó la encuesta n.º { $poll }
AUDIT_ACTIONS__poll_closed = { $who } cerró la encuesta n.º { $poll }
AUDIT_ACTIONS__poll_due = { $who } cerró la encuesta n.º { $poll } a su hora de cierre
AUDIT_ACTIONS__broadcast =
    { $who } envió un mensaje a { $members ->
        [one] { $members } miembro
        [many] { $members } de miembros
       *[other] { $members } miembros
    }: “{ $text }”
AUDIT_ACTIONS__nudged =
    { $who } envió un recordatorio a { $members ->
        [one] { $members } miembro
        [many] { $members } de miembros
       *[other] { $members } miembros
    }
AUDIT_ACTIONS__nudged_votes =
    { $who } recordó las propuestas a { $members ->
        [one] { $members } miembro
        [many] { $members } de miembros
       *[other] { $members } miembros
    }
AUDIT_ACTIONS__nudged_poll =
    { $who } recordó la encuesta n.º { $poll } a { $members ->
        [one] { $members } miembro
        [many] { $members } de miembros
       *[other] { $members } miembros
    }
AUDIT_ACTIONS__hid = { $who } ocultó la propuesta n.º { $proposal } ({ $reason })
AUDIT_ACTIONS__unhid = { $who } volvió a mostrar la propuesta n.º { $proposal }
AUDIT_ACTIONS__linked_group = { $who } vinculó un chat de grupo
AUDIT_ACTIONS__team_added = { $who } añadió al usuario { $user } al equipo como { $role }
AUDIT_ACTIONS__team_removed = { $who } sacó al usuario { $user } del equipo ({ $role })
AUDIT_ACTIONS__team_invited = { $who } creó un enlace para unirse al equipo como { $role }
AUDIT_ACTIONS__team_joined = { $who } se unió al equipo como { $role } con un enlace
AUDIT_ACTIONS__exported = { $who } la exportó ({ $format })
AUDIT_ACTIONS__exported_names = { $who } la exportó ({ $format }, con nombres)
AUDIT_ACTIONS__names_on = { $who } permitió a los coordinadores exportar los nombres de los miembros
AUDIT_ACTIONS__names_off = { $who } dejó de permitir a los coordinadores exportar los nombres de los miembros
AUDIT_ACTIONS__read = { $who } leyó { $what }
AUDIT_ACTIONS__read_proposals = { $who } leyó sus propuestas
AUDIT_ACTIONS__read_feedback = { $who } leyó sus comentarios
AUDIT_ACTIONS__read_answers = { $who } leyó las respuestas a { $step }
AUDIT_ACTIONS__read_stats = { $who } leyó sus cifras
AUDIT_ACTIONS__read_results = { $who } leyó los resultados de la encuesta n.º { $poll }
AUDIT_ACTIONS__read_themes = { $who } leyó los temas de sus respuestas
AUDIT_ACTIONS__read_themes_step = { $who } leyó los temas de las respuestas a { $step }
AUDIT_ACTIONS__read_report = { $who } leyó el informe
AUDIT_ACTIONS__read_report_moderated = { $who } leyó el informe con las propuestas moderadas
AUDIT_ACTIONS__translated = { $who } tradujo la propuesta n.º { $proposal } al { $language }
AUDIT_ACTIONS__granted = { $who } dio al usuario { $user } el rol de { $role }
AUDIT_ACTIONS__revoked = { $who } quitó el rol de { $role } al usuario { $user }
AUDIT_OTHER = { $who }: { $what }
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = antes
LINK_TAGS = Para ver de dónde vienen los miembros, da a cada lugar su propio enlace: añade un guion y una palabra de letras, como { $link }-flyer o { $link }-mercado.
SEED_USAGE = Uso: /seed <código> proposal <número> <promotores> o /seed <código> poll <número> <promotores>. Nombra a los promotores por @usuario o seudónimo (m-…), o escribe top <N> para los N miembros que trajeron más vecinos que participaron.
SEED_NOT_OPEN = “{ $title }” no está abierta: se podrá pedir a sus miembros que compartan cuando lo esté.
SEED_POLL_CLOSED = La encuesta #{ $id } está cerrada: ya no queda nada que compartir.
SEED_NOBODY_BROUGHT = Todavía nadie ha traído a nadie a “{ $title }”: nombra a los promotores (@usuario o seudónimo).
SEED_TOO_MANY = Como máximo { $most } promotores a la vez.
SEED_UNKNOWN = No están entre los miembros que aceptaron participar: { $names }. No se envió nada.
SEED_WHAT__proposal = la propuesta #{ $id }
SEED_WHAT__poll = la encuesta #{ $id }
SEEDED =
    Se sembró { $what } a través de { $n ->
        [one] 1 promotor
        [many] { $n } de promotores
       *[other] { $n } promotores
    }: { $champions }. Cada uno recibe una breve petición con su propio enlace y un botón para compartirlo, en cuanto se le pueda escribir (no mientras está en pausa, nunca en sus horas de silencio). Quien se una a través de él lo verá primero.
AUDIT_ACTIONS__seeded =
    { $who } pidió a { $champions ->
        [one] 1 promotor
        [many] { $champions } de promotores
       *[other] { $champions } promotores
    } que compartieran { $what ->
        [poll] la encuesta
       *[proposal] la propuesta
    } #{ $number }
