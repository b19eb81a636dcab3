READ_USAGE = الاستخدام: { $command } <رمز الجلسة> [الصفحة]
PROPOSALS_FOR_A_SESSION = للمنظّمين والمنسّقين: يعرض /proposals <رمز الجلسة> مقترحاتها.
ANSWERS_USAGE = الاستخدام: /answers <رمز الجلسة> <معرّف الخطوة> [الصفحة]. خطوات «{ $title }»: { $steps }
# needs translation
ANSWERS_USAGE_PLAIN = الاستخدام: /answers <رمز الجلسة> <معرّف الخطوة> [الصفحة]
# needs translation
ANSWERS_WHICH = أي سؤال من «{ $title }»؟ أرسل /answers { $code } <الخطوة>، واحدًا من: { $steps }
# needs translation
ANSWERS_BUTTON = { $label } ({ $n })
# needs translation
NO_QUESTIONS = “{ $title }” asks no questions: its flow has only messages and votes.
NO_SUCH_STEP = ليس في «{ $title }» خطوة «{ $step }». خطواتها: { $steps }
PAGE_FOOTER = الصفحة { $page } من { $pages }. التالية: { $more } { $next }
PAGE_LAST = الصفحة { $page } من { $pages }.
NO_PAGE =
    لا توجد صفحة { $page }: في «{ $title }» { $pages ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }.
PROPOSALS_HEAD = مقترحات «{ $title }» ({ $n })، حسب الرقم. أخفِ أحدها بـ /hide { $code } <الرقم> [السبب].
PROPOSAL_LINE =
    رقم { $id } من { $author } · موافق { $agree }، غير موافق { $disagree }، تجاوز { $passed }{ $flags }
    { $text }
QUOTED = «{ $text }»
PROPOSAL_HIDDEN_FLAG = { " " }· مخفي
PROPOSAL_WITHDRAWN_FLAG = { " " }· مسحوب
WITHDRAWN_TEXT = (سحبه صاحبه)
NO_PROPOSALS_READ = لا مقترحات في «{ $title }» بعد.
FEEDBACK_HEAD = الملاحظات على «{ $title }» ({ $n })، الأحدث أولًا.
FEEDBACK_LINE =
    رقم { $id } · { $when } · { $author } · { $mood }
    «{ $text }»
NO_FEEDBACK_READ = لم يترك أحد ملاحظات على «{ $title }» بعد.
# needs translation
ANSWERS_HEAD = الإجابات عن «{ $step }» في «{ $title }» ({ $n }):
ANSWERS_TALLY =
    • { $label }: { $count ->
        [zero] لا أحد
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
# needs translation
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    «{ $text }»
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
    «{ $text }»
NO_ANSWERS_READ = لم يجب أحد عن «{ $step }» في «{ $title }» بعد.
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = النبرة غير معروفة
STATS_HEAD = 📊 «{ $title }» (الرمز { $code }، { $status })
STATS_FUNNEL = المشاركة
STATS_STAGE = • { $name }: { $count }
STATS_STAGE_SHARE = • { $name }: { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % تم الرد
CHART_MOODS =
    نبرة كلمات الأعضاء، حسب { $unit ->
        [hour] الساعة
       *[day] اليوم
    }
CHART_MEAN = متوسط القطبية
CHART_TEXTS = النصوص
CHART_GROUPS = مجموعات الرأي (أعضاء يصوّتون بشكل متشابه)
CHART_VOTES__agree = موافق
CHART_VOTES__disagree = غير موافق
CHART_VOTES__passed = تجاوز
MARKDOWN_META = الرمز `{ $code }`، { $status }، المسار { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = الأعضاء
REPORT_FUNNEL_COLUMNS__2 = من المنضمّين
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = أُرسل
REPORT_REPLY_COLUMNS__2 = رُدّ عليه
REPORT_REPLY_COLUMNS__3 = خلال يوم
REPORT_REPLY_COLUMNS__4 = نسبة الرد
REPORT_MOOD_COLUMNS__0 = النصوص
REPORT_MOOD_COLUMNS__1 = متوسط القطبية
REPORT_MOOD_COLUMNS__2 = سلبية
REPORT_MOOD_COLUMNS__3 = إيجابية
REPORT_HOUR = الساعة
REPORT_DAY = اليوم
REPORT_DIVISIVE_COLUMNS__0 = رقم
REPORT_DIVISIVE_COLUMNS__1 = المقترح
REPORT_DIVISIVE_COLUMNS__2 = موافق
REPORT_DIVISIVE_COLUMNS__3 = غير موافق
REPORT_DIVISIVE_COLUMNS__4 = تجاوز
STATS_STAGE_NAMES__joined = انضموا
STATS_STAGE_NAMES__consented = وافقوا على المشاركة
STATS_STAGE_NAMES__started = أجابوا عن سؤال
STATS_STAGE_NAMES__completed = أنهوا الأسئلة
STATS_STAGE_NAMES__proposed = كتبوا مقترحًا
STATS_STAGE_NAMES__voted = صوّتوا على المقترحات
# needs translation
STATS_REPLIES = الردود على رسائل المتابعة
# needs translation
STATS_FEW_MOODS = Not enough data yet to show sentiment over time.
# needs translation
STATS_RANKED_HOW = Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes from topping the list; only proposals with { $least }+ votes and not divided are ranked. The shares are the raw ones.
# needs translation
STATS_DIVISIVE_HOW = More than a third of those who took a side on each side.
STATS_REPLY = • { $kind }: رُدّ على { $answered } من { $sent } ({ NUMBER($share, style: "percent") })، { $within } خلال يوم
STATS_REPLY_NONE = • { $kind }: لم يُرسل شيء
REPROMPT_NAMES__reminder = التذكيرات
REPROMPT_NAMES__followup = أسئلة المتابعة
REPROMPT_NAMES__elaboration = طلبات التفصيل
REPROMPT_NAMES__champion = دعوات لإحضار الجيران
STATS_MOODS =
    نبرة كلمات الأعضاء، حسب { $unit ->
        [hour] الساعة
       *[day] اليوم
    } (المتوسط، سلبية/إيجابية)
STATS_MOOD =
    • { $bucket }: { $n ->
        [zero] لا نصوص
        [one] نص واحد
        [two] نصان
        [few] { $n } نصوص
        [many] { $n } نصًا
       *[other] { $n } نص
    }، المتوسط { SIGNED($mean) }، سلبية { $neg }، إيجابية { $pos }
STATS_EARLIER_MOODS = • … و{ $n } قبلها (في الرسم البياني وفي codesign report)
STATS_NO_MOODS = النبرة: لم يكتب أي عضو شيئًا بعد.
STATS_RANKED = المقترحات الأكثر تأييدًا
STATS_DIVISIVE = المقترحات الأكثر إثارة للانقسام
# needs translation
STATS_PROPOSAL = • رقم { $id } { $text }: موافق { $agree }، غير موافق { $disagree }، تجاوز { $passed }
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
STATS_NO_VOTES = لا أصوات على المقترحات بعد.
GROUPS_FOUND =
    مجموعات الرأي: { $n ->
        [zero] لا مجموعات
        [one] مجموعة واحدة
        [two] مجموعتان
        [few] { $n } مجموعات
        [many] { $n } مجموعة
       *[other] { $n } مجموعة
    } من الأعضاء يصوّتون بشكل متشابه ({ $sizes }).
GROUPS_NONE = مجموعات الرأي: لا شيء. الأعضاء ({ $members }) الذين لديهم { $least }+ أصوات لا ينقسمون إلى مجموعات (أصواتهم ليست أكثر تشابهًا من أصوات مخلوطة عشوائيًا).
GROUPS_FEW = مجموعات الرأي: الأصوات قليلة جدًا للبحث عنها ({ $members } أعضاء لديهم { $least }+ أصوات على { $proposals } مقترحات؛ يلزم { $need_members } أعضاء و{ $need_proposals } مقترحات).
GROUP_SIZE = { $label }: { $n }
VERDICTS__consensus = تأييد في كل المجموعات
VERDICTS__consensus_against = رفض في كل المجموعات
VERDICTS__divisive = يقسم المجموعات
VERDICTS__mixed = لا نمط واضح
VERDICTS_ONE_GROUP__consensus = تأييد الأغلبية
VERDICTS_ONE_GROUP__consensus_against = رفض الأغلبية
VERDICTS_ONE_GROUP__mixed = لا أغلبية واضحة
STATS_VERDICT = • { $verdict }: { $ids }
CHART_CAPTION = المشاركة والردود والنبرة والأصوات في «{ $title }».
# needs translation
EXPORT_USAGE = الاستخدام: /export <رمز الجلسة> [csv|json|md] [--names]
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
EXPORT_QUEUED = تصدير { $fmt } لـ «{ $title }» في الطريق إليك.
EXPORT_CAPTION =
    تصدير { $fmt } لـ «{ $title }»: { $n ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $n } رسائل
        [many] { $n } رسالة
       *[other] { $n } رسالة
    }، { $who }.
EXPORT_PSEUDONYMS = الأعضاء بأسماء مستعارة
EXPORT_NAMES = الأعضاء بأسمائهم
EXPORT_NAMES_NOT_ALLOWED = منظّم «{ $title }» وحده يقرر إن كان منسّقوها يصدّرون أسماء الأعضاء (/team <الرمز> names on)؛ صدّر دون --names للحصول على أسماء مستعارة.
EXPORT_ZIPPED = { " " }مضغوط: كان أكبر من أن يُرسل كما هو.
# needs translation
EXPORT_TOO_LARGE =
    حجم هذا التصدير { $mib } ميغابايت حتى بعد الضغط، وهو أكبر مما يسمح تيليغرام للبوت بإرساله. على الخادم، شغّل:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
REPORT_MADE = الرمز { $code } · { $status } · المسار { $flow } · أُعدّ التقرير في { $when } UTC.
REPORT_CHART_ALT = رسوم بيانية: المشاركة، والردود على التذكيرات، والنبرة عبر الزمن، والأصوات.
REPORT_PROPOSALS = المقترحات، الأكثر تأييدًا أولًا
REPORT_GROUPS = مجموعات الرأي
REPORT_COLUMNS__0 = رقم
REPORT_COLUMNS__1 = المقترح
REPORT_COLUMNS__2 = صاحبه
REPORT_COLUMNS__3 = موافق
REPORT_COLUMNS__4 = غير موافق
REPORT_COLUMNS__5 = تجاوز
REPORT_COLUMNS__6 = نسبة التأييد
REPORT_COLUMNS__7 = المجموعات
REPORT_GROUP_SHARE = موافقون في { $group } ({ $n })
MOODS__negative = سلبية
MOODS__neutral = محايدة
MOODS__positive = إيجابية
SIDE_KINDS__followup = متابعة
SIDE_KINDS__elaboration = طلب تفصيل
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = نص المحادثة
# a message the bot sent
MARKDOWN_BOT_TO = البوت ← { $who }
MARKDOWN_STEP = { " " }· الخطوة `{ $step }`
