# needs translation
USAGE =
    Use: /segment <code> add NAME RULE, /segment <code> show NAME or /segment <code> remove NAME.
    A rule tests what members answered and more, for example:
    /segment <code> add night_walkers safety <= 2 and not visit_frequency = never
# needs translation
LIST_USAGE = Use: /segments <code>
# needs translation
NONE_YET = { $title } has no segments yet. Add one with /segment { $code } add NAME RULE, for example /segment { $code } add unsafe safety <= 2
# needs translation
LIST_HEAD = Segments of { $title } ({ $n }):
# needs translation
LINE =
    • { $name } ({ $origin }): { $n } members, { $reachable } can be messaged now
    { "  " }{ $rule }
# needs translation
LINE_BROKEN = • { $name }: its rule no longer reads. { $problem }
# needs translation
LIST_FOOT = See who is in one: /segment { $code } show NAME. Send to one: --to NAME.
# needs translation
ORIGINS__flow = from the flow
# needs translation
ORIGINS__team = added by the team
# needs translation
NOT_ADDED = Segment { $name } not added. { $problem }
# needs translation
NO_INVITER = Nobody who invited others into this session has the pseudonym { $pseudonyms }.
# needs translation
EXISTS = This session already has a segment { $name }. Remove it first (/segment { $code } remove { $name }) or choose another name.
# needs translation
ADDED =
    Segment { $name } added: { $rule }
    { $n } members are in it now, { $reachable } of them can be messaged.
    It is worked out again each time it is used, from the answers as they are then. See who: /segment { $code } show { $name }
# needs translation
REMOVED = Segment { $name } removed from { $title }.
# needs translation
UNKNOWN = No segment { $name } in this session. Its segments: { $names }. See them: /segments { $code }
# needs translation
NO_NAMES = none yet
# needs translation
RULE_BROKEN = Segment { $name } cannot be used: its rule no longer reads. { $problem }
# needs translation
SHOW_HEAD =
    Segment { $name }: { $rule }
    { $n } members are in it now, { $reachable } can be messaged. By pseudonym:
# needs translation
SHOW_MORE = … and { $n } more.
# needs translation
TO_MISSING = --to needs a segment's name after it, for example --to night_walkers.
# needs translation
SMALL_CUT = Segment { $name } has fewer than 5 members: no figures are shown for it, so that nobody in it can be picked out.
# needs translation
CUT_HEAD = Only segment { $name } ({ $n } members):
# needs translation
PREVIEW_TO = Only segment { $name }: { $n } of its { $size } members can be messaged now.
# needs translation
NOBODY_IN = Nobody in segment { $name } of “{ $title }” can be messaged now, so nothing was sent.
