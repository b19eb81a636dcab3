# needs translation
STAGE_NAMES__opened = opened a link
# needs translation
STAGE_NAMES__joined = joined
# needs translation
STAGE_NAMES__consented = agreed to take part
# needs translation
STAGE_NAMES__answered = answered a question
# needs translation
STAGE_NAMES__finished = finished the questions
# needs translation
STAGE_NAMES__contributed = proposed or voted
# needs translation
STAGE_NAMES__invited = brought someone in
# needs translation
STAGE_NAMES__invitee_activated = brought someone who took part
# needs translation
SOURCE_NAMES__link = your link
# needs translation
SOURCE_NAMES__group = your group
# needs translation
SOURCE_NAMES__invite = a member's invitation
# needs translation
SOURCE_NAMES__proposal = a shared proposal
# needs translation
SOURCE_NAMES__seed = a champion's seed
# needs translation
TAG_NAME = your link “{ $tag }”
# needs translation
SEED_NAMES__proposal = proposal #{ $number } through { $champion }
# needs translation
SEED_NAMES__poll = poll #{ $number } through { $champion }
# needs translation
SECONDS = { $n } s
# needs translation
MINUTES = { $n } min
# needs translation
HOURS = { $n } h
# needs translation
DAYS = { $n } days
# needs translation
MORE_ROWS = … and { $n } more
# needs translation
FEWER_THAN = fewer than { $least }
# needs translation
FUNNEL_HEAD = 🧭 Trust funnel of “{ $title }” (code { $code })
# needs translation
FUNNEL_NONE = Nobody has opened a link of “{ $title }” yet.
# needs translation
FUNNEL_HOW = Each stage: how many reached it; in brackets, how many of those at the stage before reached it, and the median time they took.
# needs translation
STAGE_FIRST = • { $name }: { $count }
# needs translation
STAGE_NEXT = • { $name }: { $count } ({ $kept } of { $before }, { NUMBER($share, style: "percent") }{ $time })
# needs translation
STAGE_NEXT_NONE = • { $name }: { $count }
# needs translation
MEDIAN = , median { $time }
# needs translation
BREAKDOWN_LEGEND = Each line: opened › joined › agreed › answered › finished › proposed or voted › brought someone › brought someone who took part
# needs translation
BY_SOURCE = By how they came
# needs translation
BY_TAG = By the tag of your link
# needs translation
BY_CHAMPION = By the member who invited them
# needs translation
BY_SEED = By seed
# needs translation
BREAKDOWN_ROW = • { $name }: { $counts }
# needs translation
STEPS_HEAD = Where members stopped in the questions
# needs translation
STEP_ROW = • { $step }: { $reached } reached it, { $stopped } stopped there
# needs translation
STEP_WORST = { " " }← most stopped here
# needs translation
STEPS_NONE = Nobody has started the questions yet.
# needs translation
REACH_HEAD = 🌱 Reach of “{ $title }” (code { $code })
# needs translation
REACH_NONE = Nobody has joined “{ $title }” yet.
# needs translation
REACH_JOINED = { $members } joined: { $through } through a member ({ NUMBER($share, style: "percent") }), the others through your links.
# needs translation
REACH_NO_CASCADES = No member has brought anyone yet: everyone came through your links.
# needs translation
REACH_CASCADES = { $n } cascades: someone who came through your links, and everyone who came through them in turn.
# needs translation
REACH_LARGEST = The largest: { $size } members from { $root }, { $depth } generations deep; { $activated } of them took part; structural virality { NUMBER($virality, minimumFractionDigits: 2, maximumFractionDigits: 2) }.
# needs translation
REACH_GENERATIONS = Took part through members, by generation: { $generations }.
# needs translation
GENERATION = { $n }: { $count }
# needs translation
REACH_K = K-factor { NUMBER($k, minimumFractionDigits: 2, maximumFractionDigits: 2) }: { $activated } people who took part came through { $inviters } members who invited (a join counts once its member has answered).
# needs translation
REACH_VIRALITY_HOW = Structural virality is the average number of invitations between two people of a cascade: 2 or less when one person brought everyone (a broadcast), more as people bring people who bring people.
# needs translation
REACH_TREES = Largest cascades
# needs translation
TREE_ROW = • { $root }: { $size } members, { $activated } took part, { $depth } generations, virality { NUMBER($virality, minimumFractionDigits: 2, maximumFractionDigits: 2) }
# needs translation
REACH_SEEDS = Seeds (proposals and polls spread through champions)
# needs translation
SEED_ROW = • { $seed }: { $joined } joined, { $activated } took part, { $depth } generations, virality { NUMBER($virality, minimumFractionDigits: 2, maximumFractionDigits: 2) }
# needs translation
REACH_CAPTION = How people came to “{ $title }”: its largest cascades.
# needs translation
TREE_TITLE = The largest cascades of “{ $title }”
# needs translation
TREE_GENERATION = generation { $n }
# needs translation
TREE_TOOK_PART = took part
# needs translation
TREE_JOINED_ONLY = joined only
# needs translation
TREE_CUT = { $n } more members of these cascades are not drawn.
# needs translation
TREE_NONE = No cascades yet: nobody came through a member.
# needs translation
CHAMPIONS_HEAD = 🏅 Champions of “{ $title }”: members whose invitations brought people who took part
# needs translation
CHAMPIONS_NONE = No member of “{ $title }” has brought anyone yet.
# needs translation
CHAMPION_ROW = { $rank }. { $member }: reached { $influence } ({ $direct } directly, { $generations } generations deep), { $bridging }; took part { $participation } times
# needs translation
BRIDGING = across { $n } opinion groups
# needs translation
BRIDGING_NONE = no opinion groups yet
# needs translation
CHAMPIONS_HOW = Reached: people who came through them, or through those they brought, and took part. Took part: their answers, proposals and votes.
# needs translation
NEXT_HEAD = Who to involve next
# needs translation
NEXT_INVOLVE = • { $member } brings people (reached { $count }) but takes little part ({ $total }): ask what they think, give them a role.
# needs translation
NEXT_INVITE = • { $member } takes part a lot ({ $count }) but nobody came through them yet: ask them to invite people.
# needs translation
NEXT_GROUP = • Opinion group { $group }: { $count } of { $total } came through a member ({ NUMBER($share, style: "percent") }), against { NUMBER($overall, style: "percent") } of all grouped members: ask its members to invite people like them.
# needs translation
NEXT_LINK = • { $link }: { $total } opened it, { $count } took part ({ NUMBER($share, style: "percent") }), against { NUMBER($overall, style: "percent") } of everyone who opened a link.
# needs translation
NEXT_NONE = Nobody stands out to involve next.
# needs translation
QUADRANTS__key = key players: keep them closely involved
# needs translation
QUADRANTS__involve = bring people, take little part: involve them
# needs translation
QUADRANTS__invite = take part, bring few: ask them to invite
# needs translation
QUADRANTS__inform = keep them informed
# needs translation
QUADRANT_COUNTS = Power and interest: { $key } key players, { $involve } to involve, { $invite } to ask to invite, { $inform } to keep informed.
# needs translation
PICTURE_TITLE = Influence and participation in “{ $title }”
# needs translation
PICTURE_X = took part (answers, proposals, votes)
# needs translation
PICTURE_Y = reached (people who took part through them)
# needs translation
PICTURE_NONE = Nobody has taken part yet.
# needs translation
CHAMPIONS_CAPTION = Influence against participation in “{ $title }”, in four quadrants.
# needs translation
STATS_HEAD = Trust funnel and reach
# needs translation
STATS_FUNNEL = Opened a link { $opened } › joined { $joined } › answered { $answered } › finished { $finished } › proposed or voted { $contributed } › brought someone { $invited }
# needs translation
STATS_REACH = { $through } of { $members } joined through a member ({ NUMBER($share, style: "percent") }); { $cascades } cascades, the largest { $size } members over { $depth } generations; K-factor { $k }.
# needs translation
STATS_NO_REACH = Nobody joined through a member yet.
# needs translation
STATS_MORE = /funnel { $code }, /reach { $code } and /champions { $code } say more.
