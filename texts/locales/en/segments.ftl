USAGE =
    Use: /segment <code> add NAME RULE, /segment <code> show NAME or /segment <code> remove NAME.
    A rule tests what members answered and more, for example:
    /segment <code> add night_walkers safety <= 2 and not visit_frequency = never
LIST_USAGE = Use: /segments <code>
NONE_YET = “{ $title }” has no segments yet. Add one with /segment { $code } add NAME RULE, for example /segment { $code } add unsafe safety <= 2
LIST_HEAD = Segments of “{ $title }” ({ $n }):
LINE =
    • { $name } ({ $origin }): { $n ->
        [one] { $n } member
       *[other] { $n } members
    }, { $reachable } can be messaged now
    { "  " }{ $rule }
LINE_BROKEN = • { $name }: its rule no longer reads. { $problem }
LIST_FOOT = See who is in one: /segment { $code } show NAME. Send to one: --to NAME.
ORIGINS__flow = from the flow
ORIGINS__team = added by the team
NOT_ADDED = Segment { $name } not added. { $problem }
NO_INVITER = Nobody who invited others into this session has the pseudonym { $pseudonyms }.
EXISTS = This session already has a segment { $name }. Remove it first (/segment { $code } remove { $name }) or choose another name.
ADDED =
    Segment { $name } added: { $rule }
    { $n ->
        [one] { $n } member is
       *[other] { $n } members are
    } in it now, { $reachable } of them can be messaged.
    It is worked out again each time it is used, from the answers as they are then. See who: /segment { $code } show { $name }
REMOVED = Segment { $name } removed from { $title }.
UNKNOWN = No segment { $name } in this session. Its segments: { $names }. See them: /segments { $code }
NO_NAMES = none yet
RULE_BROKEN = Segment { $name } cannot be used: its rule no longer reads. { $problem }
SHOW_HEAD =
    Segment { $name }: { $rule }
    { $n ->
        [one] { $n } member is
       *[other] { $n } members are
    } in it now, { $reachable } can be messaged. By pseudonym:
SHOW_MORE = … and { $n } more.
TO_MISSING = --to needs a segment's name after it, for example --to night_walkers.
SMALL_CUT = Segment { $name } has fewer than 5 members: no figures are shown for it, so that nobody in it can be picked out.
CUT_HEAD = Only segment { $name } ({ $n } members):
PREVIEW_TO = Only segment { $name }: { $n } of its { $size } members can be messaged now.
NOBODY_IN = Nobody in segment { $name } of “{ $title }” can be messaged now, so nothing was sent.
