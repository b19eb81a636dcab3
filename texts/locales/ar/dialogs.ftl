TICK = ✅{ " " }
DONE = تم
CONTINUE = متابعة
# words a member may type for Continue, separated by commas
CONTINUE_WORDS = متابعة, تابع, التالي, تم, continue, done, next
SKIP_HINT = (اختياري: اكتب /skip لتخطي هذا السؤال.)
PROPOSAL_HINT =
    (بين { $least } و{ $most ->
        [zero] { $most } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $most } أحرف
        [many] { $most } حرفًا
       *[other] { $most } حرف
    }.)
SCALE_HINT = اضغط رقمًا من { $low } ({ $low_label }) إلى { $high } ({ $high_label }).
SCALE_HINT_PLAIN = اضغط رقمًا من { $low } إلى { $high }.
MULTI_HINT = اضغط للاختيار أو لإلغائه (حتى { $most })، ثم اضغط «تم».
MULTI_HINT_MIN = اضغط للاختيار أو لإلغائه (من { $least } إلى { $most })، ثم اضغط «تم».
INTERESTS_HINT = اضغط على المواضيع التي تهمّك، بقدر ما تشاء، ثم اضغط «تم».
PREVIOUS_ANSWER = إجابتك السابقة: { $answer }
SKIPPED = (تم التخطي)
NOTHING_SELECTED = (لم يُختر شيء)
THANKS = شكرًا، وصلت.
PROPOSAL_SAVED = شكرًا، حُفظ مقترحك. سيتمكن الآخرون من التصويت عليه.
FEEDBACK_SAVED = شكرًا على ملاحظتك.
SKIPPED_ACK = حسنًا، تم التخطي.
SAVED_NOTICE = حُفظ
TEXT_ONLY = لا أقرأ هنا إلا النص، اكتب إجابتك من فضلك.
TAP_OPTION = اضغط أحد الخيارات أدناه من فضلك.
TAP_OPTION_OR_TYPE = اضغط أحد الخيارات أدناه (أو اكتب أحدها كما هو) من فضلك.
SCALE_RANGE = أجب برقم صحيح من { $low } إلى { $high } من فضلك.
EMPTY_TEXT = تبدو هذه الرسالة فارغة، اكتب إجابتك من فضلك.
TOO_LONG =
    هذا طويل قليلًا: اجعله { $limit ->
        [zero] { $limit } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } على الأكثر من فضلك (في رسالتك { $length }).
KEPT_TO_SHORTEN = لم يضع شيء: هذا ما كتبته، لتنسخه وتختصره وترسله من جديد.
TOO_SHORT =
    هل تكتب أكثر قليلًا؟ استخدم { $limit ->
        [zero] { $limit } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    } على الأقل من فضلك.
PROPOSAL_TOO_LONG = هذا المقترح طويل جدًا: اجعله { $most } حرف على الأكثر من فضلك (في مقترحك { $length }).
PROPOSAL_TOO_SHORT = هذا قصير قليلًا لمقترح: استخدم { $least } حرف على الأقل من فضلك (في مقترحك { $length }).
TOO_FEW = اختر { $least } على الأقل قبل الضغط على «تم» من فضلك.
TOO_MANY = يمكنك اختيار { $most } على الأكثر. ألغِ اختيارًا أولًا.
UNKNOWN_OPTION = هذا الخيار لم يعد متاحًا.
VOTE_CONTINUE = عندما تنتهي من المقترحات، اضغط «متابعة».
STALE_BUTTON = أُجيب عن هذا السؤال من قبل، وهذا ما وصلنا إليه.
INVALID_BUTTON = لم يعد هذا الزر صالحًا، وهذا ما وصلنا إليه.
NOTHING_BEFORE = لا شيء للرجوع إليه: هذا هو السؤال الأول.
CANNOT_SKIP = هذا السؤال يحتاج إلى إجابة، فلا يمكن تخطيه.
UNKNOWN_COMMAND = هذا الأمر لا يعمل هنا. هذا ما وصلنا إليه:
ALREADY_STARTED = بدأنا بالفعل، وهذا ما وصلنا إليه.
CHANGED_FLOW = تغيّرت الأسئلة منذ بدأت، فلنكمل من هنا.
SUMMARY_HEAD = هذا ما أخبرتنا به:
SUMMARY_LINE = • { $label }: { $answer }
NO_ANSWERS = لم تُجب عن أي سؤال هذه المرة.
CLOSING = شكرًا على مشاركتك! سيشارك المنظّمون ما سيحدث بعد ذلك.
FINISHED = أكملت أسئلة هذه الجلسة، شكرًا لك! ما زال بإمكانك استخدام /proposals و/propose و/feedback.
BACK_AFTER_END = أُرسلت إجاباتك، فلم يعد بالإمكان تغيير الأسئلة. ما يمكنك فعله: تغيير أصواتك (/proposals ثم اضغط زرًا آخر)، وإضافة مقترح (/propose) أو كلمة للمنظّمين (/feedback)، ورؤية كل ما أخبرتنا به (/mydata).
REMINDER_TEXT = تذكير لطيف من «{ $title }»، متى سنحت لك لحظة:
FOLLOWUP_TEXT = أخبرتنا سابقًا: «{ $quote }». شكرًا على صراحتك. ما الذي يجعل الأمر أفضل لك؟
ELABORATION_TEXT = كتبت «{ $quote }». هل تخبرنا بالمزيد عنه، بتفصيل أو مثال؟
CHAMPION_TEXT =
    شكرًا على أفكارك لـ «{ $title }»! إن كنت تعرف جيرانًا يودّون إبداء رأيهم، أرسل إليهم رابطك الخاص:
    { $link }
    
    أعد توجيه هذه الرسالة أو انسخ الرابط: عندما ينضمون، سنعرف أنك من دعاهم.
SIDE_HINT = (اكتب إجابتك هنا فحسب؛ لا تغيّر إجاباتك الأخرى.)
SIDE_THANKS = شكرًا، هذا مفيد.
SIDE_DECLINED = حسنًا.
# what an organiser may type in the /poll form (English is always read), separated by commas
YES_WORDS = نعم, أجل
NO_WORDS = لا
SEND_WORDS = أرسل, ارسل
