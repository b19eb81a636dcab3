HELP_MEMBER_HEADER = Esto es lo que puedes hacer:
HELP_ORGANISER_HEADER = Comandos de organizador:
HELP_COORDINATOR_HEADER = Comandos de coordinador (también para organizadores):
HELP_ADMIN_HEADER = Comandos de administrador:
HELP_MORE = Uso y detalles
MENU__start = unirte a una sesión con su código
MENU__help = lo que puedes hacer
MENU__back = volver a la pregunta anterior
MENU__skip = saltar una pregunta opcional
MENU__proposals = ver propuestas y votar
MENU__propose = añadir una propuesta
MENU__feedback = decir algo a los organizadores
MENU__pause = parar los recordatorios un tiempo
MENU__resume = seguir donde lo dejaste
MENU__timezone = tu zona horaria, para las horas de silencio
MENU__privacy = qué guardo sobre ti y durante cuánto tiempo
MENU__mydata = todo lo guardado sobre ti, en un archivo
MENU__forget = borrar tus datos
MENU__newsession = crear una sesión
MENU__flows = los flujos entre los que elegir
MENU__sessions = tus sesiones, sus códigos y cifras
MENU__open = abrir una sesión para que se unan los miembros
MENU__close = cerrar una sesión (pregunta antes)
MENU__poll = lanzar una encuesta (sola: paso a paso)
MENU__closepoll = cerrar una encuesta
MENU__broadcast = escribir a los miembros de una sesión (pregunta antes)
MENU__nudge = recordárselo a quien no ha terminado o votado
MENU__hide = ocultar una propuesta a los miembros
MENU__unhide = volver a mostrar una propuesta oculta
MENU__linkgroup = vincular este grupo a una sesión
MENU__stats = las cifras de una sesión y un gráfico
MENU__export = una sesión en un archivo
# needs translation
MENU__answers = las respuestas a una pregunta
# needs translation
MENU__themes = what members wrote, grouped into themes
# needs translation
USAGE__language = /language [code]
# needs translation
USAGE__outcome = /outcome [code] <proposal number> adopted|declined|in_progress|done [why] [--ask-after 14d]
# needs translation
USAGE__translate = /translate [code] <proposal number> <language> <text>
MENU__results = los resultados de una encuesta
MENU__team = quién lleva una sesión
MENU__audit = quién hizo qué en una sesión
MENU__grant = dar un rol a alguien
MENU__revoke = retirar un rol
USAGE__start = /start <código>
USAGE__help = /help [all]
USAGE__propose = /propose <idea>
USAGE__feedback = /feedback <texto>
USAGE__newsession = /newsession <título> [--flow <id del flujo>] [--community <nombre>]
USAGE__open = /open <código>
USAGE__close = /close <código>
USAGE__poll = /poll <código> <pregunta> | <opción> | <opción> [--multi] [--anonymous] [--closes 2h o --closes friday 18:00]
USAGE__closepoll = /closepoll [código] <número de encuesta>
USAGE__broadcast = /broadcast <código> <mensaje>
USAGE__nudge = /nudge <código> [número de encuesta | votes]
USAGE__hide = /hide [código] <número de propuesta> [motivo]
USAGE__unhide = /unhide [código] <número de propuesta>
USAGE__linkgroup = /linkgroup <código>
USAGE__stats = /stats <código>
# needs translation
USAGE__export = /export <código> [csv|json|md] [--names]
# needs translation
USAGE__report = /report <code> [--moderated]
# needs translation
USAGE__answers = /answers <código> <paso> [página]
# needs translation
USAGE__themes = /themes <code> [step] [page]
# needs translation
HELP__language = choose the language I write to you in
# needs translation
HELP__outcome = record what became of a proposal; those who proposed or voted on it hear it, and once it is done are asked whether it changed anything for them
# needs translation
HELP__translate = a proposal in another of the session's languages: members who read it see it so, and their votes count for the one proposal
USAGE__results = /results [código] <número de encuesta>
USAGE__team = /team <código> [add <id de usuario> organiser|coordinator | remove <id de usuario> | invite organiser|coordinator]
USAGE__audit = /audit <código> [página]
USAGE__grant = /grant <id de usuario de Telegram> organiser|coordinator
USAGE__revoke = /revoke <id de usuario de Telegram> organiser|coordinator
HELP__start = unirte a una sesión con su código
HELP__help = esta lista (all: con cómo se escribe cada uno)
HELP__back = volver a la pregunta anterior
HELP__skip = saltar una pregunta marcada como opcional
HELP__proposals = ver las propuestas y votarlas
HELP__propose = añadir una propuesta
HELP__feedback = decir algo a los organizadores
HELP__pause = parar los recordatorios y mensajes un tiempo
HELP__resume = seguir donde lo dejaste
HELP__timezone = tu zona horaria, para que de noche no te escriba
HELP__privacy = qué guardo sobre ti, durante cuánto tiempo y por qué (lo que aceptaste)
HELP__mydata = un archivo con todo lo que guardo sobre ti
HELP__forget = borrar tus datos (te pido confirmación)
HELP__newsession = crear una sesión
HELP__flows = los flujos entre los que elegir
HELP__sessions = tus sesiones, sus códigos y cifras de participación
HELP__open = abrir una sesión para que se unan los miembros
HELP__close = cerrar una sesión (pregunta antes)
HELP__poll = lanzar una encuesta (/poll solo para un formulario paso a paso)
HELP__closepoll = cerrar una encuesta y anunciar sus resultados
HELP__broadcast = un mensaje para todos los miembros de una sesión (se muestra antes y se envía cuando lo digas)
HELP__nudge = recordárselo a quien no ha terminado, no ha votado en una encuesta o (votes) no ha votado propuestas nuevas
HELP__hide = ocultar una propuesta a los miembros
HELP__unhide = volver a mostrar una propuesta oculta
HELP__linkgroup = envíalo en un chat de grupo para vincularlo a una sesión
HELP__stats = las cifras de una sesión y un gráfico
# needs translation
HELP__export = una sesión en un archivo: CSV (una fila por mensaje), JSON (todo) o md (para leer); miembros con seudónimos salvo con --names
# needs translation
HELP__report = the session's report to share: one HTML file for any browser or printer; hidden proposals left out unless --moderated (then marked)
# needs translation
HELP__answers = las respuestas a una pregunta
# needs translation
HELP__themes = what members wrote (or one question's answers), grouped into themes with their size, feeling and quotes
HELP__results = los resultados de una encuesta
HELP__team = quién lleva una sesión, y cambiarlo
HELP__audit = quién hizo qué en una sesión
HELP__grant = permitir a alguien crear o coordinar sesiones
HELP__revoke = retirarlo
STAFF_USAGE__proposals = /proposals <código> [página]
STAFF_USAGE__feedback = /feedback <código> [página]
STAFF_HELP__proposals = propuestas con números, votos y seudónimos de sus autores
STAFF_HELP__feedback = comentarios, los más nuevos primero, con su tono
# needs translation
MENU__language = the language I write to you in
# needs translation
MENU__outcome = tell members what became of a proposal
# needs translation
MENU__translate = a proposal in another language
# needs translation
MENU__report = a report to share, as one web page
