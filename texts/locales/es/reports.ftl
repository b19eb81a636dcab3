READ_USAGE = Uso: { $command } <código de sesión> [página]
PROPOSALS_FOR_A_SESSION = Organizadores y coordinadores: /proposals <código de sesión> muestra sus propuestas.
ANSWERS_USAGE = Uso: /answers <código de sesión> <id del paso> [página]. Pasos de “{ $title }”: { $steps }
ANSWERS_USAGE_PLAIN = Uso: /answers <código de sesión> [id del paso] [página]
ANSWERS_WHICH = ¿Qué pregunta de “{ $title }”? Los resultados de cada una, en el orden del flujo:
ANSWERS_BUTTON = { $label } ({ $n })
NO_QUESTIONS = “{ $title }” no hace preguntas: su flujo solo tiene mensajes y votaciones.
NO_SUCH_STEP = “{ $title }” no tiene el paso “{ $step }”. Sus pasos: { $steps }
PAGE_FOOTER = Página { $page } de { $pages }. Siguiente: { $more } { $next }
PAGE_LAST = Página { $page } de { $pages }.
NO_PAGE =
    No hay página { $page }: “{ $title }” tiene { $pages ->
        [one] { $pages } página
        [many] { $pages } de páginas
       *[other] { $pages } páginas
    }.
PROPOSALS_HEAD = Propuestas de “{ $title }” ({ $n }), por número. Oculta una con /hide { $code } <número> [motivo].
PROPOSAL_LINE =
    n.º { $id } de { $author } · { $agree } a favor, { $disagree } en contra, { $passed } pasan{ $flags }
    { $text }
QUOTED = “{ $text }”
PROPOSAL_HIDDEN_FLAG = { " " }· oculta
PROPOSAL_WITHDRAWN_FLAG = { " " }· retirada
WITHDRAWN_TEXT = (retirada por su autor)
NO_PROPOSALS_READ = “{ $title }” aún no tiene propuestas.
FEEDBACK_HEAD = Comentarios sobre “{ $title }” ({ $n }), los más nuevos primero.
FEEDBACK_LINE =
    n.º { $id } · { $when } · { $author } · { $mood }
    “{ $text }”
NO_FEEDBACK_READ = Aún nadie ha dejado comentarios sobre “{ $title }”.
ANSWERS_HEAD =
    “{ $title }”, pregunta { $step }:
    { $prompt }
ANSWERS_TALLY =
    • { $label }: { $count ->
        [one] { $count } miembro
        [many] { $count } de miembros
       *[other] { $count } miembros
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }{ $flags }
    “{ $text }”
SIDE_NAMES__followup = respuesta a una pregunta de seguimiento
SIDE_NAMES__elaboration = más detalle, a petición
ANSWER_HIDDEN_FLAG = { " " }· una propuesta que los organizadores ocultaron
# every share shown: raw, beside its counts
SHARE = { $count } de { $total }, { NUMBER($share, style: "percent") }
SHARE_OF_NONE = { $count } de { $total }
RESULTS_ANSWERED = respondieron: { $answered }
RESULTS_SKIPPED = omitieron: { $n }
RESULTS_ERASED = borradas por sus autores: { $n }
RESULTS_OPTION = • { $label }: { $share }
RESULTS_MULTIPLE = Se podía elegir más de una: los porcentajes son de los miembros que respondieron, así que pueden sumar más del 100 %.
RESULTS_SCALE = Media { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, mediana { NUMBER($median) }.
RESULTS_WRITTEN = Las más recientes primero, cada una con su tono.
RESULTS_ADDED = respuestas a seguimientos o peticiones de detalle: { $n }
RESULTS_NONE = Nadie ha respondido todavía.
RESULTS_HEAD = Resultados por pregunta
RESULTS_BRIEF_HEAD = Resultados por pregunta (/answers { $code } para verlas completas)
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }; la mayoría eligió { $top } ({ $share })
RESULTS_BRIEF_SCALE = • { $label }: { $counted }; media { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, mediana { NUMBER($median) }
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
RESULTS_BRIEF_MOODS = ; negativas: { $negative }, positivas: { $positive }
RESULTS_BRIEF_EMPTY = • { $label }: nadie ha respondido todavía
RESULTS_TIED = { " " }y{ " " }
NO_QUESTIONS_ASKED = El flujo no hace preguntas propias.
SIDE_ANSWER_LINE =
    { $author } · { $when } · { $kind }{ $mood }
    “{ $text }”
NO_ANSWERS_READ = Aún nadie ha respondido “{ $step }” en “{ $title }”.
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = tono desconocido
STATS_HEAD = 📊 “{ $title }” (código { $code }, { $status })
STATS_FUNNEL = Participación
STATS_STAGE = • { $name }: { $count }
STATS_STAGE_SHARE = • { $name }: { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % respondidos
CHART_MOODS =
    Tono de lo que escriben los miembros, por { $unit ->
        [hour] hora
       *[day] día
    }
CHART_MEAN = polaridad media
CHART_TEXTS = textos
CHART_GROUPS = Grupos de opinión (miembros que votan parecido)
CHART_VOTES__agree = a favor
CHART_VOTES__disagree = en contra
CHART_VOTES__passed = paso
MARKDOWN_META = Código `{ $code }`, { $status }, flujo { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = miembros
REPORT_FUNNEL_COLUMNS__2 = de los que se unieron
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = enviados
REPORT_REPLY_COLUMNS__2 = respondidos
REPORT_REPLY_COLUMNS__3 = en un día
REPORT_REPLY_COLUMNS__4 = tasa de respuesta
REPORT_MOOD_COLUMNS__0 = textos
REPORT_MOOD_COLUMNS__1 = polaridad media
REPORT_MOOD_COLUMNS__2 = negativos
REPORT_MOOD_COLUMNS__3 = positivos
REPORT_HOUR = hora
REPORT_DAY = día
REPORT_DIVISIVE_COLUMNS__0 = n.º
REPORT_DIVISIVE_COLUMNS__1 = propuesta
REPORT_DIVISIVE_COLUMNS__2 = a favor
REPORT_DIVISIVE_COLUMNS__3 = en contra
REPORT_DIVISIVE_COLUMNS__4 = paso
STATS_STAGE_NAMES__joined = se unieron
STATS_STAGE_NAMES__consented = aceptaron participar
STATS_STAGE_NAMES__started = respondieron una pregunta
STATS_STAGE_NAMES__completed = terminaron las preguntas
STATS_STAGE_NAMES__proposed = escribieron una propuesta
STATS_STAGE_NAMES__voted = votaron propuestas
STATS_REPLIES = Respuestas a recordatorios y preguntas de seguimiento
STATS_FEW_MOODS = Aún no hay datos suficientes para mostrar el tono a lo largo del tiempo.
STATS_RANKED_HOW = Ordenadas por (a favor + 1) / (votos + 2), una puntuación que evita que una propuesta con pocos votos encabece la lista; solo se ordenan las propuestas con { $least } votos o más y sin división. Los porcentajes son los brutos.
STATS_DIVISIVE_HOW = Más de un tercio de quienes tomaron partido en cada lado.
STATS_REPLY = • { $kind }: { $answered } de { $sent } respondidos ({ NUMBER($share, style: "percent") }), { $within } en un día
STATS_REPLY_NONE = • { $kind }: ninguno enviado
REPROMPT_NAMES__reminder = recordatorios
REPROMPT_NAMES__followup = seguimientos
REPROMPT_NAMES__elaboration = peticiones de detalle
REPROMPT_NAMES__champion = invitaciones a traer vecinos
STATS_MOODS =
    Tono de lo que escriben los miembros, por { $unit ->
        [hour] hora
       *[day] día
    } (media, negativos/positivos)
STATS_MOOD =
    • { $bucket }: { $n ->
        [one] { $n } texto
        [many] { $n } de textos
       *[other] { $n } textos
    }, media { SIGNED($mean) }, { $neg } negativos, { $pos } positivos
STATS_EARLIER_MOODS = • … y { $n } anteriores (en el gráfico y en codesign report)
STATS_NO_MOODS = Tono: ningún miembro ha escrito nada todavía.
STATS_RANKED = Propuestas con más apoyo
STATS_DIVISIVE = Propuestas que más dividen
STATS_PROPOSAL = • { $number } { $text }: a favor { $agree }; en contra { $disagree }; pasan { $passed }
STATS_TOO_FEW_TO_RANK = No hay votos suficientes para ordenar las propuestas: se ordenan desde { $least } votos, y ninguna los tiene aún.
STATS_NONE_AGREED = Ninguna propuesta con { $least } votos o más tiene una mayoría clara a favor.
GROUP_SIZE_SMALL = { $label }: menos de { $least }
GROUP_HEAD = El grupo { $label } (miembros: { $n }) se distingue en:
GROUP_SMALL = Grupo { $label }: menos de { $least } miembros, demasiado pocos para describirlo.
GROUP_NOTHING_APART = Grupo { $label } (miembros: { $n }): ninguna propuesta lo distingue claramente.
GROUP_APART = • { $proposal }: { $label } { $way }, { $mine }; los demás grupos { $rest }
GROUP_WAYS__agree = a favor
GROUP_WAYS__disagree = en contra
GROUPS_APART_HOW = Lo que distingue a cada grupo: propuestas con las que estuvo de acuerdo (o en desacuerdo) mucho más que los demás grupos, según la prueba de Pol.is (significativa al 95 %).
COMMON_HEAD = En qué coinciden todos los grupos
COMMON_HEAD_ONE = En qué coincide la mayoría
COMMON_EVERY = • { $proposal }: todos los grupos { $way } ({ $shares })
COMMON_ONE = • { $proposal }: la mayoría { $way }, { $share }
COMMON_SHARE = { $label } { $share }
COMMON_SMALL = { $label } también, un grupo demasiado pequeño para mostrarlo
COMMON_NONE = Ninguna propuesta tiene todavía una mayoría clara en todos los grupos.
COMMON_NONE_ONE = Ninguna propuesta tiene todavía una mayoría clara.
STATS_NO_VOTES = Aún no hay votos sobre propuestas.
GROUPS_FOUND =
    Grupos de opinión: { $n ->
        [one] { $n } grupo
        [many] { $n } de grupos
       *[other] { $n } grupos
    } de miembros que votan parecido ({ $sizes }).
GROUPS_NONE = Grupos de opinión: ninguno. Los { $members } miembros con { $least }+ votos no forman grupos (sus votos no se parecen más que unos votos barajados al azar).
GROUPS_FEW = Grupos de opinión: aún hay muy pocos votos para buscarlos ({ $members } miembros con { $least }+ votos sobre { $proposals } propuestas; hacen falta { $need_members } miembros y { $need_proposals } propuestas).
GROUP_SIZE = { $label }: { $n }
VERDICTS__consensus = apoyo en todos los grupos
VERDICTS__consensus_against = rechazo en todos los grupos
VERDICTS__divisive = divide a los grupos
VERDICTS__mixed = sin un patrón claro
VERDICTS_ONE_GROUP__consensus = apoyo de la mayoría
VERDICTS_ONE_GROUP__consensus_against = rechazo de la mayoría
VERDICTS_ONE_GROUP__mixed = sin mayoría clara
STATS_VERDICT = • { $verdict }: { $ids }
CHART_CAPTION = Participación, respuestas, tono y votos en “{ $title }”.
EXPORT_USAGE = Uso: /export <código de sesión> [csv|json|md|sheets|graphml] [--names]
FORMAT_NAMES__csv = CSV
FORMAT_NAMES__json = JSON
FORMAT_NAMES__md = Markdown
FORMAT_NAMES__sheets = hojas de cálculo
FORMAT_NAMES__graphml = GraphML
SHEET_STATUS__joined = sin consentimiento
SHEET_STATUS__declined = rechazó
SHEET_STATUS__answering = respondiendo
SHEET_STATUS__finished = terminó
SHEET_LINK = enlace de la sesión
SHEET_INVITED = invitación
SHEET_SIDE_ANSWERS__followup = — seguimiento
SHEET_SIDE_ANSWERS__elaboration = — más detalle
SHEET_STATE__open = abierta
SHEET_STATE__hidden = oculta
SHEET_STATE__withdrawn = retirada
COLUMNS__id = id
COLUMNS__time = hora
COLUMNS__direction = dirección
COLUMNS__member = miembro
COLUMNS__step = paso
COLUMNS__kind = tipo
COLUMNS__text = texto
COLUMNS__polarity = polaridad
COLUMNS__sentiment = tono
COLUMNS__joined = se unió
COLUMNS__consented = consintió
COLUMNS__finished = terminó
COLUMNS__status = estado
COLUMNS__language = idioma
COLUMNS__joined_via = se unió por
COLUMNS__invited_by = invitado por
COLUMNS__proposal = propuesta
COLUMNS__author = autor
COLUMNS__created = creada
COLUMNS__agree = a favor
COLUMNS__disagree = en contra
COLUMNS__pass = pasan
COLUMNS__votes = votos
COLUMNS__state = estado
COLUMNS__hidden_reason = motivo para ocultarla
COLUMNS__outcome = resultado
COLUMNS__outcome_words = palabras del resultado
COLUMNS__outcome_at = fecha del resultado
COLUMNS__group = grupo
COLUMNS__proposals = propuestas
COLUMNS__poll = encuesta
COLUMNS__question = pregunta
COLUMNS__multiple = varias
COLUMNS__anonymous = anónima
COLUMNS__opened = abierta
COLUMNS__closes = cierra
COLUMNS__closed = cerrada
COLUMNS__voters = votantes
COLUMNS__option = opción
COLUMNS__breakdown = desglose
COLUMNS__answered = respondieron
COLUMNS__contributed = propusieron_o_votaron
COLUMNS__invited = invitaron
COLUMNS__invitee_activated = invitado_participó
COLUMNS__note = nota
COLUMNS__session = sesión
COLUMNS__source = origen
COLUMNS__tag = etiqueta
COLUMNS__champion = promotor
COLUMNS__seed = siembra
COLUMNS__invite = invitación
COLUMNS__link = enlace
COLUMNS__hours_to_joined = horas_hasta_se_unieron
COLUMNS__hours_to_consented = horas_hasta_aceptaron
COLUMNS__hours_to_answered = horas_hasta_respondieron
COLUMNS__hours_to_finished = horas_hasta_terminaron
COLUMNS__hours_to_contributed = horas_hasta_propusieron_o_votaron
COLUMNS__hours_to_invited = horas_hasta_invitaron
COLUMNS__hours_to_invitee_activated = horas_hasta_invitado_participó
DIRECTIONS__in = entrante
DIRECTIONS__out = saliente
SHEET_POLL_STATUS__open = abierta
SHEET_POLL_STATUS__closed = cerrada
SHEET_YES = sí
SHEET_NO = no
MD_TRANSCRIPT =
    { "\u000A" }## Transcripción
    
    Horas según el reloj de la sesión ({ $zone }).{ "\u000A" }
EXPORT_SHEETS_CAPTION = Hojas de cálculo de “{ $title }”: responses.csv (miembros: { $m }), proposals.csv ({ $p }), votes.csv, polls.csv (encuestas: { $q }) y funnel.csv (cómo llegó la gente), { $who }. Archivos CSV en UTF-8: Excel, LibreOffice y Google Sheets los abren tal cual.
EXPORT_QUEUED = Tu exportación de “{ $title }” ({ $fmt }) va de camino.
EXPORT_CAPTION =
    Exportación { $fmt } de “{ $title }”: { $n ->
        [one] { $n } mensaje
        [many] { $n } de mensajes
       *[other] { $n } mensajes
    }, { $who }.
EXPORT_GRAPH_CAPTION = Quién invitó a quién en “{ $title }”, en GraphML: miembros: { $n }, invitaciones: { $edges }; { $who }. Lo abren Gephi, yEd y networkx.
EXPORT_PSEUDONYMS = miembros con seudónimos
EXPORT_NAMES = miembros con nombre
EXPORT_NAMES_NOT_ALLOWED = Solo un organizador de “{ $title }” decide si sus coordinadores pueden exportar los nombres de los miembros (/team <código> names on); exporta sin --names para usar seudónimos.
EXPORT_ZIPPED = { " " }Comprimida: era demasiado grande para enviarla tal cual.
EXPORT_TOO_LARGE =
    Esta exportación ocupa { $mib } MB incluso comprimida, más de lo que Telegram deja enviar a un bot. En el servidor, ejecuta:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $suffix }{ "\u000A" }
REPORT_MADE = Código { $code } · { $status } · flujo { $flow } · informe generado el { $when } UTC.
REPORT_CHART_ALT = Gráficos: participación, respuestas a los recordatorios, tono a lo largo del tiempo, votos.
REPORT_PROPOSALS = Propuestas, las de más apoyo primero
REPORT_GROUPS = Grupos de opinión
REPORT_COLUMNS__0 = n.º
REPORT_COLUMNS__1 = propuesta
REPORT_COLUMNS__2 = autor
REPORT_COLUMNS__3 = a favor
REPORT_COLUMNS__4 = en contra
REPORT_COLUMNS__5 = paso
REPORT_COLUMNS__6 = acuerdo
REPORT_COLUMNS__7 = grupos
REPORT_GROUP_SHARE = a favor en { $group } ({ $n })
MOODS__negative = negativo
MOODS__neutral = neutro
MOODS__positive = positivo
SIDE_KINDS__followup = seguimiento
SIDE_KINDS__elaboration = detalle pedido
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = Transcripción
# a message the bot sent
MARKDOWN_BOT_TO = bot → { $who }
MARKDOWN_STEP = { " " }· paso `{ $step }`
STATS_CHAMPION_REPLY =
    • { $kind }: { $answered } de { $sent } trajeron a alguien que participó ({ NUMBER($share, style: "percent") }), { $within } en un día; { $brought ->
        [one] 1 miembro se unió
        [many] { $brought } de miembros se unieron
       *[other] { $brought } miembros se unieron
    } a través de enlaces de miembros y participaron
