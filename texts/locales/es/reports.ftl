READ_USAGE = Uso: { $command } <código de sesión> [página]
PROPOSALS_FOR_A_SESSION = Organizadores y coordinadores: /proposals <código de sesión> muestra sus propuestas.
ANSWERS_USAGE = Uso: /answers <código de sesión> <id del paso> [página]. Pasos de “{ $title }”: { $steps }
# needs translation
ANSWERS_USAGE_PLAIN = Uso: /answers <código de sesión> <id del paso> [página]
# needs translation
ANSWERS_WHICH = ¿Qué pregunta de “{ $title }”? Envía /answers { $code } <paso>, uno de: { $steps }
# needs translation
ANSWERS_BUTTON = { $label } ({ $n })
# needs translation
NO_QUESTIONS = “{ $title }” asks no questions: its flow has only messages and votes.
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
# needs translation
ANSWERS_HEAD = Respuestas a “{ $step }” en “{ $title }” ({ $n }):
ANSWERS_TALLY =
    • { $label }: { $count ->
        [one] { $count } miembro
        [many] { $count } de miembros
       *[other] { $count } miembros
    }
# needs translation
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    “{ $text }”
# needs translation
SIDE_NAMES__followup = reply to a follow-up
# needs translation
SIDE_NAMES__elaboration = more detail, asked for
# needs translation
ANSWER_HIDDEN_FLAG = { " " }· a proposal the organisers hid
# needs translation
# every share shown: raw, beside its counts
SHARE = { $count } of { $total }, { NUMBER($share, style: "percent") }
# needs translation
SHARE_OF_NONE = { $count } of { $total }
# needs translation
RESULTS_ANSWERED = { $answered } answered
# needs translation
RESULTS_SKIPPED = { $n } skipped
# needs translation
RESULTS_ERASED = { $n } erased by their authors
# needs translation
RESULTS_OPTION = • { $label }: { $share }
# needs translation
RESULTS_MULTIPLE = Each could pick more than one: the shares are of the members who answered, so they may add up to more than 100%.
# needs translation
RESULTS_SCALE = Mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }.
# needs translation
RESULTS_WRITTEN = Newest first, each with its sentiment.
# needs translation
RESULTS_ADDED = { $n } reply(ies) to follow-ups or requests for detail
# needs translation
RESULTS_NONE = Nobody has answered yet.
# needs translation
RESULTS_HEAD = Results per question
# needs translation
RESULTS_BRIEF_HEAD = Results per question (/answers { $code } for each in full)
# needs translation
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }; most chose { $top } ({ $share })
# needs translation
RESULTS_BRIEF_SCALE = • { $label }: { $counted }; mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }
# needs translation
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
# needs translation
RESULTS_BRIEF_MOODS = ; { $negative } negative, { $positive } positive
# needs translation
RESULTS_BRIEF_EMPTY = • { $label }: nobody has answered yet
# needs translation
RESULTS_TIED = { " " }and{ " " }
# needs translation
NO_QUESTIONS_ASKED = The flow asks no questions of its own.
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
# needs translation
STATS_REPLIES = Respuestas a los mensajes de seguimiento
# needs translation
STATS_FEW_MOODS = Not enough data yet to show sentiment over time.
# needs translation
STATS_RANKED_HOW = Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes from topping the list; only proposals with { $least }+ votes and not divided are ranked. The shares are the raw ones.
# needs translation
STATS_DIVISIVE_HOW = More than a third of those who took a side on each side.
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
# needs translation
STATS_PROPOSAL = • n.º { $id } { $text }: { $agree } a favor, { $disagree } en contra, { $passed } pasan
# needs translation
STATS_TOO_FEW_TO_RANK = Not enough votes to rank proposals: a proposal is ranked from { $least } votes, and none has that many yet.
# needs translation
STATS_NONE_AGREED = No proposal with { $least }+ votes has a clear majority agreeing.
# needs translation
GROUP_SIZE_SMALL = { $label }: fewer than { $least }
# needs translation
GROUP_HEAD = Group { $label } ({ $n } members) stands apart on:
# needs translation
GROUP_SMALL = Group { $label }: fewer than { $least } members, too few to describe.
# needs translation
GROUP_NOTHING_APART = Group { $label } ({ $n } members): no proposal sets it clearly apart.
# needs translation
GROUP_APART = • { $proposal }: { $label } { $way }, { $mine }; the other groups { $rest }
# needs translation
GROUP_WAYS__agree = agreed
# needs translation
GROUP_WAYS__disagree = disagreed
# needs translation
GROUPS_APART_HOW = What sets each group apart: proposals it agreed (or disagreed) with far more than the other groups did, by Pol.is's test (significant at 95%).
# needs translation
COMMON_HEAD = What every group agrees on
# needs translation
COMMON_HEAD_ONE = What most members agree on
# needs translation
COMMON_EVERY = • { $proposal }: every group { $way } ({ $shares })
# needs translation
COMMON_ONE = • { $proposal }: most { $way }, { $share }
# needs translation
COMMON_SHARE = { $label } { $share }
# needs translation
COMMON_SMALL = { $label } too, a group too small to show
# needs translation
COMMON_NONE = No proposal has a clear majority in every group yet.
# needs translation
COMMON_NONE_ONE = No proposal has a clear majority yet.
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
# needs translation
EXPORT_USAGE = Uso: /export <código de sesión> [csv|json|md] [--names]
# needs translation
SHEET_STATUS__joined = not consented
# needs translation
SHEET_STATUS__declined = declined
# needs translation
SHEET_STATUS__answering = answering
# needs translation
SHEET_STATUS__finished = finished
# needs translation
SHEET_LINK = session link
# needs translation
SHEET_INVITED = invitation
# needs translation
SHEET_SIDE_ANSWERS__followup = — follow-up
# needs translation
SHEET_SIDE_ANSWERS__elaboration = — more detail
# needs translation
SHEET_STATE__open = open
# needs translation
SHEET_STATE__hidden = hidden
# needs translation
SHEET_STATE__withdrawn = withdrawn
# needs translation
SHEET_YES = yes
# needs translation
SHEET_NO = no
# needs translation
MD_TRANSCRIPT =
    { "\u000A" }## Transcript
    
    Times on the session's clock ({ $zone }).{ "\u000A" }
# needs translation
EXPORT_SHEETS_CAPTION = Spreadsheets of “{ $title }”: responses.csv ({ $m } member(s)), proposals.csv ({ $p }), votes.csv and polls.csv ({ $q } poll(s)), { $who }. UTF-8 CSV files: Excel, LibreOffice and Google Sheets open them as they are.
EXPORT_QUEUED = Tu exportación { $fmt } de “{ $title }” va de camino.
EXPORT_CAPTION =
    Exportación { $fmt } de “{ $title }”: { $n ->
        [one] { $n } mensaje
        [many] { $n } de mensajes
       *[other] { $n } mensajes
    }, { $who }.
EXPORT_PSEUDONYMS = miembros con seudónimos
EXPORT_NAMES = miembros con nombre
EXPORT_NAMES_NOT_ALLOWED = Solo un organizador de “{ $title }” decide si sus coordinadores pueden exportar los nombres de los miembros (/team <código> names on); exporta sin --names para usar seudónimos.
EXPORT_ZIPPED = { " " }Comprimida: era demasiado grande para enviarla tal cual.
# needs translation
EXPORT_TOO_LARGE =
    Esta exportación ocupa { $mib } MB incluso comprimida, más de lo que Telegram deja enviar a un bot. En el servidor, ejecuta:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
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
