WELCOME_NO_CODE =
    ¡Hola! Ayudo a los vecinos a dar forma juntos a proyectos del barrio.
    
    Para participar, abre el enlace que compartió tu organizador (se parece a t.me/{ $bot }?start=…) o envía /start seguido del código de la sesión.
UNKNOWN_CODE = No conozco el código de sesión “{ $code }”. Revisa el enlace que compartió tu organizador o pídele uno nuevo.
SESSION_DRAFT = La sesión “{ $title }” aún no ha abierto. Vuelve a intentarlo cuando el organizador la abra.
SESSION_CLOSED = La sesión “{ $title }” ha cerrado. ¡Gracias por tu interés!
SESSION_CLOSED_UNFINISHED = “{ $title }” ha cerrado, así que no llegarán más preguntas. Gracias por participar: todo lo que dijiste se conserva.
SOME_SESSION_DRAFT = Esta sesión aún no ha abierto. Te escribiré aquí cuando abra.
DRAFT_OPENED = “{ $title }” ya está abierta. Para participar, abre { $link } o envía /start { $code }.
SOME_SESSION_CLOSED = Esta sesión ha cerrado. ¡Gracias por tu interés!
CONSENT_TERMS =
    Guardaré lo que escribas aquí (tus respuestas, propuestas, votos y comentarios), tu nombre de Telegram y la hora de cada mensaje, para que los organizadores de { $community } puedan usarlos en esta sesión de codiseño. Lo que escribes también se puntúa automáticamente según su tono (positivo, neutro o negativo): los organizadores lo ven en sus cifras, y una respuesta negativa puede traer una pregunta de seguimiento. Si alguien se une a través de un enlace que compartes, te lo cuento a ti: los organizadores ven cuántas personas trajo cada miembro (nunca quiénes), y /myreach te muestra las tuyas.
    
    Durante cuánto tiempo: hasta que envíes /forget, que borra tu nombre y tus palabras (solo quedan recuentos anónimos). Nada se borra por sí solo, y los archivos que exportaron los organizadores quedan bajo su cuidado.
    
    Puedes enviar /pause en cualquier momento para detener mis recordatorios y /resume para seguir. /mydata te envía todo lo que guardo sobre ti, y /forget lo borra (después de preguntarte una vez más). Si dices que no, solo guardo que alguien no quiso participar. /privacy vuelve a mostrar esto.
CONSENT =
    ¡Te damos la bienvenida a “{ $title }”! Antes de empezar, esto es lo que guardo y por qué.
    
    { CONSENT_TERMS }
    
    ¿Aceptas participar?
PRIVACY =
    Lo que guardo para “{ $title }”:
    
    { CONSENT_TERMS }
PRIVACY_AGREED = Aceptaste participar el { $date }.
PRIVACY_NO_SESSION =
    Aún no estás en ninguna sesión. Cuando te unas a una (abre el enlace de tu organizador o envía /start seguido del código de la sesión), primero te lo pregunto, y esto es lo que guardo:
    
    { CONSENT_TERMS }
CONSENT_YES = Acepto
CONSENT_NO = No, gracias
CONSENT_GIVEN = ✅ Aceptaste participar el { $date }.
CONSENT_DECLINED = Sin problema: no te preguntaré nada más. Si cambias de opinión, escríbeme o vuelve a abrir el enlace.
CONSENT_PENDING = Primero responde la pregunta de arriba: ¿aceptas participar?
CONSENT_DECLINED_BEFORE = Dijiste que no a participar en “{ $title }”, así que no te pregunto nada. ¿Cambiaste de opinión? Toca abajo para unirte.
CONSENT_AFTER_ALL = Quiero participar
ALREADY_JOINED = ¡Qué bien verte de nuevo en “{ $title }”! Aquí es donde estábamos:
BACK_TO_QUESTION = Y volvemos a donde estábamos:
FLOW_FINISHED_ALREADY = Ya respondiste todas las preguntas de “{ $title }”. ¡Gracias! /help muestra qué más puedes hacer.
PAUSED = En pausa: no recibirás recordatorios, encuestas ni novedades hasta que envíes /resume. Sigo respondiendo cuando me escribes.
ALREADY_PAUSED = Ya estás en pausa. Envía /resume para seguir.
RESUMED = ¡Hola de nuevo! Los recordatorios vuelven a estar activos.
WHILE_AWAY = Mientras no estabas: { $missed }. Llegan a continuación.
AWAY_POLLS =
    { $n ->
        [one] { $n } encuesta abierta
        [many] { $n } de encuestas abiertas
       *[other] { $n } encuestas abiertas
    }
AWAY_MESSAGES =
    { $n ->
        [one] { $n } mensaje de los organizadores
        [many] { $n } de mensajes de los organizadores
       *[other] { $n } mensajes de los organizadores
    }
NOT_PAUSED = No estás en pausa: todo en orden.
TIMEZONE_ASK = Tu zona horaria es { $zone } (allí son las { $time }): de noche no te escribo. Toca la tuya o envía /timezone seguido de tu ciudad o zona, por ejemplo /timezone Lisboa.
TIMEZONE_SET = Tu zona horaria ahora es { $zone } (allí son las { $time }). De noche no te escribiré.
TIMEZONE_UNKNOWN = No conozco la zona horaria “{ $typed }”. Envía una ciudad (/timezone Lisboa) o el nombre de una zona (/timezone Europe/Lisbon).
EDIT_IGNORED = Solo leo mensajes nuevos, así que tu edición no cambió nada. Para cambiar una respuesta, envía /back.
UNKNOWN_COMMAND = No conozco el comando { $command }. /help muestra lo que puedes hacer.
NOT_ALLOWED = Lo siento, solo { $role } pueden usar { $command }.
NOT_ALLOWED_BUTTON = Lo siento, solo { $role } pueden usar este botón.
NON_TEXT_OUTSIDE_FLOW = Solo puedo leer mensajes de texto. /help muestra lo que puedes hacer.
STALE_BUTTON = Ese botón ya no es válido.
# {organiser} in a flow, when the bot never met them
THE_ORGANISERS = los organizadores
SESSION_NOT_OPEN_BUTTON = Esta sesión ya no está abierta.
NEED_SESSION = Primero únete a una sesión: abre el enlace que compartió tu organizador. /help muestra lo que puedes hacer.
MYDATA_HEAD = Lo que guardo sobre ti, en resumen:
MYDATA_YOU = Tú: { $name }{ $username }; zona horaria: { $zone }.
MYDATA_NO_ZONE = sin definir
MYDATA_SESSION =
    “{ $title }”: te uniste el { $joined }, { $consent }. { $answers ->
        [one] { $answers } respuesta
        [many] { $answers } de respuestas
       *[other] { $answers } respuestas
    }, { $proposals ->
        [one] { $proposals } propuesta
        [many] { $proposals } de propuestas
       *[other] { $proposals } propuestas
    }, { $votes ->
        [one] { $votes } voto
        [many] { $votes } de votos
       *[other] { $votes } votos
    }, { $feedback ->
        [one] { $feedback } comentario
        [many] { $feedback } de comentarios
       *[other] { $feedback } comentarios
    }.
MYDATA_AGREED = aceptaste participar el { $date }
MYDATA_DECLINED = dijiste que no
MYDATA_NOT_ASKED = aún sin preguntar
MYDATA_NO_SESSIONS = No te has unido a ninguna sesión.
MYDATA_FILE_NEXT = Todos los detalles, con los mensajes entre nosotros, llegan a continuación en un archivo (JSON, para un ordenador u otro servicio). /forget lo borra; /privacy explica por qué se guarda.
MYDATA_CAPTION = Todo lo que el bot guarda sobre ti, a fecha de { $date }.
FORGET_CONFIRM =
    Esto borra tu nombre, tu nombre de usuario y tu zona horaria, y todo lo que escribiste en cada sesión: respuestas, propuestas, comentarios y mensajes. Lo que queda no lleva tu nombre: tus votos, el número de respuestas y las propuestas que otros ya votaron (como “retiradas”, con sus recuentos de votos, sin tus palabras). No volveré a escribirte salvo que te unas otra vez a una sesión. No se puede deshacer.{ $staff }
    
    ¿Borrar tus datos?
FORGET_STAFF_KEEPS =
    { "\u000A" }
    Como { $role }, conservas lo que no es solo tuyo: tu rol, tu lugar en los equipos de las sesiones, las sesiones que creaste y las entradas del registro de lo que hiciste en ellas, con tu id de Telegram (tu nombre se borra), para que tus equipos sigan viendo quién hizo qué. Para dejar un rol, pídeselo a un administrador.
STAFF_ROLE_WORDS__admin = administrador
STAFF_ROLE_WORDS__organiser = organizador
STAFF_ROLE_WORDS__coordinator = coordinador
FORGET_YES = Borrar mis datos
FORGET_NO = Conservarlos
FORGET_KEPT = No se borró nada. Envía /forget de nuevo cuando quieras.
FORGET_DONE =
    Hecho: tu nombre, tu nombre de usuario y tu zona horaria están borrados, y también { $answers ->
        [one] { $answers } respuesta
        [many] { $answers } de respuestas
       *[other] { $answers } respuestas
    }, { $proposals ->
        [one] { $proposals } propuesta
        [many] { $proposals } de propuestas
       *[other] { $proposals } propuestas
    }, { $feedback ->
        [one] { $feedback } comentario
        [many] { $feedback } de comentarios
       *[other] { $feedback } comentarios
    } y { $messages ->
        [one] { $messages } mensaje
        [many] { $messages } de mensajes
       *[other] { $messages } mensajes
    } que escribiste, con los mensajes del bot que los citaban.
    
    Se conserva sin tu nombre: { $withdrawn ->
        [one] { $withdrawn } propuesta que otros habían votado
        [many] { $withdrawn } de propuestas que otros habían votado
       *[other] { $withdrawn } propuestas que otros habían votado
    } (como “retiradas”, con sus recuentos de votos), { $votes ->
        [one] { $votes } voto
        [many] { $votes } de votos
       *[other] { $votes } votos
    }, { $ballots ->
        [one] { $ballots } elección en encuestas
        [many] { $ballots } de elecciones en encuestas
       *[other] { $ballots } elecciones en encuestas
    } y que alguien participó en { $sessions ->
        [one] { $sessions } sesión
        [many] { $sessions } de sesiones
       *[other] { $sessions } sesiones
    }.
    
    No volveré a escribirte. Para participar más adelante, abre el enlace de una sesión: empezarás de cero.{ $staff }
FORGET_DONE_STAFF =
    { "\u000A" }
    Se conserva como { $role }: tu rol, tus lugares en los equipos, tus sesiones y las entradas del registro de tus acciones (con tu id de Telegram).
FORGET_NOTHING = No tengo nada guardado sobre ti.
# {community} in PRIVACY_NO_SESSION
THE_COMMUNITY = la comunidad de la sesión
ROLES_HELD_BY__organiser = los organizadores
ROLES_HELD_BY__coordinator = los coordinadores
ROLES_HELD_BY__admin = los administradores
ROLE_NAMES__organiser = organizador
ROLE_NAMES__coordinator = coordinador
ROLE_NAMES__admin = administrador
MYDATA_ABOUT = Todo lo que el bot de codiseño guarda sobre ti: tu ficha de miembro, tus roles, las sesiones a las que te uniste, tus respuestas, propuestas, votos, comentarios y elecciones en encuestas, dónde estás en las preguntas de cada sesión, los mensajes entre tú y el bot, y lo que aún está pendiente de enviarte. Las horas están en UTC.
LANGUAGE_HINT = Te escribiré en { $language }. Para cambiarlo, envía /language ({ $others }).
LANGUAGE_ASK = Te escribo en { $language } en “{ $title }”. ¿En qué idioma prefieres?
LANGUAGE_ONLY = “{ $title }” solo está en { $language }.
LANGUAGE_SET = ✅ A partir de ahora te escribiré en { $language }.
LANGUAGE_UNCHANGED = Ya te escribo en { $language }.
LANGUAGE_NOT_OFFERED = “{ $title }” no está en “{ $typed }”. Sus idiomas: { $languages }.
LANGUAGE_NO_SESSION = Tu idioma se elige entre los de tu sesión: primero únete a una (abre el enlace que compartió tu organizador).
LANDED_PROPOSAL = 📣 Llegaste por un enlace a esta propuesta. ¿Qué te parece?
LANDED_POLL = 📊 Llegaste por un enlace a la encuesta #{ $id }: llega justo después de este mensaje.
SHARE_INVITE_BUTTON = 📣 Compartir tu invitación
SHARE_INVITE_TEXT = Únete a mí en “{ $title }”: los vecinos le están dando forma juntos, y tu opinión cuenta.
MYREACH =
    { $joined ->
        [one] 1 persona se ha unido
        [many] { $joined } de personas se han unido
       *[other] { $joined } personas se han unido
    } a “{ $title }” a través de tus enlaces, y { $active } de ellas participaron (respondieron al menos una pregunta). Las cuento; nunca digo quiénes son.
MYREACH_NONE = Todavía nadie se ha unido a “{ $title }” a través de tus enlaces.
MYREACH_LINK = Tu enlace de invitación: { $link }
SEED_REQUEST =
    Los organizadores de “{ $title }” quieren que más vecinos vean { $what }. ¿Podrías pasarlo a quienes les pueda interesar? Tu propio enlace: { $link }
    
    Quien se una a través de él lo verá primero. Cuento cuántas personas se unen a través de ti, nunca quiénes.
SEED_SHARE_TEXT = Echa un vistazo a { $what } en “{ $title }” y da tu opinión:
SEED_SHARE_BUTTON = 📣 Compartirlo
SEED_ABOUT_PROPOSAL = la propuesta #{ $id } “{ $text }”
SEED_ABOUT_POLL = la encuesta #{ $id } “{ $text }”
