STATE_NAMES__adopted = معتمَد
STATE_NAMES__declined = مرفوض
STATE_NAMES__in_progress = قيد التنفيذ
STATE_NAMES__done = منجَز
STATE_MARKS__adopted = 👍
STATE_MARKS__declined = ✖️
STATE_MARKS__in_progress = 🛠
STATE_MARKS__done = ✅
USAGE =
    الاستخدام: { $command } [رمز الجلسة] <رقم المقترح> adopted|declined|in_progress|done [السبب، بكلمات قليلة]
    مثال: { $command } 3 done رُكّبت الأضواء في 2 يونيو.
    مع done، يحدّد --ask-after 7d متى يُسأل المصوّتون هل غيّر ذلك شيئًا بالنسبة لهم.
NO_STATE = ما الذي آل إليه المقترح رقم { $id }؟ اكتب adopted أو declined أو in_progress أو done بعد رقمه، ثم السبب بكلمات قليلة: { $command } { $code } { $id } done رُكّبت الأضواء.
BAD_STATE = لا أعرف هذه النتيجة. اكتب adopted أو declined أو in_progress أو done بعد رقم المقترح، مثل { $command } { $code } { $id } adopted
TOO_LONG = هذه الكلمات طويلة جدًا: { $limit } حرفًا على الأكثر من فضلك.
ASK_AFTER_BAD = يأخذ --ask-after مدة مثل 7d أو 48h أو 30d (365d على الأكثر)، مثل { $command } { $code } { $id } done --ask-after 7d رُكّبت الأضواء.
ASK_AFTER_NOT_DONE = يأتي --ask-after مع done فقط: يُسأل الأعضاء هل غيّر المقترح شيئًا بعد إنجازه.
HIDDEN = المقترح رقم { $id } مخفي عن الأعضاء، فلا نتيجة نخبرهم بها. أرسل أولًا /unhide { $code } { $id } إن كان يجب أن يُرى.
WITHDRAWN = سحب صاحبُ المقترح رقم { $id } مقترحَه (محا بياناته)، فلا نتيجة تُسجَّل.
ALREADY = المقترح رقم { $id } موسوم بـ{ $state } بالفعل (منذ { $since })؛ لم يتغير شيء ولن يُبلَّغ أحد مرتين.
REWORDED = كان المقترح رقم { $id } موسومًا بـ{ $state } (منذ { $since }): صارت كلماته كلماتك، للتقرير وملفات التصدير. من أُبلغ من قبل لن يُبلَّغ مجددًا.
SAVED = صار المقترح رقم { $id } موسومًا بـ{ $mark } { $state }.
SAVED_WORDS = يقرأ الأعضاء كلماتك معه: «{ $words }»
SAVED_WORDS_KEPT = تُحفظ كلماتك معه للتقرير وملفات التصدير: «{ $words }»
TELLING =
    { $n ->
        [zero] لا أحد اقترحه أو صوّت عليه لأبلغه.
        [one] أُبلغ العضو الذي اقترحه أو صوّت عليه، بتمهّل، ضمن الحد اليومي وخارج ساعات هدوئه.
        [two] أُبلغ العضوين اللذين اقترحاه أو صوّتا عليه، بتمهّل، ضمن الحد اليومي وخارج ساعات هدوئهما.
        [few] أُبلغ { $n } أعضاء اقترحوه أو صوّتوا عليه، بتمهّل، ضمن الحد اليومي وخارج ساعات هدوئهم.
        [many] أُبلغ { $n } عضوًا اقترحوه أو صوّتوا عليه، بتمهّل، ضمن الحد اليومي وخارج ساعات هدوئهم.
       *[other] أُبلغ { $n } عضو اقترحوه أو صوّتوا عليه، بتمهّل، ضمن الحد اليومي وخارج ساعات هدوئهم.
    }
TELLING_NOBODY = لا يمكن مراسلة أي أحد اقترحه أو صوّت عليه الآن، فلن يُبلَّغ أحد.
TOLD_BEFORE =
    { $n ->
        [zero] لا أحد عرف من قبل أنه { $state }.
        [one] عضو واحد عرف من قبل أنه { $state } ولن يُبلَّغ مجددًا.
        [two] عضوان عرفا من قبل أنه { $state } ولن يُبلَّغا مجددًا.
        [few] { $n } أعضاء عرفوا من قبل أنه { $state } ولن يُبلَّغوا مجددًا.
        [many] { $n } عضوًا عرفوا من قبل أنه { $state } ولن يُبلَّغوا مجددًا.
       *[other] { $n } عضو عرفوا من قبل أنه { $state } ولن يُبلَّغوا مجددًا.
    }
AWAY = لا يمكن مراسلة { $n } آخرين (في توقف مؤقت، أو غادروا، أو حظروا البوت).
WILL_ASK = بعد { $wait } سأسألهم هل غيّر ذلك شيئًا بالنسبة لهم؛ وتظهر الإجابات مع النتيجة في /stats والتقرير وملفات التصدير.
ADD_WHY = نصيحة: في المرة القادمة أضف بضع كلمات عن السبب بعد الحالة: يقرؤها الأعضاء مع الخبر، وهي تقول أكثر من الحالة وحدها. الكلمات المضافة الآن ({ $command } { $code } { $id } { $state } <السبب>) تدخل التقرير وملفات التصدير.
TOLD_HEAD = قلتم، ففعلنا — «{ $title }»
TOLD_YOURS = مقترحك رقم { $id }: «{ $text }»
TOLD_VOTED = المقترح رقم { $id } الذي صوّتَّ عليه: «{ $text }»
TOLD_STATES__adopted = 👍 اعتمده المنظّمون.
TOLD_STATES__declined = ✖️ قرّر المنظّمون عدم المضيّ فيه.
TOLD_STATES__in_progress = 🛠 بدأ العمل عليه.
TOLD_STATES__done = ✅ أُنجز.
TOLD_WHY = بكلماتهم: «{ $words }»
TOLD_THANKS = شكرًا على مشاركتك.
QUESTION =
    «{ $title }»: أُنجز المقترح رقم { $id }، «{ $text }»، في { $date }.
    
    هل غيّر ذلك شيئًا بالنسبة لك؟
IMPACT_LABELS__a_lot = نعم، كثيرًا
IMPACT_LABELS__a_little = قليلًا
IMPACT_LABELS__not_really = ليس حقًا
ANSWERED = قلتَ: { $label }. شكرًا!
WORDS_PLEASE = إن شئت، أخبرني بكلمات قليلة بما تغيّر (أو بما لم يتغيّر): تُحفظ رسالتك التالية مع إجابتك. لا داعي لذلك إن لم ترغب.
ALREADY_ANSWERED = أجبتَ عن هذا بالفعل. شكرًا!
WORDS_KEPT = شكرًا — حُفظت كلماتك مع إجابتك.
WORDS_DECLINED = حسنًا، تبقى إجابتك كما هي. شكرًا!
WORDS_TOO_LONG = هذا طويل بعض الشيء: { $limit } حرفًا على الأكثر من فضلك.
CARD_LINE = { $mark } النتيجة: { $state }
CARD_WHY = «{ $words }»
STATS_HEAD = ما آلت إليه المقترحات:
STATS_LINE = • رقم { $id } { $text }: { $state } ({ $date }){ $answers }
STATS_ANSWERS = ؛ هل غيّر شيئًا؟ { $counts } (أجاب { $n })
REPORT_SECTION = قلتم، ففعلنا
REPORT_COLUMNS__0 = رقم
REPORT_COLUMNS__1 = المقترح
REPORT_COLUMNS__2 = النتيجة
REPORT_COLUMNS__3 = بكلماتهم
REPORT_COLUMNS__4 = منذ
REPORT_ASKED = هل غيّر ذلك شيئًا لمن صوّتوا عليه؟
REPORT_COUNT = { $label }: { $n }
REPORT_NOBODY = لم يُجب أحد بعد.
REPORT_HISTORY = قبل ذلك: { $steps }
