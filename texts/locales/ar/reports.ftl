READ_USAGE = الاستخدام: { $command } <رمز الجلسة> [الصفحة]
PROPOSALS_FOR_A_SESSION = للمنظّمين والمنسّقين: يعرض /proposals <رمز الجلسة> مقترحاتها.
ANSWERS_USAGE = الاستخدام: /answers <رمز الجلسة> <معرّف الخطوة> [الصفحة]. خطوات «{ $title }»: { $steps }
ANSWERS_USAGE_PLAIN = الاستخدام: /answers <رمز الجلسة> [معرّف الخطوة] [الصفحة]
ANSWERS_WHICH = أي سؤال من «{ $title }»؟ نتائج كل سؤال بترتيب المسار:
ANSWERS_BUTTON = { $label } ({ $n })
NO_QUESTIONS = «{ $title }» لا تطرح أسئلة: مسارها رسائل وتصويتات فقط.
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
ANSWERS_HEAD =
    «{ $title }»، السؤال { $step }:
    { $prompt }
ANSWERS_TALLY =
    • { $label }: { $count ->
        [zero] لا أحد
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }{ $flags }
    «{ $text }»
SIDE_NAMES__followup = رد على سؤال متابعة
SIDE_NAMES__elaboration = تفاصيل إضافية، عند الطلب
ANSWER_HIDDEN_FLAG = { " " }· مقترح أخفاه المنظّمون
# every share shown: raw, beside its counts
SHARE = { $count } من { $total }، { NUMBER($share, style: "percent") }
SHARE_OF_NONE = { $count } من { $total }
RESULTS_ANSWERED = أجاب: { $answered }
RESULTS_SKIPPED = تخطّى: { $n }
RESULTS_ERASED = محاها أصحابها: { $n }
RESULTS_OPTION = • { $label }: { $share }
RESULTS_MULTIPLE = كان يمكن اختيار أكثر من خيار: النسب من الأعضاء الذين أجابوا، لذا قد يتجاوز مجموعها 100٪.
RESULTS_SCALE = المتوسط { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }، والوسيط { NUMBER($median) }.
RESULTS_WRITTEN = الأحدث أولًا، ومع كلٍّ طابعها.
RESULTS_ADDED = ردود على أسئلة متابعة أو طلبات تفاصيل: { $n }
RESULTS_NONE = لم يُجب أحد بعد.
RESULTS_HEAD = النتائج لكل سؤال
RESULTS_BRIEF_HEAD = النتائج لكل سؤال (/answers { $code } لكل سؤال كاملًا)
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }؛ اختار الأكثرون { $top } ({ $share })
RESULTS_BRIEF_SCALE = • { $label }: { $counted }؛ المتوسط { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }، والوسيط { NUMBER($median) }
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
RESULTS_BRIEF_MOODS = ؛ سلبية: { $negative }، إيجابية: { $positive }
RESULTS_BRIEF_EMPTY = • { $label }: لم يُجب أحد بعد
RESULTS_TIED = { " " }و{ " " }
NO_QUESTIONS_ASKED = لا يطرح المسار أسئلة خاصة به.
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
STATS_REPLIES = الردود على التذكيرات وأسئلة المتابعة
STATS_FEW_MOODS = لا بيانات كافية بعد لعرض الطابع عبر الزمن.
STATS_RANKED_HOW = مرتبة حسب (الموافقون + 1) / (الأصوات + 2)، وهي درجة تمنع مقترحًا قليل الأصوات من تصدّر القائمة؛ ولا تُرتَّب إلا المقترحات التي نالت { $least } أصوات فأكثر وليست منقسمة. النسب خام.
STATS_DIVISIVE_HOW = أكثر من ثلث من اتخذوا موقفًا في كل جانب.
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
STATS_PROPOSAL = • { $number } { $text }: موافق { $agree }؛ غير موافق { $disagree }؛ تخطٍّ { $passed }
STATS_TOO_FEW_TO_RANK = لا أصوات كافية لترتيب المقترحات: يُرتَّب المقترح بدءًا من { $least } أصوات، ولم يبلغها أي مقترح بعد.
STATS_NONE_AGREED = لا مقترح نال { $least } أصوات فأكثر يحظى بأغلبية موافقة واضحة.
GROUP_SIZE_SMALL = { $label }: أقل من { $least }
GROUP_HEAD = تتميّز المجموعة { $label } (الأعضاء: { $n }) في:
GROUP_SMALL = المجموعة { $label }: أقل من { $least } أعضاء، وهذا أقل من أن يُوصف.
GROUP_NOTHING_APART = المجموعة { $label } (الأعضاء: { $n }): لا مقترح يميّزها بوضوح.
GROUP_APART = • { $proposal }: { $label } { $way }، { $mine }؛ والمجموعات الأخرى { $rest }
GROUP_WAYS__agree = وافقت
GROUP_WAYS__disagree = لم توافق
GROUPS_APART_HOW = ما يميّز كل مجموعة: مقترحات وافقت عليها (أو رفضتها) أكثر بكثير من المجموعات الأخرى، وفق اختبار Pol.is (دلالة عند 95٪).
COMMON_HEAD = ما تتفق عليه كل المجموعات
COMMON_HEAD_ONE = ما يتفق عليه أغلب الأعضاء
COMMON_EVERY = • { $proposal }: كل المجموعات { $way } ({ $shares })
COMMON_ONE = • { $proposal }: الأغلبية { $way }، { $share }
COMMON_SHARE = { $label } { $share }
COMMON_SMALL = و{ $label } أيضًا، وهي مجموعة أصغر من أن تُعرض
COMMON_NONE = لا مقترح يحظى بعد بأغلبية واضحة في كل المجموعات.
COMMON_NONE_ONE = لا مقترح يحظى بعد بأغلبية واضحة.
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
EXPORT_USAGE = الاستخدام: /export <رمز الجلسة> [csv|json|md|sheets|graphml] [--names]
FORMAT_NAMES__csv = CSV
FORMAT_NAMES__json = JSON
FORMAT_NAMES__md = Markdown
FORMAT_NAMES__sheets = جداول بيانات
FORMAT_NAMES__graphml = GraphML
SHEET_STATUS__joined = لم يوافق بعد
SHEET_STATUS__declined = اعتذر
SHEET_STATUS__answering = يجيب
SHEET_STATUS__finished = أنهى
SHEET_LINK = رابط الجلسة
SHEET_INVITED = دعوة
SHEET_SIDE_ANSWERS__followup = — متابعة
SHEET_SIDE_ANSWERS__elaboration = — تفاصيل إضافية
SHEET_STATE__open = مفتوح
SHEET_STATE__hidden = مخفي
SHEET_STATE__withdrawn = مسحوب
COLUMNS__id = المعرّف
COLUMNS__time = الوقت
COLUMNS__direction = الاتجاه
COLUMNS__member = العضو
COLUMNS__step = الخطوة
COLUMNS__kind = النوع
COLUMNS__text = النص
COLUMNS__polarity = القطبية
COLUMNS__sentiment = الشعور
COLUMNS__joined = الانضمام
COLUMNS__consented = الموافقة
COLUMNS__finished = الإنهاء
COLUMNS__status = الحالة
COLUMNS__language = اللغة
COLUMNS__joined_via = الانضمام عبر
COLUMNS__invited_by = دعاه
COLUMNS__proposal = المقترح
COLUMNS__author = الكاتب
COLUMNS__created = الإنشاء
COLUMNS__agree = موافق
COLUMNS__disagree = غير موافق
COLUMNS__pass = تخطٍّ
COLUMNS__votes = الأصوات
COLUMNS__state = الوضع
COLUMNS__hidden_reason = سبب الإخفاء
COLUMNS__outcome = المآل
COLUMNS__outcome_words = كلمات المآل
COLUMNS__outcome_at = تاريخ المآل
COLUMNS__group = المجموعة
COLUMNS__proposals = المقترحات
COLUMNS__poll = الاستطلاع
COLUMNS__question = السؤال
COLUMNS__multiple = متعدد
COLUMNS__anonymous = مجهول الهوية
COLUMNS__opened = الفتح
COLUMNS__closes = الإغلاق المقرر
COLUMNS__closed = الإغلاق
COLUMNS__voters = المصوّتون
COLUMNS__option = الخيار
COLUMNS__breakdown = التقسيم
COLUMNS__answered = أجابوا
COLUMNS__contributed = اقترحوا_أو_صوتوا
COLUMNS__invited = دعوا
COLUMNS__invitee_activated = مدعو_شارك
COLUMNS__note = ملاحظة
COLUMNS__session = الجلسة
COLUMNS__source = المصدر
COLUMNS__tag = الوسم
COLUMNS__champion = السفير
COLUMNS__seed = البذرة
COLUMNS__invite = دعوة
COLUMNS__link = رابط
COLUMNS__hours_to_joined = ساعات_حتى_انضموا
COLUMNS__hours_to_consented = ساعات_حتى_وافقوا
COLUMNS__hours_to_answered = ساعات_حتى_أجابوا
COLUMNS__hours_to_finished = ساعات_حتى_أنهوا
COLUMNS__hours_to_contributed = ساعات_حتى_اقترحوا_أو_صوتوا
COLUMNS__hours_to_invited = ساعات_حتى_دعوا
COLUMNS__hours_to_invitee_activated = ساعات_حتى_مدعو_شارك
DIRECTIONS__in = وارد
DIRECTIONS__out = صادر
SHEET_POLL_STATUS__open = مفتوح
SHEET_POLL_STATUS__closed = مغلق
SHEET_YES = نعم
SHEET_NO = لا
MD_TRANSCRIPT =
    { "\u000A" }## نص المحادثة
    
    الأوقات بتوقيت الجلسة ({ $zone }).{ "\u000A" }
EXPORT_SHEETS_CAPTION = جداول «{ $title }»: responses.csv (الأعضاء: { $m })، وproposals.csv ({ $p })، وvotes.csv وpolls.csv (الاستطلاعات: { $q }) وfunnel.csv (كيف وصل الناس)، { $who }. ملفات CSV بترميز UTF-8: يفتحها Excel وLibreOffice وجداول Google كما هي.
EXPORT_QUEUED = تصدير «{ $title }» ({ $fmt }) في الطريق إليك.
EXPORT_CAPTION =
    تصدير { $fmt } لـ «{ $title }»: { $n ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $n } رسائل
        [many] { $n } رسالة
       *[other] { $n } رسالة
    }، { $who }.
EXPORT_GRAPH_CAPTION = من دعا من في «{ $title }» بصيغة GraphML: الأعضاء: { $n }، الدعوات: { $edges }؛ { $who }. يفتحه Gephi وyEd وnetworkx.
EXPORT_PSEUDONYMS = الأعضاء بأسماء مستعارة
EXPORT_NAMES = الأعضاء بأسمائهم
EXPORT_NAMES_NOT_ALLOWED = منظّم «{ $title }» وحده يقرر إن كان منسّقوها يصدّرون أسماء الأعضاء (/team <الرمز> names on)؛ صدّر دون --names للحصول على أسماء مستعارة.
EXPORT_ZIPPED = { " " }مضغوط: كان أكبر من أن يُرسل كما هو.
EXPORT_TOO_LARGE =
    حجم هذا التصدير { $mib } ميغابايت حتى بعد الضغط، وهو أكبر مما يسمح Telegram لبوت بإرساله. على الخادم، شغّل:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $suffix }{ "\u000A" }
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
STATS_CHAMPION_REPLY =
    • { $kind }: جلبت { $answered } من { $sent } شخصًا شارك ({ NUMBER($share, style: "percent") })، { $within } خلال يوم؛ { $brought ->
        [zero] لم ينضم أحد
        [one] انضم عضو واحد
        [two] انضم عضوان
        [few] انضم { $brought } أعضاء
        [many] انضم { $brought } عضوًا
       *[other] انضم { $brought } عضو
    } عبر روابط الأعضاء وشاركوا
