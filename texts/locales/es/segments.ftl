USAGE =
    Uso: /segment <código> add NOMBRE REGLA, /segment <código> show NOMBRE o /segment <código> remove NOMBRE.
    Una regla comprueba lo que respondieron los participantes y más, por ejemplo:
    /segment <código> add night_walkers safety <= 2 and not visit_frequency = never
LIST_USAGE = Uso: /segments <código>
NONE_YET = { $title } aún no tiene segmentos. Añade uno con /segment { $code } add NOMBRE REGLA, por ejemplo /segment { $code } add unsafe safety <= 2
LIST_HEAD = Segmentos de «{ $title }» ({ $n }):
LINE =
    • { $name } ({ $origin }): { $n ->
        [one] { $n } participante
        [many] { $n } de participantes
       *[other] { $n } participantes
    }, { $reachable } con quien se puede contactar ahora
    { "  " }{ $rule }
LINE_BROKEN = • { $name }: su regla ya no se puede leer. { $problem }
LIST_FOOT = Ver quién está en uno: /segment { $code } show NOMBRE. Enviar a uno: --to NOMBRE.
ORIGINS__flow = del flujo
ORIGINS__team = añadido por el equipo
NOT_ADDED = No se añadió el segmento { $name }. { $problem }
NO_INVITER = Nadie que haya invitado a otros a esta sesión tiene el seudónimo { $pseudonyms }.
EXISTS = Esta sesión ya tiene un segmento { $name }. Elimínalo primero (/segment { $code } remove { $name }) o elige otro nombre.
ADDED =
    Segmento { $name } añadido: { $rule }
    Ahora { $n ->
        [one] hay { $n } participante
        [many] hay { $n } de participantes
       *[other] hay { $n } participantes
    } en él; se puede contactar con { $reachable }.
    Se calcula de nuevo cada vez que se usa, con las respuestas tal como estén entonces. Ver quién: /segment { $code } show { $name }
REMOVED = Segmento { $name } eliminado de { $title }.
UNKNOWN = No hay ningún segmento { $name } en esta sesión. Sus segmentos: { $names }. Verlos: /segments { $code }
NO_NAMES = ninguno todavía
RULE_BROKEN = No se puede usar el segmento { $name }: su regla ya no se puede leer. { $problem }
SHOW_HEAD =
    Segmento { $name }: { $rule }
    Ahora { $n ->
        [one] hay { $n } participante
        [many] hay { $n } de participantes
       *[other] hay { $n } participantes
    } en él; se puede contactar con { $reachable }. Por seudónimo:
SHOW_MORE = … y { $n } más.
TO_MISSING = --to necesita el nombre de un segmento detrás, por ejemplo --to night_walkers.
SMALL_CUT = El segmento { $name } tiene menos de 5 participantes: no se muestra ninguna cifra de él, para que nadie pueda ser identificado.
CUT_HEAD = Solo el segmento { $name } ({ $n } participantes):
PREVIEW_TO = Solo el segmento { $name }: se puede contactar ahora con { $n } de sus { $size } participantes.
NOBODY_IN = No se puede contactar ahora con nadie del segmento { $name } de «{ $title }», así que no se envió nada.
