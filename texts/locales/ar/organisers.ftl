NEWSESSION_USAGE =
    الاستخدام: /newsession <العنوان> [--flow <معرّف المسار>] [--community <الاسم>] [--languages ar,en]
    مثال: /newsession تجديد حديقة إلم --flow park_redesign --community جيران شارع إلم
    يعرض /flows المسارات.
NEWSESSION_PROBLEMS__unknown_option = لا أعرف الخيار { $option }: استخدم --flow أو --community أو --languages.
NEWSESSION_PROBLEMS__languages = اكتب اللغات رموزًا تفصل بينها فواصل، مثل --languages ar,en.
LANGUAGES_NOT_IN_FLOW = المسار { $flow } غير متاح بـ{ $missing }. لغاته: { $languages }.
SESSION_LANGUAGES = اللغات: { $languages } (يقرأ كل عضو بلغته؛ ويغيّرها /language).
FLOW_LANGUAGES = { "  " }اللغات: { $languages }
AUDIT_ACTIONS__outcome =
    وسم { $who } المقترح رقم { $proposal } بـ{ $state } ({ $members ->
        [zero] لم يُبلَّغ أي عضو
        [one] أُبلغ عضو واحد
        [two] أُبلغ عضوان
        [few] أُبلغ { $members } أعضاء
        [many] أُبلغ { $members } عضوًا
       *[other] أُبلغ { $members } عضو
    })
AUDIT_ACTIONS__outcome_words = غيّر { $who } كلمات نتيجة المقترح رقم { $proposal }
NEWSESSION_PROBLEMS__no_value = يحتاج { $option } إلى قيمة بعده.
NEWSESSION_PROBLEMS__twice = ورد { $option } مرتين.
NEWSESSION_PROBLEMS__flow_words = معرّف المسار كلمة واحدة (يعرضها /flows)، وليس «{ $flow }».
TITLE_TOO_LONG =
    هذا العنوان طويل جدًا: اجعله أقل من { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } من فضلك.
COMMUNITY_TOO_LONG =
    اسم المجتمع هذا طويل جدًا: اجعله أقل من { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } من فضلك.
UNKNOWN_FLOW = لا يوجد مسار «{ $flow }». المسارات المتاحة: { $flows }.
SESSION_CREATED =
    أنشأت «{ $title }» لمجتمع «{ $community }» (المسار: { $flow }) كمسودة. إنها لك: لا يراها إلا أنت والفريق الذي تضيفه بـ /team والمسؤولون.
    
    رمز الانضمام: { $code }
    رابط الأعضاء: { $link }
    
    يستطيع الأعضاء الانضمام بعد أن ترسل /open { $code }.
FLOWS_HEADER = المسارات المثبّتة:
OWN_FLOWS_HEADER = المسارات التي أرسلتها إليّ:
FLOW_LINE =
    • { $id } — { $title } ({ $steps ->
        [zero] لا خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    })
FLOW_DESCRIPTION = { "  " }{ $description }
FLOWS_FOOTER = استخدم أحدها بـ /newsession <العنوان> --flow <المعرّف>. لإضافة مسارك، أرسل إليّ ملف ‎.yaml‎ الخاص به (يكتب codesign flows new نموذجًا للتعديل).
NO_SESSIONS = لا توجد جلسات بعد. أنشئ واحدة بـ /newsession <العنوان>.
SESSIONS_HEADER = الجلسات (الأحدث أولًا):
SESSION_LINE = • { $title } — الرمز { $code }، { $status }، المسار { $flow }: انضم { $joined }، وافق { $consented }، أنهى { $completed }؛ { $reprompts }
REPROMPT_STATS =
    أُرسل { $sent ->
        [zero] لا تذكير ولا متابعة
        [one] تذكير أو متابعة واحدة
        [two] تذكيران أو متابعتان
        [few] { $sent } تذكيرات ومتابعات
        [many] { $sent } تذكيرًا ومتابعة
       *[other] { $sent } تذكير ومتابعة
    }، وجاء الرد على { NUMBER($share, style: "percent") } خلال يوم
NO_REPROMPTS = لم يُرسل أي تذكير بعد
PICK_ASK = لأي جلسة { $command }؟
PICK_NONE = ليست لديك الآن جلسة يعمل فيها { $command }. يعرض /sessions جلساتك.
PICKED = { $command } لـ «{ $title }» ({ $code })
THERE = بك
HELLO_ORGANISER = مرحبًا { $name }! هنا تدير جلسات التصميم المشترك بصفتك منظّمًا.
HELLO_COORDINATOR = مرحبًا { $name }! هنا تتابع جلسات التصميم المشترك بصفتك منسّقًا.
HELLO_SESSIONS = أحدث جلساتك:
HELLO_SESSION_LINE = • { $title } ({ $code })، { $status }، انضم { $joined }
HELLO_MORE = …والمزيد: يعرضها /sessions كلها.
HELLO_NO_SESSIONS = ليست لديك أي جلسة بعد.
STATUS_WORDS__draft = مسودة، لم تُفتح بعد
STATUS_WORDS__open = مفتوحة
STATUS_WORDS__closed = منتهية
HELLO_NEXT = ابدأ جلسة بـ /newsession <العنوان>، وافتحها بـ /open <الرمز> وشارك رابطها؛ يعرض /sessions أرقام كل جلسة، و/help كل الأوامر. لتجربة جلسة كما يراها العضو، افتح رابطها.
HELLO_NEXT_READER = يعرض /stats <الرمز> أرقام الجلسة، و/answers <الرمز> إجابات الأعضاء، و/export <الرمز> ملفًا بكل شيء؛ ويعرض /help كل الأوامر.
A_PROPOSAL = مقترحًا
A_POLL = استطلاعًا
WHICH_NUMBER = لدى عدة جلسات من جلساتك { $what } رقم { $id }. أرسله من جديد مع رمز الجلسة:
WHICH_NUMBER_LINE =
    • { $title } ({ $code }): «{ $text }»
    { "  " }{ $command } { $code } { $id }{ $rest }
CODE_USAGE = الاستخدام: { $command } <رمز الجلسة>
NO_SUCH_SESSION = لا توجد جلسة بالرمز «{ $code }». يعرضها /sessions.
NOT_YOUR_SESSION = لا توجد جلسة «{ $code }» بين جلساتك. يعرض /sessions الجلسات التي تديرها.
NO_SESSION_HERE = لا توجد جلسة «{ $code }». يعرض `codesign sessions` كل الجلسات ورموزها.
OPENED = «{ $title }» مفتوحة. يستطيع الأعضاء الانضمام عبر { $link }
ALREADY_OPEN = «{ $title }» مفتوحة بالفعل.
CLOSED = «{ $title }» منتهية. لم يعد بإمكان الأعضاء الإجابة؛ إجاباتهم محفوظة.
ALREADY_CLOSED = «{ $title }» منتهية بالفعل.
GRANT_USAGE = الاستخدام: /grant <معرّف مستخدم تيليغرام> organiser|coordinator
GRANTED = للمستخدم { $user_id } الآن دور { $role }.
ALREADY_GRANTED = للمستخدم { $user_id } دور { $role } بالفعل.
BROADCAST_USAGE = الاستخدام: /broadcast <رمز الجلسة> <رسالة إلى كل الأعضاء>
BROADCAST_LONG =
    هذه الرسالة طويلة جدًا: { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } على الأكثر من فضلك.
BROADCAST_CAPPED =
    أرسلت «{ $title }» { $cap ->
        [zero] { $cap } رسالة جماعية
        [one] رسالة جماعية واحدة
        [two] رسالتين جماعيتين
        [few] { $cap } رسائل جماعية
        [many] { $cap } رسالة جماعية
       *[other] { $cap } رسالة جماعية
    } خلال 24 ساعة، وهو أقصى ما يسمح به الحد اليومي لمسارها لكل عضو؛ يمكن إرسال التالية ابتداءً من { $at }.
BROADCAST_MESSAGE =
    📣 من منظّمي «{ $title }»:
    
    { $text }
BROADCAST_QUEUED =
    جارٍ الإرسال إلى { $n ->
        [zero] { $n } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    } في «{ $title }». بوتيرة تيليغرام يستغرق ذلك نحو { $duration } (ينتهي عند { $done }). لا يصل إلى المتوقفين مؤقتًا ولا إلى من حظروا البوت.
BROADCAST_WHAT = ماذا يجب أن يصل إلى أعضاء «{ $title }»؟ أرسل /broadcast { $code } متبوعًا بالرسالة.
BROADCAST_PREVIEW =
    هذا ما سيصل إلى { $n ->
        [zero] { $n } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    } في «{ $title }». بوتيرة تيليغرام يستغرق الإرسال نحو { $duration } (ينتهي عند { $done }). لا يصل إلى المتوقفين مؤقتًا ولا إلى من حظروا البوت.
BROADCAST_SEND = أرسل إلى { $n }
BROADCAST_CANCEL = إلغاء
BROADCAST_CANCELLED = أُلغي: لم تُرسل الرسالة.
NOBODY_REACHABLE = لا يمكن مراسلة أحد في «{ $title }» الآن (يُستثنى المتوقفون مؤقتًا والرافضون ومن حظروا البوت)، فلم يُرسل شيء.
NOT_OPEN = «{ $title }» حالتها { $status }: لا تُرسل الرسائل إلا للجلسات المفتوحة.
NUDGE_USAGE = الاستخدام: /nudge <رمز الجلسة> لتذكير من لم ينهوا الأسئلة، أو /nudge <رمز الجلسة> <رقم الاستطلاع> لتذكير من لم يصوّتوا في ذلك الاستطلاع، أو /nudge <رمز الجلسة> votes لتذكير من أنهوا الأسئلة بمقترحات لم يصوّتوا عليها.
NUDGED_VOTES =
    جارٍ تذكير { $n ->
        [zero] { $n } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    } في «{ $title }» أنهوا الأسئلة بالمقترحات التي لم يصوّتوا عليها.
NUDGE_VOTES_NOBODY = كل من أنهى الأسئلة في «{ $title }» ويمكن مراسلته صوّت على كل المقترحات.
NUDGED =
    جارٍ تذكير { $n ->
        [zero] { $n } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    } في «{ $title }» لم ينهوا الأسئلة.
NUDGED_POLL =
    جارٍ تذكير { $n ->
        [zero] { $n } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    } لم يصوّتوا في الاستطلاع رقم { $id }.
NUDGED_POLL_ANONYMOUS =
    جارٍ تذكير { $n ->
        [zero] { $n } عضو
        [one] العضو الوحيد
        [two] العضوين
        [few] الأعضاء الـ{ $n }
        [many] الأعضاء الـ{ $n }
       *[other] الأعضاء الـ{ $n }
    } الذين تلقّوا الاستطلاع المجهول رقم { $id }. من صوّت يبقى سرًا، لذا يصل التذكير إلى من صوّتوا أيضًا.
NUDGE_LATER =
    { " " }{ $n ->
        [zero] لا أحد منهم في ساعات الهدوء.
        [one] واحد منهم في ساعات الهدوء أو تلقى ما يكفي من التذكيرات اليوم: سيصله تذكيره لاحقًا.
        [two] اثنان منهم في ساعات الهدوء أو تلقيا ما يكفي من التذكيرات اليوم: سيصلهما التذكير لاحقًا.
        [few] { $n } منهم في ساعات الهدوء أو تلقوا ما يكفي من التذكيرات اليوم: سيصلهم التذكير لاحقًا.
        [many] { $n } منهم في ساعات الهدوء أو تلقوا ما يكفي من التذكيرات اليوم: سيصلهم التذكير لاحقًا.
       *[other] { $n } منهم في ساعات الهدوء أو تلقوا ما يكفي من التذكيرات اليوم: سيصلهم التذكير لاحقًا.
    }
NUDGE_NOBODY = كل من يمكن مراسلته في «{ $title }» أنهى الأسئلة.
NUDGE_POLL_NOBODY = كل من تلقى الاستطلاع رقم { $id } ويمكن مراسلته صوّت.
RECEIVED_HEAD = أُرسل إليهم من قبل:
RECEIVED_AT = • { $who }، عند «{ $step }»: { $what }
RECEIVED = • { $who }: { $what }
RECEIVED_SOME =
    { $n ->
        [zero] لا تذكيرات
        [one] تذكير واحد
        [two] تذكيران
        [few] { $n } تذكيرات
        [many] { $n } تذكيرًا
       *[other] { $n } تذكير
    }، آخرها { $when }
RECEIVED_NONE = لا تذكير بعد
RECEIVED_MORE = …و{ $n } غيرهم.
POLL_REMINDER =
    تذكير من «{ $title }»: لم تصوّت بعد.
    
    { $poll }
POLL_REMINDER_ANONYMOUS =
    تذكير من «{ $title }»: إن لم تصوّت بعد، فما زال هناك وقت (وإن صوّت، فصوتك محسوب ولا حاجة لشيء آخر).
    
    { $poll }
AUDIT_HEADER = ما جرى في «{ $title }» (الأحدث أولًا):
AUDIT_USAGE = الاستخدام: /audit <رمز الجلسة> [الصفحة]
AUDIT_LINE = • { $when } — { $what }
SERVER = البوت أو خادمه
USER = المستخدم { $id }
TEAM_USAGE = الاستخدام: /team <الرمز> لرؤية فريق الجلسة، /team <الرمز> add <معرّف مستخدم تيليغرام> organiser|coordinator، /team <الرمز> remove <معرّف مستخدم تيليغرام>، /team <الرمز> invite organiser|coordinator لرابط يضيف من يفتحه، أو /team <الرمز> names on|off (هل يستطيع منسّقوها تصدير أسماء الأعضاء)
TEAM_NAMES_ON = الأسماء: يستطيع المنسّقون تصديرها (/team <الرمز> names off لإيقاف ذلك).
TEAM_NAMES_OFF = الأسماء: لا يصدّرها إلا المنظّمون (/team <الرمز> names on يسمح بذلك للمنسّقين).
NAMES_ON = يستطيع منسّقو «{ $title }» الآن تصدير أسماء الأعضاء (/export <الرمز> --names).
NAMES_OFF = لم يعد يصدّر أسماء الأعضاء في «{ $title }» إلا المنظّمون.
A_ROLE__organiser = منظّمًا
A_ROLE__coordinator = منسّقًا
TEAM_HEADER = فريق «{ $title }»:
TEAM_OWNER = • { $who } — المالك
TEAM_LINE = • { $who } — { $role }
TEAM_ADDED = أصبح { $who } { $role } في «{ $title }».
TEAM_ALREADY = { $who } بالفعل { $role } في «{ $title }».
TEAM_REMOVED = لم يعد { $who } في فريق «{ $title }».
TEAM_NOT_ON = { $who } ليس في فريق «{ $title }».
TEAM_OWNER_STAYS = يبقى مالك «{ $title }» في فريقها.
TEAM_OWNER_ONLY = لا يضيف المنظّمين أو يزيلهم إلا مالك «{ $title }» (أو مسؤول).
TEAM_YOU_ADDED = جعلك { $by } { $role } في «{ $title }». { $can }
TEAM_YOU_REMOVED = أخرجك { $by } من فريق «{ $title }»: لم تعد تراها أو تديرها. ما أجبت به بصفتك عضوًا يبقى لك.
TEAM_CAN = يمكنك الآن استخدام { $commands } فيها (رمزها: { $code })؛ يشرح /help الطريقة.
TEAM_INVITE =
    أرسل هذا الرابط إلى الشخص الذي تريده { $role } في «{ $title }». يعمل مرة واحدة، لأول من يفتحه، لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:
    { $link }
TEAM_YOU_JOINED = أصبحت الآن { $role } في «{ $title }». { $can }
TEAM_LINK_OPENED = فتح { $who } رابطك وأصبح { $role } في «{ $title }».
TEAM_LINK_ALREADY = أنت بالفعل { $role } في «{ $title }»؛ الرابط لم يُستخدم بعد.
TEAM_LINK_USED = استُخدم رابط الفريق هذا من قبل. اطلب رابطًا جديدًا ممن أرسله.
TEAM_LINK_EXPIRED = انتهت صلاحية رابط الفريق هذا. اطلب رابطًا جديدًا ممن أرسله.
REVOKE_USAGE = الاستخدام: /revoke <معرّف مستخدم تيليغرام> organiser|coordinator
REVOKED = لم يعد للمستخدم { $user_id } دور { $role }.
REVOKED_TEAMS =
    { " " }وخرج أيضًا من فريق { $n ->
        [zero] { $n } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $n } جلسات
        [many] { $n } جلسة
       *[other] { $n } جلسة
    }.
NOT_GRANTED = ليس للمستخدم { $user_id } دور { $role }.
CLOSE_ASK = هل تنهي «{ $title }»؟ لن يستطيع الأعضاء الإجابة بعدها؛ كل ما قالوه محفوظ.
CLOSE_POLL_OPEN = الاستطلاع رقم { $id } («{ $question }») لا يزال مفتوحًا: سينتهي مع الجلسة.
CLOSED_POLL = انتهى الاستطلاع رقم { $id } معها؛ نتيجته في الطريق إليك وإلى أعضائه.
CLOSE_YES = أنهها
CLOSE_NO = أبقها مفتوحة
CLOSE_KEPT = تبقى «{ $title }» مفتوحة.
REOPENED = «{ $title }» مفتوحة من جديد. يستطيع الأعضاء المتابعة من حيث توقفوا: { $link }
CANNOT_REOPEN_NOW = انتهت «{ $title }» في { $date } ومنذ ذلك الحين: { $what }، لذا تبقى منتهية. ابدأ جلسة جديدة بـ /newsession.
FLOW_FILE_FAILED =
    لم يُحمَّل ملف المسار { $file } عند تشغيل البوت، فلا تستطيع الجلسات الجديدة استخدام «{ $flow }»؛ وتحتفظ الجلسات الجارية بالمسار الذي فُتحت به.
    
    { $problems }
    
    أصلحه (يعرض codesign flows check { $file } كل المشكلات) وأعد تشغيل البوت.
MORE_PROBLEMS = … و{ $n } غيرها.
FLOW_UPLOAD_UNREADABLE = أقرأ ملفات المسارات نصًا بترميز UTF-8 بحجم { $kb } كيلوبايت على الأكثر، ينتهي اسمها بـ ‎.yaml‎. لم يتغير شيء.
FLOW_UPLOAD_ERRORS =
    { $errors ->
        [zero] لا أخطاء{ $warned } في { $file }.
        [one] خطأ واحد{ $warned } في { $file }: أصلحه وأرسل الملف من جديد.
        [two] خطآن{ $warned } في { $file }: أصلحهما وأرسل الملف من جديد.
        [few] { $errors } أخطاء{ $warned } في { $file }: أصلحها وأرسل الملف من جديد.
        [many] { $errors } خطأً{ $warned } في { $file }: أصلحها وأرسل الملف من جديد.
       *[other] { $errors } خطأ{ $warned } في { $file }: أصلحها وأرسل الملف من جديد.
    } لم يتغير شيء.
FLOW_UPLOAD_OK = { $file }: ملف المسار سليم{ $warned }.
FLOW_UPLOAD_WARNED =
    ، { $n ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $n } تحذيرات
        [many] { $n } تحذيرًا
       *[other] { $n } تحذير
    }
FLOW_UPLOAD_TAKEN = «{ $flow }» معرّف مسار مثبّت: سمِّ ملفك باسم آخر (أو غيّر id: فيه)، وأرسله من جديد. لم يتغير شيء.
FLOW_UPLOAD_STORED =
    { $new } «{ $title }» ({ $flow }، { $steps ->
        [zero] لا خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    }) لجلساتك: استخدمه لجلسة جديدة بـ /newsession <العنوان> --flow { $flow }. تحتفظ الجلسات المفتوحة بالنص الذي فُتحت به.
FLOW_UPLOAD_NEW = حُفظ:
FLOW_UPLOAD_REPLACED = استُبدل مسارك:
FLOW_REHEARSAL = تجربة: أسئلته الأولى كما سيراها الأعضاء (تظهر العلامات هكذا: [session]، [community]، [organiser]؛ ويمرّ codesign flows try { $file } عليه كاملًا):
# a session's status
STATUS__draft = مسودة
# a session's status
STATUS__open = مفتوحة
# a session's status
STATUS__closed = منتهية
SECONDS =
    { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }
MINUTES =
    { $n ->
        [zero] { $n } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
HOURS = { NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 1) } ساعة
AUDIT_ACTIONS__created = أنشأها { $who }
AUDIT_ACTIONS__opened = فتحها { $who }
AUDIT_ACTIONS__closed = أنهاها { $who }
AUDIT_ACTIONS__reopened = أعاد { $who } فتحها
AUDIT_ACTIONS__polled = أطلق { $who } الاستطلاع رقم { $poll }
AUDIT_ACTIONS__poll_closed = أنهى { $who } الاستطلاع رقم { $poll }
AUDIT_ACTIONS__poll_due = أنهى { $who } الاستطلاع رقم { $poll } في موعد انتهائه
AUDIT_ACTIONS__broadcast =
    أرسل { $who } رسالة إلى { $members ->
        [zero] { $members } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    }: «{ $text }»
AUDIT_ACTIONS__nudged =
    ذكّر { $who } { $members ->
        [zero] { $members } عضو
        [one] عضوًا واحدًا
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    }
AUDIT_ACTIONS__nudged_votes =
    ذكّر { $who } { $members ->
        [zero] { $members } عضو
        [one] عضوًا واحدًا
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    } بالمقترحات
AUDIT_ACTIONS__nudged_poll =
    ذكّر { $who } { $members ->
        [zero] { $members } عضو
        [one] عضوًا واحدًا
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    } بالاستطلاع رقم { $poll }
AUDIT_ACTIONS__hid = أخفى { $who } المقترح رقم { $proposal } ({ $reason })
AUDIT_ACTIONS__unhid = أعاد { $who } إظهار المقترح رقم { $proposal }
AUDIT_ACTIONS__linked_group = ربط { $who } محادثة جماعية
AUDIT_ACTIONS__team_added = أضاف { $who } المستخدم { $user } إلى الفريق بصفة { $role }
AUDIT_ACTIONS__team_removed = أخرج { $who } المستخدم { $user } من الفريق ({ $role })
AUDIT_ACTIONS__team_invited = أنشأ { $who } رابطًا للانضمام إلى الفريق بصفة { $role }
AUDIT_ACTIONS__team_joined = انضم { $who } إلى الفريق بصفة { $role } عبر رابط
AUDIT_ACTIONS__exported = صدّرها { $who } ({ $format })
AUDIT_ACTIONS__exported_names = صدّرها { $who } ({ $format }، مع الأسماء)
AUDIT_ACTIONS__names_on = سمح { $who } للمنسّقين بتصدير أسماء الأعضاء
AUDIT_ACTIONS__names_off = منع { $who } المنسّقين من تصدير أسماء الأعضاء
AUDIT_ACTIONS__read = قرأ { $who } { $what }
AUDIT_ACTIONS__read_proposals = قرأ { $who } مقترحاتها
AUDIT_ACTIONS__read_feedback = قرأ { $who } ملاحظاتها
AUDIT_ACTIONS__read_answers = قرأ { $who } الإجابات عن { $step }
AUDIT_ACTIONS__read_stats = قرأ { $who } أرقامها
AUDIT_ACTIONS__read_results = قرأ { $who } نتائج الاستطلاع رقم { $poll }
AUDIT_ACTIONS__read_themes = قرأ { $who } مواضيع إجاباتها
AUDIT_ACTIONS__read_themes_step = قرأ { $who } مواضيع الإجابات عن { $step }
AUDIT_ACTIONS__read_report = قرأ { $who } التقرير
AUDIT_ACTIONS__read_report_moderated = قرأ { $who } التقرير مع المقترحات الخاضعة للإشراف
AUDIT_ACTIONS__translated = ترجم { $who } المقترح رقم { $proposal } إلى { $language }
AUDIT_ACTIONS__granted = منح { $who } المستخدم { $user } دور { $role }
AUDIT_ACTIONS__revoked = سحب { $who } دور { $role } من المستخدم { $user }
AUDIT_OTHER = { $who }: { $what }
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = في وقت سابق
LINK_TAGS = لمعرفة من أين يأتي الأعضاء، أعطِ كل مكان رابطه الخاص: أضف شرطة وكلمة من حروف لاتينية، مثل { $link }-flyer أو { $link }-market.
SEED_USAGE = الاستخدام: /seed <الرمز> proposal <الرقم> <المروّجون> أو /seed <الرمز> poll <الرقم> <المروّجون>. سمِّ المروّجين باسم المستخدم @ أو بالاسم المستعار (m-…)، أو اكتب top <N> لأكثر N أعضاء جلبوا جيرانًا شاركوا.
SEED_NOT_OPEN = «{ $title }» ليست مفتوحة: يمكن أن يُطلب من أعضائها المشاركة حين تُفتح.
SEED_POLL_CLOSED = الاستطلاع رقم { $id } مغلق: لم يبقَ ما يُشارَك.
SEED_NOBODY_BROUGHT = لم يجلب أحد أحدًا إلى «{ $title }» بعد: سمِّ المروّجين بدلًا من ذلك (اسم المستخدم @ أو الاسم المستعار).
SEED_TOO_MANY = { $most } مروّجًا على الأكثر في المرة الواحدة.
SEED_UNKNOWN = ليسوا بين الأعضاء الذين وافقوا على المشاركة: { $names }. لم يُرسل شيء.
SEED_WHAT__proposal = المقترح رقم { $id }
SEED_WHAT__poll = الاستطلاع رقم { $id }
SEEDED =
    نُشر { $what } عبر { $n ->
        [zero] لا أحد
        [one] مروّج واحد
        [two] مروّجَين اثنين
        [few] { $n } مروّجين
        [many] { $n } مروّجًا
       *[other] { $n } مروّج
    }: { $champions }. يتلقى كل منهم طلبًا قصيرًا برابطه الخاص وزرًّا لمشاركته، حالما يمكن مراسلته (ليس أثناء الإيقاف المؤقت، ولا في ساعات الهدوء أبدًا). من ينضم عبره يراه أولًا.
AUDIT_ACTIONS__seeded =
    طلب { $who } من { $champions ->
        [zero] لا أحد من المروّجين
        [one] مروّج واحد
        [two] مروّجَين اثنين
        [few] { $champions } مروّجين
        [many] { $champions } مروّجًا
       *[other] { $champions } مروّج
    } مشاركة { $what ->
        [poll] الاستطلاع
       *[proposal] المقترح
    } رقم { $number }
