CARD_HEADER = Propuesta { $position } de { $total } (n.º { $id })
CARD_OWN = Esta es tu propuesta.
CARD_YOUR_VOTE = Tu voto: { $vote }. Toca otro botón para cambiarlo.
CARD_NOT_VOTED = ¿Estás de acuerdo?
CARD_SAVED_NEXT = ✅ Guardé tu voto sobre la n.º { $id }: { $vote }. Aquí va la siguiente:
CARD_ALL_VOTED = Has votado todas las propuestas hasta ahora. ¡Gracias! Puedes volver atrás y cambiar un voto hasta que cierre la sesión, y /proposals muestra las nuevas según llegan.
LEFT_UNVOTED =
    { $count ->
        [one] Dejaste { $count } propuesta sin votar: /proposals te lleva de vuelta a ella cuando quieras.
        [many] Dejaste { $count } de propuestas sin votar: /proposals te lleva de vuelta a ellas cuando quieras.
       *[other] Dejaste { $count } propuestas sin votar: /proposals te lleva de vuelta a ellas cuando quieras.
    }
CARD_NOTHING_TO_VOTE = Aún no hay nada más que votar: la tuya es la única propuesta. /proposals muestra las nuevas según llegan.
PREVIOUS = ◀ Anterior
NEXT = Siguiente ▶
NO_PROPOSALS = Aún no hay propuestas en “{ $title }”. Escribe una con /propose <tu idea>.
PROPOSAL_EMPTY = Tu propuesta está vacía. Uso: /propose <tu idea>, de { $least } a { $most } caracteres, por ejemplo: /propose Luces en el camino del estanque
PROPOSAL_DUPLICATE = Esa idea ya está en la lista como propuesta n.º { $id }. Puedes votarla con /proposals.
PROPOSAL_SAVED = ¡Gracias! Tu propuesta está guardada como n.º { $id }. Los demás pueden votarla con /proposals.
PROPOSAL_REWORDED = Tu propuesta n.º { $id } ahora dice: “{ $text }”.
VOTES_CLEARED =
    { $n ->
        [one] Se borró el { $n } voto sobre su texto anterior, para que los vecinos voten este.
        [many] Se borraron los { $n } de votos sobre su texto anterior, para que los vecinos voten este.
       *[other] Se borraron los { $n } votos sobre su texto anterior, para que los vecinos voten este.
    }
PROPOSAL_KEPT = Tu propuesta n.º { $id } se queda como estaba.
NEW_TO_VOTE =
    { $n ->
        [one] Hay { $n } propuesta nueva en “{ $title }” que aún no has votado: échale un vistazo, para que las ideas que llegan más tarde también tengan su oportunidad.
        [many] Hay { $n } de propuestas nuevas en “{ $title }” que aún no has votado: échales un vistazo, para que las ideas que llegan más tarde también tengan su oportunidad.
       *[other] Hay { $n } propuestas nuevas en “{ $title }” que aún no has votado: échales un vistazo, para que las ideas que llegan más tarde también tengan su oportunidad.
    }
VOTE_NOW = Votar ahora
VOTE_SAVED = Guardado: { $vote }
VOTE_UNCHANGED = Ya votaste: { $vote }.
OWN_PROPOSAL = No puedes votar tu propia propuesta.
PROPOSAL_HIDDEN_BUTTON = Los organizadores han ocultado esta propuesta.
MILESTONE =
    Buenas noticias: tu propuesta “{ $text }” ya tiene { $count ->
        [one] { $count } voto a favor
        [many] { $count } de votos a favor
       *[other] { $count } votos a favor
    } en “{ $title }”.
FEEDBACK_USAGE = Uso: /feedback <lo que quieras decir a los organizadores>, hasta { $most } caracteres
FEEDBACK_LONG = Es demasiado largo: que tu comentario tenga como máximo { $most } caracteres, por favor.
FEEDBACK_SAVED = Gracias por tu comentario: los organizadores lo leerán.
HIDE_USAGE = Uso: { $command } [código de sesión] <número de propuesta> [motivo]
NO_SUCH_PROPOSAL = No hay ninguna propuesta n.º { $id }.
HIDDEN = La propuesta n.º { $id } está oculta para los miembros. Motivo: { $reason }
ALREADY_HIDDEN = La propuesta n.º { $id } ya está oculta.
UNHIDDEN = La propuesta n.º { $id } vuelve a ser visible para los miembros.
NOT_HIDDEN = La propuesta n.º { $id } no está oculta.
NO_REASON = sin motivo
YOUR_PROPOSAL_HIDDEN =
    Los organizadores de “{ $title }” han ocultado tu propuesta “{ $text }”: los demás ya no la ven ni la votan.
    Motivo: { $reason }
    Si crees que es un error, díselo con /feedback.
YOUR_PROPOSAL_SHOWN = Tu propuesta “{ $text }” vuelve a ser visible en “{ $title }”: los demás pueden verla y votarla.
PROPOSAL_WITHDRAWN = La propuesta n.º { $id } fue retirada por su autor: sigue oculta, con sus votos.
REASON_TOO_LONG = Ese motivo es demasiado largo: que tenga menos de { $limit } caracteres, por favor.
VOTE_LABELS__agree = De acuerdo
VOTE_LABELS__disagree = En desacuerdo
VOTE_LABELS__pass = Paso
CARD_WRITTEN_IN = (escrita en { $language })
CARD_TRANSLATED = (traducida del { $language } por los organizadores)
TRANSLATE_USAGE =
    Uso: /translate [código de sesión] <número de propuesta> <idioma> <texto>
    Por ejemplo: /translate 4 en Put lamps by the pond
TRANSLATE_NOT_OFFERED = Esta sesión no está en “{ $typed }”. Sus idiomas: { $languages }.
TRANSLATE_SAME = La propuesta n.º { $id } ya está escrita en { $language }.
TRANSLATE_LONG = Esa traducción es demasiado larga: como máximo { $most } caracteres, por favor.
TRANSLATED =
    Propuesta n.º { $id } en { $language }: “{ $text }”
    Quienes leen en { $language } la ven así; sus votos cuentan para la misma propuesta.
TRANSLATION_REPLACED = La propuesta n.º { $id } en { $language } ahora dice: “{ $text }” (en lugar de “{ $before }”).
SHARE_PROPOSAL_BUTTON = 📣 Compartir la propuesta #{ $id }
SHARE_PROPOSAL_TEXT = Estoy de acuerdo con esta idea para “{ $title }”: “{ $text }” ¿Qué te parece?
