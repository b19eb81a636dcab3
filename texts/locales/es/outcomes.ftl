STATE_NAMES__adopted = adoptada
STATE_NAMES__declined = descartada
STATE_NAMES__in_progress = en marcha
STATE_NAMES__done = hecha
STATE_MARKS__adopted = 👍
STATE_MARKS__declined = ✖️
STATE_MARKS__in_progress = 🛠
STATE_MARKS__done = ✅
USAGE =
    Uso: { $command } [código de sesión] <número de propuesta> adopted|declined|in_progress|done [por qué, en pocas palabras]
    Por ejemplo: { $command } 3 done Las farolas se pusieron el 2 de junio.
    Con done, --ask-after 7d fija cuándo se pregunta a quienes votaron si les cambió algo.
NO_STATE = ¿Qué pasó con la propuesta n.º { $id }? Escribe adopted, declined, in_progress o done tras su número, y luego por qué en pocas palabras: { $command } { $code } { $id } done Ya se pusieron las farolas.
BAD_STATE = No conozco ese resultado. Escribe adopted, declined, in_progress o done tras el número de la propuesta, p. ej. { $command } { $code } { $id } adopted
TOO_LONG = Esas palabras son demasiado largas: como máximo { $limit } caracteres, por favor.
ASK_AFTER_BAD = --ask-after lleva una espera como 7d, 48h o 30d (como mucho 365d), p. ej. { $command } { $code } { $id } done --ask-after 7d Ya se pusieron las farolas.
ASK_AFTER_NOT_DONE = --ask-after solo va con done: se pregunta a los miembros si una propuesta les cambió algo una vez hecha.
HIDDEN = La propuesta n.º { $id } está oculta para los miembros, así que no hay resultado que contarles. Primero /unhide { $code } { $id } si debe verse.
WITHDRAWN = Su autor retiró la propuesta n.º { $id } (borró sus datos), así que no hay resultado que anotar.
ALREADY = La propuesta n.º { $id } ya está marcada como { $state } (desde { $since }); no cambia nada y nadie recibe el aviso dos veces.
REWORDED = La propuesta n.º { $id } ya estaba marcada como { $state } (desde { $since }): ahora lleva tus palabras, para el informe y las exportaciones. A quienes ya se avisó no se les vuelve a avisar.
SAVED = La propuesta n.º { $id } está marcada ahora como { $mark } { $state }.
SAVED_WORDS = Los miembros leen tus palabras con ella: “{ $words }”
SAVED_WORDS_KEPT = Tus palabras se guardan con ella para el informe y las exportaciones: “{ $words }”
TELLING =
    { $n ->
        [one] Aviso al miembro que la propuso o votó, poco a poco, dentro del límite diario y fuera de sus horas de silencio.
        [many] Aviso a los { $n } de miembros que la propusieron o votaron, poco a poco, dentro del límite diario y fuera de sus horas de silencio.
       *[other] Aviso a los { $n } miembros que la propusieron o votaron, poco a poco, dentro del límite diario y fuera de sus horas de silencio.
    }
TELLING_NOBODY = Ahora no se puede escribir a nadie que la propusiera o votara, así que no se avisa a nadie.
TOLD_BEFORE =
    { $n ->
        [one] { $n } miembro que ya supo que estaba { $state } no recibe otro aviso.
        [many] { $n } de miembros que ya supieron que estaba { $state } no reciben otro aviso.
       *[other] { $n } miembros que ya supieron que estaba { $state } no reciben otro aviso.
    }
AWAY = A { $n } más no se les puede escribir (en pausa, se fueron o bloquearon el bot).
WILL_ASK = Dentro de { $wait } les preguntaré si les cambió algo; las respuestas aparecen con el resultado en /stats, el informe y las exportaciones.
ADD_WHY = Consejo: la próxima vez, añade unas palabras sobre el porqué tras el estado: los miembros las leen con la noticia y dicen más que el estado solo. Las palabras añadidas ahora ({ $command } { $code } { $id } { $state } <por qué>) van al informe y a las exportaciones.
TOLD_HEAD = Lo dijisteis, lo hicimos — “{ $title }”
TOLD_YOURS = Tu propuesta n.º { $id }: “{ $text }”
TOLD_VOTED = La propuesta n.º { $id }, que votaste: “{ $text }”
TOLD_STATES__adopted = 👍 Los organizadores la han adoptado.
TOLD_STATES__declined = ✖️ Los organizadores decidieron no seguir adelante con ella.
TOLD_STATES__in_progress = 🛠 Ya se ha empezado a trabajar en ella.
TOLD_STATES__done = ✅ Ya está hecha.
TOLD_WHY = En sus palabras: “{ $words }”
TOLD_THANKS = Gracias por participar.
QUESTION =
    “{ $title }”: la propuesta n.º { $id }, “{ $text }”, se hizo el { $date }.
    
    ¿Te ha cambiado algo?
IMPACT_LABELS__a_lot = Sí, mucho
IMPACT_LABELS__a_little = Un poco
IMPACT_LABELS__not_really = No mucho
ANSWERED = Dijiste: { $label }. ¡Gracias!
WORDS_PLEASE = Si quieres, cuéntame en pocas palabras qué cambió (o qué no): el próximo mensaje que escribas se guarda con tu respuesta. No es obligatorio.
ALREADY_ANSWERED = Ya respondiste a esto. ¡Gracias!
WORDS_KEPT = Gracias: tus palabras se guardan con tu respuesta.
WORDS_DECLINED = De acuerdo, tu respuesta queda como está. ¡Gracias!
WORDS_TOO_LONG = Es un poco largo: como máximo { $limit } caracteres, por favor.
CARD_LINE = { $mark } Resultado: { $state }
CARD_WHY = “{ $words }”
STATS_HEAD = Qué pasó con las propuestas:
STATS_LINE = • n.º { $id } { $text }: { $state } ({ $date }){ $answers }
STATS_ANSWERS = ; ¿cambió algo? { $counts } ({ $n } respondieron)
REPORT_SECTION = Lo dijisteis, lo hicimos
REPORT_COLUMNS__0 = n.º
REPORT_COLUMNS__1 = propuesta
REPORT_COLUMNS__2 = resultado
REPORT_COLUMNS__3 = en sus palabras
REPORT_COLUMNS__4 = desde
REPORT_ASKED = ¿Les cambió algo a quienes la votaron?
REPORT_COUNT = { $label }: { $n }
REPORT_NOBODY = Nadie ha respondido todavía.
REPORT_HISTORY = Antes: { $steps }
