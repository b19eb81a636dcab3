POLL_HEADER = 📊 الاستطلاع رقم { $id } من «{ $title }»
POLL_SINGLE = اختر خيارًا واحدًا؛ يمكنك تغييره حتى ينتهي الاستطلاع.
POLL_MULTI = اختر ما تشاء من الخيارات؛ اضغط مرة أخرى لإلغاء الاختيار. يمكنك التغيير حتى ينتهي الاستطلاع.
POLL_ANONYMOUS = هذا الاستطلاع مجهول الهوية: لا أحد يرى من اختار ماذا.
POLL_COUNTS_LATER = تظهر الأعداد عند انتهائه.
POLL_VISIBLE = يرى المنظّمون من اختار ماذا.
RESULTS_HIDDEN =
    الاستطلاع رقم { $id } (مفتوح، مجهول الهوية): { $question }
    تظهر أعداده عند انتهائه، كي لا يستنتج أحد من اختار ماذا من توقيت تغيّر الأرقام (اطلبها بـ --live لتراها أولًا بأول).
POLL_CLOSES = ينتهي في { $when }.
POLL_USAGE =
    الاستخدام: /poll <الرمز> <السؤال> | <خيار> | <خيار> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    أو أرسل /poll وحده لنموذج خطوة بخطوة.
POLL_ERRORS__usage =
    الاستخدام: /poll <الرمز> <السؤال> | <خيار> | <خيار> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    أو أرسل /poll وحده لنموذج خطوة بخطوة.
POLL_ERRORS__question_empty = السؤال فارغ.
POLL_ERRORS__question_long =
    السؤال طويل جدًا: { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } على الأكثر.
POLL_ERRORS__option_empty = أحد الخيارات فارغ.
POLL_ERRORS__option_long =
    أحد الخيارات طويل جدًا: { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } على الأكثر لكل خيار.
POLL_ERRORS__option_duplicate = خياران متطابقان.
POLL_ERRORS__option_count = يحتاج الاستطلاع من { $low } إلى { $high } خيارات.
POLL_ERRORS__closes_missing = يحتاج --closes إلى وقت، مثل --closes 2h أو --closes friday 18:00.
POLL_ERRORS__to_missing = يحتاج --to إلى اسم إحدى شرائح الجلسة، مثل --to night_walkers (يعرضها /segments <الرمز>).
POLL_ERRORS__to_bad = اضغط على إحدى الشرائح أو على «الجميع» (أو اكتب اسم شريحة).
POLL_ERRORS__closes_bad = لا أفهم وقت الانتهاء «{ $given }». اكتب مدة (2h، 3d)، أو يومًا ووقتًا (tomorrow 18:00، friday 9:30، 12 May 18:00) أو وقتًا (18:00).
POLL_ERRORS__closes_range = يجب أن يكون وقت الانتهاء بين دقيقة واحدة و60 يومًا من الآن.
POLL_ERRORS__closes_past = وقت الانتهاء هذا مضى: اختر وقتًا لاحقًا.
POLL_ERRORS__yes_no = أجب بنعم أو لا (أو اضغط زرًا أعلاه).
POLL_ERRORS__confirm = اضغط «أرسل» (أو اكتب «أرسل») لإطلاق الاستطلاع، أو /cancel.
POLL_NOT_OPEN_SESSION = لا تُرسل الاستطلاعات إلا للجلسات المفتوحة: حالة «{ $title }» { $status }.
POLL_CREATED =
    الاستطلاع رقم { $id } في طريقه إلى { $members ->
        [zero] { $members } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    }{ $group }. اعرض النتائج بـ /results { $code } { $id }؛ وأنهه بـ /closepoll { $code } { $id }.
POLL_GROUP = { " " }وإلى المحادثة الجماعية
POLL_CREATED_TO =
    الاستطلاع رقم { $id } في طريقه إلى { $members ->
        [zero] { $members } عضو
        [one] عضو واحد
        [two] عضوين
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    } من الشريحة { $name } (لا إلى المحادثة الجماعية). اعرض النتائج بـ /results { $code } { $id }؛ وأنهه بـ /closepoll { $code } { $id }.
POLL_CREATED_FOR_NOBODY = أُنشئ الاستطلاع رقم { $id } ولم يُرسل إلى أحد. اعرض النتائج بـ /results { $code } { $id }؛ وأنهه بـ /closepoll { $code } { $id }.
FORM_PROMPTS__code = لننشئ استطلاعًا. لأي جلسة؟ اضغط عليها، أو أرسل رمزها (يعرضها /sessions). أرسل /cancel في أي وقت للتوقف.
FORM_PROMPTS__question = ما السؤال؟
FORM_PROMPTS__options = أرسل الخيارات (من 2 إلى 10): خيارًا في كل رسالة، أو عدة خيارات في رسالة واحدة، كل خيار في سطر. أرسل /done بعد آخرها.
FORM_PROMPTS__multi = هل يستطيع الأعضاء اختيار أكثر من خيار؟
FORM_PROMPTS__anonymous = هل يكون الاستطلاع مجهول الهوية، فلا يرى أحد من اختار ماذا؟
FORM_PROMPTS__closes = متى ينتهي؟ اضغط على اختيار، أو اكتب مدة (2h، 3d)، أو يومًا ووقتًا (tomorrow 18:00، friday 9:30) أو وقتًا (18:00)، بمنطقتك الزمنية { $zone } (يغيّرها /timezone).
FORM_PROMPTS__to = من يجب أن يتلقاه؟ كل من يمكن مراسلتهم، أو أعضاء إحدى شرائح الجلسة فقط:
FORM_PROMPTS__confirm =
    جاهز:
    
    { $summary }
    
    هل أرسله؟
FORM_BUTTONS__options__done = هذا كل شيء
FORM_BUTTONS__multi__yes = نعم
FORM_BUTTONS__multi__no = لا
FORM_BUTTONS__anonymous__yes = نعم
FORM_BUTTONS__anonymous__no = لا
FORM_BUTTONS__closes__1h = بعد ساعة
FORM_BUTTONS__closes__tomorrow = غدًا الساعة 18:00
FORM_BUTTONS__closes__3d = بعد 3 أيام
FORM_BUTTONS__closes__7d = بعد أسبوع
FORM_BUTTONS__closes__never = سأنهيه بنفسي
FORM_BUTTONS__to__everyone = الجميع
FORM_BUTTONS__confirm__send = أرسل
FORM_BUTTONS__confirm__cancel = إلغاء
FORM_BUTTONS__nobody__create = أنشئه على أي حال
FORM_BUTTONS__nobody__cancel = إلغاء
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
FORM_SUMMARY_HEAD =
    الجلسة: { $title } ({ $code })
    السؤال: { $question }
FORM_SUMMARY_TAIL =
    اختيار متعدد: { $multi }
    مجهول الهوية: { $anonymous }
    ينتهي: { $closes }
FORM_CLOSES_AT = { $when } ({ $zone })
FORM_TO_EVERYONE = إلى: كل من يمكن مراسلتهم الآن ({ $n })
FORM_TO_SEGMENT = إلى: الشريحة { $name } (يمكن الآن مراسلة { $n } من أعضائها)
FORM_SEGMENT_BUTTON = { $name } ({ $n })
FORM_BY_HAND = عندما تنهيه (/closepoll)
YES = نعم
NO = لا
FORM_OPTION_ADDED = أُضيف الخيار { $n }. أرسل التالي، أو /done.
POLL_NOBODY = لا يستطيع أحد في «{ $title }» تلقي هذا الاستطلاع الآن: { $why }. يُرسل الاستطلاع لحظة إنشائه، فلن يتلقاه أحد، لا الآن ولا لاحقًا. هل تنشئه على أي حال؟
NOBODY_JOINED = لم ينضم أحد بعد
NOBODY_AGREED = انضم { $joined }، ووافق { $agreed } على المشاركة
NOBODY_OF_THOSE = ؛ ومنهم { $reasons }
NOBODY_REASONS__paused = { $n } متوقفون مؤقتًا
NOBODY_REASONS__opted_out = { $n } انسحبوا
NOBODY_REASONS__blocked = { $n } حظروا البوت
FORM_CANCELLED = أُلغي الاستطلاع؛ لم يُرسل شيء.
POLL_USAGE_ID = الاستخدام: { $command } [رمز الجلسة] <رقم الاستطلاع>
NO_SUCH_POLL = لا يوجد استطلاع رقم { $id }.
POLL_ALREADY_CLOSED = الاستطلاع رقم { $id } منتهٍ بالفعل.
POLL_CLOSED_BUTTON = انتهى هذا الاستطلاع.
POLL_CLOSED_ON = انتهى هذا الاستطلاع في { $when }. { $results }
POLL_CLOSED_COPY =
    📊 انتهى الاستطلاع رقم { $id } من «{ $title }» في { $when }.
    
    { $question }
    { $results }
POLL_CLOSED_REMINDER = 📊 انتهى الاستطلاع رقم { $id } من «{ $title }» في { $when }: نتيجته على الاستطلاع نفسه.
ORGANISER_RESULTS =
    📊 استطلاعك في «{ $title }»:
    
    { $results }
RESULTS_TIE =
    تعادل: { $options }، لكلٍّ منها { $n ->
        [zero] { $n } صوت
        [one] صوت واحد
        [two] صوتان
        [few] { $n } أصوات
        [many] { $n } صوتًا
       *[other] { $n } صوت
    }.
RESULT_LINE = • { $option }: { $n } ({ NUMBER($share, style: "percent") })
POLL_NOT_MEMBER = لا يصوّت إلا الأعضاء الذين انضموا عبر رابط الجلسة. انضم: { $link }
BALLOT_SAVED = صوتك: { $choice }
BALLOT_CLEARED = لا خيار مختار الآن.
RESULTS_SO_FAR =
    الاستطلاع رقم { $id } (مفتوح): { $question }
    { $voters ->
        [zero] لم يصوّت أحد حتى الآن.
        [one] صوّت شخص واحد حتى الآن.
        [two] صوّت شخصان حتى الآن.
        [few] صوّت { $voters } أشخاص حتى الآن.
        [many] صوّت { $voters } شخصًا حتى الآن.
       *[other] صوّت { $voters } شخص حتى الآن.
    }
RESULTS_FINAL =
    انتهى الاستطلاع رقم { $id }: { $question }
    { $voters ->
        [zero] لم يصوّت أحد.
        [one] صوّت شخص واحد.
        [two] صوّت شخصان.
        [few] صوّت { $voters } أشخاص.
        [many] صوّت { $voters } شخصًا.
       *[other] صوّت { $voters } شخص.
    }
LINKGROUP_USAGE = الاستخدام: /linkgroup <رمز الجلسة>، يُرسل في المحادثة الجماعية للمجتمع.
LINKGROUP_TAKEN = هذه المجموعة مرتبطة بجلسة يديرها فريق آخر؛ يستطيع أحد منظّميه ربطها بجلسة أخرى.
LINKGROUP_PRIVATE = أرسل /linkgroup <الرمز> في المحادثة الجماعية التي تريد ربطها، لا هنا.
LINKED = هذه المجموعة مرتبطة الآن بـ «{ $title }». ستُنشر استطلاعات هذه الجلسة هنا أيضًا.
