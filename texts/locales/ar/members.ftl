WELCOME_NO_CODE =
    مرحبًا! أساعد الجيران على تصميم مشاريع الحي معًا.
    
    للمشاركة، افتح الرابط الذي شاركه المنظّم (يشبه t.me/{ $bot }?start=…)، أو أرسل /start متبوعًا برمز الجلسة.
UNKNOWN_CODE = لا أعرف رمز الجلسة «{ $code }». تحقّق من الرابط الذي شاركه المنظّم، أو اطلب منه رابطًا جديدًا.
SESSION_DRAFT = الجلسة «{ $title }» لم تُفتح بعد. حاول مرة أخرى عندما يفتحها المنظّم.
SESSION_CLOSED = انتهت الجلسة «{ $title }». شكرًا على اهتمامك!
SESSION_CLOSED_UNFINISHED = انتهت «{ $title }»، فلن تصلك أسئلة أخرى. شكرًا على مشاركتك: كل ما قلته محفوظ.
SOME_SESSION_DRAFT = هذه الجلسة لم تُفتح بعد. سأراسلك هنا عندما تُفتح.
DRAFT_OPENED = «{ $title }» مفتوحة الآن. للمشاركة، افتح { $link } أو أرسل /start { $code }.
SOME_SESSION_CLOSED = انتهت هذه الجلسة. شكرًا على اهتمامك!
CONSENT_TERMS =
    سأحفظ ما تكتبه هنا (إجاباتك ومقترحاتك وأصواتك وملاحظاتك)، واسمك في تيليغرام ووقت كل رسالة، ليستخدمها منظّمو { $community } في جلسة التصميم المشترك هذه. كما يُقيَّم ما تكتبه آليًا حسب نبرته (إيجابية أو محايدة أو سلبية): يرى المنظّمون ذلك في أرقامهم، وقد تؤدي إجابة سلبية إلى سؤال متابعة. إذا انضم أحد عبر رابط تشاركه، أحسبه لك: يرى المنظّمون عدد من جلبه كل عضو (دون ذكر من هم)، ويعرض لك /myreach عددك.
    
    إلى متى: حتى ترسل /forget، الذي يمحو اسمك وكلماتك (تبقى أعداد مجهولة الهوية فقط). لا يُحذف شيء من تلقاء نفسه، والملفات التي صدّرها المنظّمون مسؤوليتهم.
    
    يمكنك إرسال /pause في أي وقت لإيقاف تذكيراتي و/resume للمتابعة. يرسل لك /mydata كل ما أحفظه عنك، ويمحوه /forget (بعد أن أسألك مرة أخرى). إن رفضت، أحتفظ فقط بأن أحدًا رفض. يعرض /privacy هذا من جديد.
CONSENT =
    أهلًا بك في «{ $title }»! قبل أن نبدأ، إليك ما أحفظه ولماذا.
    
    { CONSENT_TERMS }
    
    هل توافق على المشاركة؟
PRIVACY =
    ما أحفظه في «{ $title }»:
    
    { CONSENT_TERMS }
PRIVACY_AGREED = وافقت على المشاركة في { $date }.
PRIVACY_NO_SESSION =
    لست في أي جلسة بعد. عندما تنضم إلى جلسة (افتح رابط المنظّم، أو أرسل /start متبوعًا برمز الجلسة)، أسألك أولًا، وهذا ما أحفظه:
    
    { CONSENT_TERMS }
CONSENT_YES = أوافق
CONSENT_NO = لا، شكرًا
CONSENT_GIVEN = ✅ وافقت على المشاركة في { $date }.
CONSENT_DECLINED = لا مشكلة، لن أسألك شيئًا آخر. إن غيّرت رأيك، راسلني أو افتح الرابط من جديد.
CONSENT_PENDING = أجب أولًا عن السؤال أعلاه: هل توافق على المشاركة؟
CONSENT_DECLINED_BEFORE = رفضت المشاركة في «{ $title }»، لذا لا أسألك شيئًا. غيّرت رأيك؟ اضغط أدناه للانضمام.
CONSENT_AFTER_ALL = أودّ المشاركة
ALREADY_JOINED = أهلًا بعودتك إلى «{ $title }»! هنا توقفنا:
BACK_TO_QUESTION = ونعود إلى حيث كنا:
FLOW_FINISHED_ALREADY = أجبت عن كل أسئلة «{ $title }». شكرًا لك! يعرض /help ما يمكنك فعله أيضًا.
PAUSED = متوقف مؤقتًا: لا تذكيرات ولا استطلاعات ولا أخبار مني حتى ترسل /resume. ما زلت أرد عندما تكتب.
ALREADY_PAUSED = أنت متوقف مؤقتًا بالفعل. أرسل /resume للمتابعة.
RESUMED = أهلًا بعودتك! التذكيرات تعمل من جديد.
WHILE_AWAY = أثناء غيابك: { $missed }. ستصلك تاليًا.
AWAY_POLLS =
    { $n ->
        [zero] لا استطلاعات مفتوحة
        [one] استطلاع واحد مفتوح
        [two] استطلاعان مفتوحان
        [few] { $n } استطلاعات مفتوحة
        [many] { $n } استطلاعًا مفتوحًا
       *[other] { $n } استطلاع مفتوح
    }
AWAY_MESSAGES =
    { $n ->
        [zero] لا رسائل من المنظّمين
        [one] رسالة واحدة من المنظّمين
        [two] رسالتان من المنظّمين
        [few] { $n } رسائل من المنظّمين
        [many] { $n } رسالة من المنظّمين
       *[other] { $n } رسالة من المنظّمين
    }
NOT_PAUSED = لست متوقفًا مؤقتًا، كل شيء على ما يرام.
TIMEZONE_ASK = منطقتك الزمنية هي { $zone } (الساعة هناك { $time }): أصمت ليلًا حسبها. اضغط على منطقتك، أو أرسل /timezone متبوعًا باسم مدينتك أو منطقتك، مثل /timezone لشبونة.
TIMEZONE_SET = منطقتك الزمنية الآن { $zone } (الساعة هناك { $time }). سأصمت ليلًا.
TIMEZONE_UNKNOWN = لا أعرف المنطقة الزمنية «{ $typed }». أرسل اسم مدينة (/timezone لشبونة) أو اسم منطقة (/timezone Europe/Lisbon).
EDIT_IGNORED = أقرأ الرسائل الجديدة فقط، فتعديلك لم يغيّر شيئًا. لتغيير إجابة، أرسل /back.
UNKNOWN_COMMAND = لا أعرف الأمر { $command }. يعرض /help ما يمكنك فعله.
NOT_ALLOWED = عذرًا، لا يستخدم { $command } إلا { $role }.
NOT_ALLOWED_BUTTON = عذرًا، لا يستخدم هذا الزر إلا { $role }.
NON_TEXT_OUTSIDE_FLOW = أستطيع قراءة الرسائل النصية فقط. يعرض /help ما يمكنك فعله.
STALE_BUTTON = لم يعد هذا الزر صالحًا.
# {organiser} in a flow, when the bot never met them
THE_ORGANISERS = المنظّمون
SESSION_NOT_OPEN_BUTTON = لم تعد هذه الجلسة مفتوحة.
NEED_SESSION = انضم إلى جلسة أولًا: افتح الرابط الذي شاركه المنظّم. يعرض /help ما يمكنك فعله.
MYDATA_HEAD = ما أحفظه عنك باختصار:
MYDATA_YOU = أنت: { $name }{ $username }؛ المنطقة الزمنية: { $zone }.
MYDATA_NO_ZONE = غير محددة
MYDATA_SESSION =
    «{ $title }»: انضممت في { $joined }، { $consent }. { $answers ->
        [zero] لا إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $answers } إجابات
        [many] { $answers } إجابة
       *[other] { $answers } إجابة
    }، { $proposals ->
        [zero] لا مقترحات
        [one] مقترح واحد
        [two] مقترحان
        [few] { $proposals } مقترحات
        [many] { $proposals } مقترحًا
       *[other] { $proposals } مقترح
    }، { $votes ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $votes } أصوات
        [many] { $votes } صوتًا
       *[other] { $votes } صوت
    }، { $feedback ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $feedback } ملاحظات
        [many] { $feedback } ملاحظة
       *[other] { $feedback } ملاحظة
    }.
MYDATA_AGREED = وافقت على المشاركة في { $date }
MYDATA_DECLINED = رفضت المشاركة
MYDATA_NOT_ASKED = لم يُطلب رأيك بعد
MYDATA_NO_SESSIONS = لم تنضم إلى أي جلسة.
MYDATA_FILE_NEXT = كل التفاصيل، مع الرسائل بيننا، تصلك في ملف (JSON، لحاسوب أو خدمة أخرى). يمحوها /forget؛ ويشرح /privacy سبب حفظها.
MYDATA_CAPTION = كل ما يحفظه البوت عنك، حتى { $date }.
FORGET_CONFIRM =
    سيمحو هذا اسمك واسم المستخدم والمنطقة الزمنية، وكل ما كتبته في كل جلسة: الإجابات والمقترحات والملاحظات والرسائل. ما يبقى لا يحمل اسمك: أصواتك، وأعداد الإجابات، والمقترحات التي صوّت عليها آخرون (بوصفها «مسحوبة»، مع أعداد أصواتها، دون كلماتك). لن أراسلك مجددًا إلا إذا انضممت إلى جلسة من جديد. لا يمكن التراجع عن هذا.{ $staff }
    
    هل تمحو بياناتك؟
FORGET_STAFF_KEEPS =
    { "\u000A" }
    بصفتك { $role }، تحتفظ بما ليس لك وحدك: دورك، ومكانك في فرق الجلسات، والجلسات التي أنشأتها، وسجلات ما فعلته فيها، مع معرّفك في تيليغرام (يُمحى اسمك)، حتى تبقى فرقك ترى من فعل ماذا. للتخلي عن دور، اطلب ذلك من مسؤول.
STAFF_ROLE_WORDS__admin = مسؤولًا
STAFF_ROLE_WORDS__organiser = منظّمًا
STAFF_ROLE_WORDS__coordinator = منسّقًا
FORGET_YES = امحُ بياناتي
FORGET_NO = احتفظ بها
FORGET_KEPT = لم يُمحَ شيء. أرسل /forget من جديد متى شئت.
FORGET_DONE =
    تم: مُحي اسمك واسم المستخدم والمنطقة الزمنية، ومعها { $answers ->
        [zero] لا إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $answers } إجابات
        [many] { $answers } إجابة
       *[other] { $answers } إجابة
    }، و{ $proposals ->
        [zero] لا مقترحات
        [one] مقترح واحد
        [two] مقترحان
        [few] { $proposals } مقترحات
        [many] { $proposals } مقترحًا
       *[other] { $proposals } مقترح
    }، و{ $feedback ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $feedback } ملاحظات
        [many] { $feedback } ملاحظة
       *[other] { $feedback } ملاحظة
    }، و{ $messages ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    } كتبتها، مع رسائل البوت التي اقتبستها.
    
    بقي دون اسمك: { $withdrawn ->
        [zero] لا مقترحات
        [one] مقترح واحد
        [two] مقترحان
        [few] { $withdrawn } مقترحات
        [many] { $withdrawn } مقترحًا
       *[other] { $withdrawn } مقترح
    } صوّت عليها آخرون (بوصفها «مسحوبة»، مع أعداد أصواتها)، و{ $votes ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $votes } أصوات
        [many] { $votes } صوتًا
       *[other] { $votes } صوت
    }، و{ $ballots ->
        [zero] لا اختيارات في الاستطلاعات
        [one] اختيار واحد في استطلاع
        [two] اختياران في الاستطلاعات
        [few] { $ballots } اختيارات في الاستطلاعات
        [many] { $ballots } اختيارًا في الاستطلاعات
       *[other] { $ballots } اختيار في الاستطلاعات
    }، وأن أحدًا شارك في { $sessions ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }.
    
    لن أراسلك مجددًا. للمشاركة لاحقًا، افتح رابط جلسة: ستبدأ من جديد.{ $staff }
FORGET_DONE_STAFF =
    { "\u000A" }
    بقي بصفتك { $role }: دورك، وأماكنك في الفرق، وجلساتك، وسجلات أفعالك (مع معرّفك في تيليغرام).
FORGET_NOTHING = لا أحفظ أي شيء عنك.
# {community} in PRIVACY_NO_SESSION
THE_COMMUNITY = مجتمع الجلسة
ROLES_HELD_BY__organiser = المنظّمون
ROLES_HELD_BY__coordinator = المنسّقون
ROLES_HELD_BY__admin = المسؤولون
ROLE_NAMES__organiser = منظّم
ROLE_NAMES__coordinator = منسّق
ROLE_NAMES__admin = مسؤول
MYDATA_ABOUT = كل ما يحفظه بوت التصميم المشترك عنك: سجل عضويتك، وأدوارك، والجلسات التي انضممت إليها، وإجاباتك ومقترحاتك وأصواتك وملاحظاتك واختياراتك في الاستطلاعات، وأين وصلت في أسئلة كل جلسة، والرسائل بينك وبين البوت، وما لا يزال ينتظر الإرسال إليك. الأوقات بتوقيت UTC.
LANGUAGE_HINT = سأكتب إليك بـ{ $language }. لتغييرها أرسل /language ({ $others }).
LANGUAGE_ASK = أكتب إليك بـ{ $language } في «{ $title }». بأي لغة تفضّل؟
LANGUAGE_ONLY = «{ $title }» متاحة بـ{ $language } فقط.
LANGUAGE_SET = ✅ من الآن سأكتب إليك بـ{ $language }.
LANGUAGE_UNCHANGED = أنا أكتب إليك بـ{ $language } بالفعل.
LANGUAGE_NOT_OFFERED = «{ $title }» غير متاحة بـ«{ $typed }». لغاتها: { $languages }.
LANGUAGE_NO_SESSION = تُختار لغتك من بين لغات جلستك: انضم إلى جلسة أولًا (افتح الرابط الذي شاركه المنظّم).
LANDED_PROPOSAL = 📣 وصلت عبر رابط إلى هذا المقترح. ما رأيك فيه؟
LANDED_POLL = 📊 وصلت عبر رابط إلى الاستطلاع رقم { $id }: سيصلك مباشرة بعد هذه الرسالة.
SHARE_INVITE_BUTTON = 📣 شارك دعوتك
SHARE_INVITE_TEXT = انضم إليّ في «{ $title }»: الجيران يشكّلونه معًا، ورأيك مهم.
MYREACH =
    { $joined ->
        [zero] لم ينضم أحد
        [one] انضم شخص واحد
        [two] انضم شخصان
        [few] انضم { $joined } أشخاص
        [many] انضم { $joined } شخصًا
       *[other] انضم { $joined } شخص
    } إلى «{ $title }» عبر روابطك، وشارك { $active } منهم (أجابوا عن سؤال واحد على الأقل). أعدّهم، ولا أقول أبدًا من هم.
MYREACH_NONE = لم ينضم أحد بعد إلى «{ $title }» عبر روابطك.
MYREACH_LINK = رابط دعوتك: { $link }
SEED_REQUEST =
    يودّ منظّمو «{ $title }» أن يرى مزيد من الجيران { $what }. هل يمكنك تمريره إلى من قد يهمّهم الأمر؟ رابطك الخاص: { $link }
    
    من ينضم عبره يراه أولًا. أعدّ كم شخصًا ينضم عبرك، ولا أقول أبدًا من هم.
SEED_SHARE_TEXT = ألقِ نظرة على { $what } في «{ $title }»، وأدلِ برأيك:
SEED_SHARE_BUTTON = 📣 شاركه
SEED_ABOUT_PROPOSAL = المقترح رقم { $id } «{ $text }»
SEED_ABOUT_POLL = الاستطلاع رقم { $id } «{ $text }»
