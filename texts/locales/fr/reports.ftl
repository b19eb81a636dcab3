READ_USAGE = Usage : { $command } <code de session> [page]
PROPOSALS_FOR_A_SESSION = Organisateurs et coordinateurs : /proposals <code de session> liste ses propositions.
ANSWERS_USAGE = Usage : /answers <code de session> <id de l’étape> [page]. Étapes de « { $title } » : { $steps }
# needs translation
ANSWERS_USAGE_PLAIN = Usage : /answers <code de session> <id de l’étape> [page]
# needs translation
ANSWERS_WHICH = Quelle question de « { $title } » ? Envoyez /answers { $code } <étape>, parmi : { $steps }
# needs translation
ANSWERS_BUTTON = { $label } ({ $n })
# needs translation
NO_QUESTIONS = “{ $title }” asks no questions: its flow has only messages and votes.
NO_SUCH_STEP = « { $title } » n’a pas d’étape « { $step } ». Ses étapes : { $steps }
PAGE_FOOTER = Page { $page } sur { $pages }. Suivante : { $more } { $next }
PAGE_LAST = Page { $page } sur { $pages }.
NO_PAGE =
    Il n’y a pas de page { $page } : « { $title } » en a { $pages ->
        [one] { $pages }
        [many] { $pages }
       *[other] { $pages }
    }.
PROPOSALS_HEAD = Propositions de « { $title } » ({ $n }), par numéro. Masquez-en une avec /hide { $code } <numéro> [raison].
PROPOSAL_LINE =
    n° { $id } par { $author } · { $agree } pour, { $disagree } contre, { $passed } passent{ $flags }
    { $text }
QUOTED = « { $text } »
PROPOSAL_HIDDEN_FLAG = { " " }· masquée
PROPOSAL_WITHDRAWN_FLAG = { " " }· retirée
WITHDRAWN_TEXT = (retirée par son auteur)
NO_PROPOSALS_READ = « { $title } » n’a pas encore de proposition.
FEEDBACK_HEAD = Commentaires sur « { $title } » ({ $n }), les plus récents d’abord.
FEEDBACK_LINE =
    n° { $id } · { $when } · { $author } · { $mood }
    « { $text } »
NO_FEEDBACK_READ = Personne n’a encore laissé de commentaire sur « { $title } ».
# needs translation
ANSWERS_HEAD = Réponses à « { $step } » dans « { $title } » ({ $n }) :
ANSWERS_TALLY =
    • { $label } : { $count ->
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
# needs translation
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    « { $text } »
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
    « { $text } »
NO_ANSWERS_READ = Personne n’a encore répondu à « { $step } » dans « { $title } ».
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = ton inconnu
STATS_HEAD = 📊 « { $title } » (code { $code }, { $status })
STATS_FUNNEL = Participation
STATS_STAGE = • { $name } : { $count }
STATS_STAGE_SHARE = • { $name } : { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % de réponses
CHART_MOODS =
    Ton des mots des membres, par { $unit ->
        [hour] heure
       *[day] jour
    }
CHART_MEAN = polarité moyenne
CHART_TEXTS = textes
CHART_GROUPS = Groupes d’opinion (membres qui votent de la même façon)
CHART_VOTES__agree = pour
CHART_VOTES__disagree = contre
CHART_VOTES__passed = passe
MARKDOWN_META = Code `{ $code }`, { $status }, parcours { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = membres
REPORT_FUNNEL_COLUMNS__2 = parmi les inscrits
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = envoyés
REPORT_REPLY_COLUMNS__2 = avec réponse
REPORT_REPLY_COLUMNS__3 = en un jour
REPORT_REPLY_COLUMNS__4 = taux de réponse
REPORT_MOOD_COLUMNS__0 = textes
REPORT_MOOD_COLUMNS__1 = polarité moyenne
REPORT_MOOD_COLUMNS__2 = négatifs
REPORT_MOOD_COLUMNS__3 = positifs
REPORT_HOUR = heure
REPORT_DAY = jour
REPORT_DIVISIVE_COLUMNS__0 = n°
REPORT_DIVISIVE_COLUMNS__1 = proposition
REPORT_DIVISIVE_COLUMNS__2 = pour
REPORT_DIVISIVE_COLUMNS__3 = contre
REPORT_DIVISIVE_COLUMNS__4 = passe
STATS_STAGE_NAMES__joined = inscrits
STATS_STAGE_NAMES__consented = ont accepté de participer
STATS_STAGE_NAMES__started = ont répondu à une question
STATS_STAGE_NAMES__completed = ont fini les questions
STATS_STAGE_NAMES__proposed = ont écrit une proposition
STATS_STAGE_NAMES__voted = ont voté sur des propositions
# needs translation
STATS_REPLIES = Réponses aux messages de relance
# needs translation
STATS_FEW_MOODS = Not enough data yet to show sentiment over time.
# needs translation
STATS_RANKED_HOW = Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes from topping the list; only proposals with { $least }+ votes and not divided are ranked. The shares are the raw ones.
# needs translation
STATS_DIVISIVE_HOW = More than a third of those who took a side on each side.
STATS_REPLY = • { $kind } : { $answered } sur { $sent } avec réponse ({ NUMBER($share, style: "percent") }), { $within } en un jour
STATS_REPLY_NONE = • { $kind } : aucun envoyé
REPROMPT_NAMES__reminder = rappels
REPROMPT_NAMES__followup = relances
REPROMPT_NAMES__elaboration = demandes de précision
REPROMPT_NAMES__champion = invitations à amener des voisins
STATS_MOODS =
    Ton des mots des membres, par { $unit ->
        [hour] heure
       *[day] jour
    } (moyenne, négatifs/positifs)
STATS_MOOD =
    • { $bucket } : { $n ->
        [one] { $n } texte
        [many] { $n } de textes
       *[other] { $n } textes
    }, moyenne { SIGNED($mean) }, { $neg } négatifs, { $pos } positifs
STATS_EARLIER_MOODS = • … et { $n } plus anciens (dans le graphique et dans codesign report)
STATS_NO_MOODS = Ton : aucun membre n’a encore rien écrit.
STATS_RANKED = Propositions les plus soutenues
STATS_DIVISIVE = Propositions qui divisent le plus
# needs translation
STATS_PROPOSAL = • n° { $id } { $text } : { $agree } pour, { $disagree } contre, { $passed } passent
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
STATS_NO_VOTES = Pas encore de vote sur les propositions.
GROUPS_FOUND =
    Groupes d’opinion : { $n ->
        [one] { $n } groupe
        [many] { $n } de groupes
       *[other] { $n } groupes
    } de membres qui votent de la même façon ({ $sizes }).
GROUPS_NONE = Groupes d’opinion : aucun. Les { $members } membres avec { $least }+ votes ne forment pas de groupes (leurs votes ne se ressemblent pas plus que des votes mélangés au hasard).
GROUPS_FEW = Groupes d’opinion : trop peu de votes pour les chercher ({ $members } membres avec { $least }+ votes sur { $proposals } propositions ; il faut { $need_members } membres et { $need_proposals } propositions).
GROUP_SIZE = { $label } : { $n }
VERDICTS__consensus = soutenue par tous les groupes
VERDICTS__consensus_against = rejetée par tous les groupes
VERDICTS__divisive = divise les groupes
VERDICTS__mixed = pas de tendance claire
VERDICTS_ONE_GROUP__consensus = soutenue par la plupart
VERDICTS_ONE_GROUP__consensus_against = rejetée par la plupart
VERDICTS_ONE_GROUP__mixed = pas de majorité claire
STATS_VERDICT = • { $verdict } : { $ids }
CHART_CAPTION = Participation, réponses, ton et votes dans « { $title } ».
# needs translation
EXPORT_USAGE = Usage : /export <code de session> [csv|json|md] [--names]
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
EXPORT_QUEUED = Votre export { $fmt } de « { $title } » est en route.
EXPORT_CAPTION =
    Export { $fmt } de « { $title } » : { $n ->
        [one] { $n } message
        [many] { $n } de messages
       *[other] { $n } messages
    }, { $who }.
EXPORT_PSEUDONYMS = membres sous pseudonymes
EXPORT_NAMES = membres nommés
EXPORT_NAMES_NOT_ALLOWED = Seul un organisateur de « { $title } » décide si ses coordinateurs peuvent exporter les noms des membres (/team <code> names on) ; exportez sans --names pour des pseudonymes.
EXPORT_ZIPPED = { " " }Compressé : il était trop gros pour être envoyé tel quel.
# needs translation
EXPORT_TOO_LARGE =
    Cet export fait { $mib } Mo même compressé, plus que ce que Telegram laisse envoyer à un bot. Sur le serveur, lancez :
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
REPORT_MADE = Code { $code } · { $status } · parcours { $flow } · rapport créé le { $when } UTC.
REPORT_CHART_ALT = Graphiques : participation, réponses aux rappels, ton au fil du temps, votes.
REPORT_PROPOSALS = Propositions, les plus soutenues d’abord
REPORT_GROUPS = Groupes d’opinion
REPORT_COLUMNS__0 = n°
REPORT_COLUMNS__1 = proposition
REPORT_COLUMNS__2 = auteur
REPORT_COLUMNS__3 = pour
REPORT_COLUMNS__4 = contre
REPORT_COLUMNS__5 = passe
REPORT_COLUMNS__6 = accord
REPORT_COLUMNS__7 = groupes
REPORT_GROUP_SHARE = pour dans { $group } ({ $n })
MOODS__negative = négatif
MOODS__neutral = neutre
MOODS__positive = positif
SIDE_KINDS__followup = relance
SIDE_KINDS__elaboration = précision demandée
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = Transcription
# a message the bot sent
MARKDOWN_BOT_TO = bot → { $who }
MARKDOWN_STEP = { " " }· étape `{ $step }`
