WARNING = تحذير: { $problem }
IN_LANGUAGE = [{ $language }] { $problem }
NOT_REGULAR = ليس ملفًا عاديًا: ليس ملف مسار
TOO_LARGE = ملف أكبر من { $kb } ك.ب: ليس ملف مسار
CANNOT_READ = تعذّرت قراءة الملف: { $error }
ID_TAKEN = معرّف المسار '{ $flow }' يستخدمه ملف آخر
YAML_ERROR = خطأ في YAML: { $error }
YAML_SYNTAX = خطأ في صياغة YAML: { $error }
ALIASES = الأسماء المستعارة (*name) غير مسموح بها في ملفات المسارات
ANCHORS = المراسي (&name) غير مسموح بها في ملفات المسارات
TAGS = الوسوم ({ $tag }) غير مسموح بها في ملفات المسارات
TOO_DEEP = متداخل بأكثر من { $most } مستوى
MERGE_KEYS = مفاتيح الدمج (<<) غير مسموح بها في ملفات المسارات
KEY_NOT_WORD = يجب أن تكون المفاتيح كلمات، لا { $key }
DUPLICATE_KEY = مفتاح مكرّر '{ $key }'
NOT_A_MAPPING = يجب أن يكون ملف المسار قاموسًا بالمفاتيح id، title، engagement، steps، ...
STEPS_EMPTY = يجب أن تكون steps قائمة خطوات غير فارغة
STEP_NOT_MAPPING = يجب أن تكون الخطوة قاموسًا بالمفاتيح id، kind، prompt
MISSING_KEY = المفتاح المطلوب '{ $key }' غير موجود
UNKNOWN_KEY = مفتاح غير معروف '{ $key }'
UNKNOWN_KIND = نوع خطوة غير معروف '{ $kind }' (استخدم واحدًا من: { $kinds })
YES_NO_TEXT = { $field }: يقرأ YAML الكلمات yes و no و on و off على أنها صواب أو خطأ؛ ضع النص بين علامتي اقتباس
EMPTY = { $field }: يجب ألا يكون فارغًا
AT_MOST = { $field }: يجب أن يكون { $bound } على الأكثر
AT_LEAST = { $field }: يجب أن يكون { $bound } على الأقل
NOT_TEXT = { $field }: يجب أن يكون نصًا
NOT_WHOLE = { $field }: يجب أن يكون عددًا صحيحًا
NOT_NUMBER = { $field }: يجب أن يكون عددًا
NOT_TRUE_FALSE = { $field }: يجب أن يكون true أو false
NOT_LIST = { $field }: يجب أن يكون قائمة
NOT_MAPPING = { $field }: يجب أن يكون قاموسًا (أسطر مفتاح: قيمة)
NOT_ONE_OF = { $field }: يجب أن يكون واحدًا من: { $expected }
TOO_MANY_ITEMS = { $field }: { $n } على الأكثر
TOO_FEW_ITEMS = { $field }: { $n } على الأقل
TEXT_TOO_LONG = { $field }: { $n ->
        [zero] لا أحرف
        [one] حرف واحد
        [two] حرفان
        [few] { $n } أحرف
        [many] { $n } حرفًا
       *[other] { $n } حرف
    } على الأكثر
TEXT_TOO_SHORT = { $field }: { $n ->
        [zero] لا أحرف
        [one] حرف واحد
        [two] حرفان
        [few] { $n } أحرف
        [many] { $n } حرفًا
       *[other] { $n } حرف
    } على الأقل
NOT_LANGUAGE_CODE = { $field }: { $value } ليس رمز لغة مثل en أو es أو pt-BR
OTHER = { $field }: { $problem }
ID_CHARACTERS =
    { $what ->
        [step] معرّف الخطوة
        [option] معرّف الخيار
        [segment] اسم الشريحة
       *[flow] معرّف المسار
    } '{ $value }' لا يستخدم إلا a-z و 0-9 و _
ID_TOO_LONG =
    { $what ->
        [step] معرّف الخطوة
        [option] معرّف الخيار
        [segment] اسم الشريحة
       *[flow] معرّف المسار
    } '{ $value }' أطول مما تتسع له بيانات الزر ({ $n } > { $most } حرفًا)
END_RESERVED = الكلمة 'end' محجوزة ولا يمكن أن تكون معرّف خطوة
OUTCOME_WAIT = يجب ألا تتجاوز outcome_question_after مدة 365d
THRESHOLDS = يجب أن تكون negative_threshold أقل من positive_threshold
DEFAULT_RULE_ALONE = قاعدة default لا تحوي إلا 'default: <معرّف خطوة>'
RULE_SHAPE = تحتاج قاعدة التفرّع إلى شرط واحد بالضبط وإلى goto (الشروط: { $found })
RULE_SHAPE_NONE = تحتاج قاعدة التفرّع إلى شرط واحد بالضبط وإلى goto (الشروط: لا شيء)
NEXT_SHAPE = يجب أن تكون next معرّف خطوة أو 'end' أو قائمة قواعد تفرّع
PROPOSAL_LENGTHS = يجب ألا تزيد min_length على max_length
TOO_FEW_OPTIONS = يحتاج سؤال الاختيار إلى خيارين على الأقل (استخدم خطوة message لقول شيء دون سؤال)
DUPLICATE_OPTIONS =
    { $what ->
        [id] معرّفات خيارات مكرّرة
       *[label] تسميات خيارات مكرّرة
    }: { $values }
SELECTIONS = يلزم أن يكون min_selections <= max_selections <= { $n } (عدد الخيارات)
SCALE_ORDER = يجب أن يكون الحد الأدنى للمقياس ({ $min }) أقل من الحد الأعلى ({ $max })
SCALE_POINTS = لا يتجاوز المقياس 11 نقطة
LANGUAGE_NOT_DECLARED = اللغة { $language } ليست ضمن languages
BAD_DURATION = مدة غير صحيحة '{ $text }': استخدم عددًا ووحدة s أو m أو h أو d، مثل 24h
ZERO_DURATION = مدة غير صحيحة '{ $text }': يجب أن تكون أكبر من صفر
BAD_QUIET_HOURS = ساعات هدوء غير صحيحة '{ $text }': اكتبها هكذا: 21:00-08:00
QUIET_HOURS_SAME = ساعات هدوء غير صحيحة '{ $text }': البداية والنهاية متطابقتان
BRACES = { $field }: قوس معقوف لا يفتح شيئًا ولا يغلقه (اكتب { "{{" } أو { "}}" } لكتابة القوس نفسه)
UNKNOWN_PLACEHOLDER = { $field }: عنصر نائب غير معروف { "{" }{ $name }{ "}" }؛ استخدم { $offered }
LANGUAGE_ALONE = اكتب languages: [...] وحدها (أولاها هي الافتراضية)
LANGUAGES_LIST = يجب أن تكون languages قائمة مثل [en, es]
LANGUAGE_CODE = languages: { $code } ليس رمز لغة مثل en أو es أو pt-BR
LANGUAGE_TWICE = languages: { $code } مذكورة مرتين
LANGUAGES_AT_MOST = languages: { $most } على الأكثر
TEXT_PLAIN = { $field }: لا يوجد نص بـ{ $others } (اكتب نصًا لكل لغة: { $first }: ...، { $second }: ...)
TEXT_UNDECLARED = { $field }: { $code } ليست من لغات المسار ({ $languages })؛ أضفها إلى languages أو احذف هذا النص
TEXT_MISSING = { $field }: لا يوجد نص بـ{ $missing }
PLACEHOLDERS_DIFFER = { $field }: النص بـ{ $language } يستخدم { $found } بينما النص بـ{ $default } يستخدم { $expected }؛ استخدم العناصر النائبة نفسها في كل اللغات
NO_PLACEHOLDER = لا عنصر نائب
UNLABELLED = الخطوة '{ $step }' بلا label: سيسمّيها الملخص في النهاية بسؤالها («{ $prompt }»)؛ أضف تسمية قصيرة
NO_SENTIMENT = لا يوجد هنا محلّل مشاعر يقرأ '{ $language }': تبقى الإجابات بها "unknown"، فلا يطابقها أي فرع 'sentiment:' ولا تصلها متابعة ولا دعوة لإحضار الجيران (اللغات التي لها محلّل: { $readable })
PROPOSAL_LIMITS = يجب أن تأخذ خطوة المقترح '{ $step }' قيمتي min_length و max_length نفسيهما في '{ $first }' ({ $low } و { $high }): للجلسة حدّ واحد للمقترحات
DUPLICATE_STEP = معرّف خطوة مكرّر '{ $step }' (استُخدم أولًا في السطر { $line })
DEFAULT_LAST = يجب أن تكون قاعدة default الأخيرة (القواعد بعدها لا تُطبَّق أبدًا)
NO_ANSWER_TO_BRANCH = خطوة { $kind } ليس لها إجابة يُتفرَّع عليها؛ استخدم next عاديًا أو default
NEVER_SKIPPED = 'skipped' لا يحدث أبدًا: الخطوة '{ $step }' ليست اختيارية
SENTIMENT_MISFIT = 'sentiment' لا يناسب خطوة { $kind }
SCALE_ONLY = '{ $condition }' يناسب خطوات scale فقط، لا { $kind }
UNKNOWN_OPTIONS = '{ $condition }' يذكر خيارات غير معروفة للخطوة '{ $step }': { $values }
WHOLE_NUMBERS = '{ $condition }' يحتاج أعدادًا صحيحة من { $low } إلى { $high }، لا { $values }
CONDITION_MISFIT = '{ $condition }' لا يناسب خطوة { $kind }؛ تفرّع حسب sentiment أو skipped
UNKNOWN_TARGET = { $word } يذهب إلى خطوة غير معروفة '{ $target }'
UNREACHABLE = لا يمكن الوصول إلى الخطوة '{ $step }' من الخطوة الأولى أبدًا
TRAP = لا توجد إجابة عن الخطوة '{ $step }' تقود إلى النهاية أبدًا: { $loop }
MESSAGE_LOOP = خطوات message تدور بلا نهاية دون أي سؤال: { $loop }
SEGMENT_NAME = segments: { $problem }
SEGMENT_RULE = الشريحة '{ $name }': { $problem }
VARIANT_UNKNOWN = نسخة للشريحة '{ $name }': كتلة segments: في المسار لا تعرّفها؛ يقرأ الأعضاء النص العادي ما لم يضفها الفريق (/segment <الرمز> add { $name } ...)
