USAGE =
    الاستخدام: /segment <الرمز> add الاسم القاعدة، أو /segment <الرمز> show الاسم، أو /segment <الرمز> remove الاسم.
    تختبر القاعدة ما أجاب به الأعضاء وغير ذلك، مثلًا:
    /segment <الرمز> add night_walkers safety <= 2 and not visit_frequency = never
LIST_USAGE = الاستخدام: /segments <الرمز>
NONE_YET = لا توجد شرائح في «{ $title }» بعد. أضف شريحة بـ /segment { $code } add الاسم القاعدة، مثلًا /segment { $code } add unsafe safety <= 2
LIST_HEAD = شرائح «{ $title }» ({ $n }):
LINE =
    • { $name } ({ $origin }): { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }، يمكن مراسلة { $reachable } منهم الآن
    { "  " }{ $rule }
LINE_BROKEN = • { $name }: لم تعد قاعدتها مقروءة. { $problem }
LIST_FOOT = لمعرفة من في شريحة: /segment { $code } show الاسم. للإرسال إلى شريحة: --to الاسم.
ORIGINS__flow = من المسار
ORIGINS__team = أضافها الفريق
NOT_ADDED = لم تُضف الشريحة { $name }. { $problem }
NO_INVITER = لا أحد ممن دعوا آخرين إلى هذه الجلسة يحمل الاسم المستعار { $pseudonyms }.
EXISTS = في هذه الجلسة شريحة باسم { $name } بالفعل. احذفها أولًا (/segment { $code } remove { $name }) أو اختر اسمًا آخر.
ADDED =
    أُضيفت الشريحة { $name }: { $rule }
    فيها الآن { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }، يمكن مراسلة { $reachable } منهم.
    تُحسب من جديد في كل مرة تُستخدم فيها، من الإجابات كما هي حينها. لمعرفة من فيها: /segment { $code } show { $name }
REMOVED = حُذفت الشريحة { $name } من «{ $title }».
UNKNOWN = لا توجد شريحة باسم { $name } في هذه الجلسة. شرائحها: { $names }. لعرضها: /segments { $code }
NO_NAMES = لا شيء بعد
RULE_BROKEN = لا يمكن استخدام الشريحة { $name }: لم تعد قاعدتها مقروءة. { $problem }
SHOW_HEAD =
    الشريحة { $name }: { $rule }
    فيها الآن { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }، يمكن مراسلة { $reachable } منهم. بالأسماء المستعارة:
SHOW_MORE = … و{ $n } غيرهم.
TO_MISSING = يحتاج --to إلى اسم شريحة بعده، مثلًا --to night_walkers.
SMALL_CUT = في الشريحة { $name } أقل من 5 أعضاء: لا يُعرض أي رقم عنها، كي لا يمكن التعرّف على أحد فيها.
CUT_HEAD = الشريحة { $name } وحدها (عدد الأعضاء: { $n }):
PREVIEW_TO = الشريحة { $name } وحدها: يمكن الآن مراسلة { $n } من أعضائها الـ{ $size }.
NOBODY_IN = لا يمكن الآن مراسلة أحد من الشريحة { $name } في «{ $title }»، لذلك لم يُرسل شيء.
