HELP_MEMBER_HEADER = هذا ما يمكنك فعله:
HELP_ORGANISER_HEADER = أوامر المنظّم:
HELP_COORDINATOR_HEADER = أوامر المنسّق (وللمنظّمين أيضًا):
HELP_ADMIN_HEADER = أوامر المسؤول:
HELP_MORE = الاستخدام والتفاصيل
MENU__start = الانضمام إلى جلسة برمزها
MENU__help = ما يمكنك فعله
MENU__back = الرجوع إلى السؤال السابق
MENU__skip = تخطي سؤال اختياري
MENU__proposals = رؤية المقترحات والتصويت
MENU__propose = إضافة مقترح
MENU__feedback = قول شيء للمنظّمين
MENU__pause = إيقاف التذكيرات مؤقتًا
MENU__resume = المتابعة من حيث توقفت
MENU__timezone = منطقتك الزمنية، لساعات الهدوء
MENU__privacy = ما أحفظه عنك ولأي مدة
MENU__mydata = كل ما يُحفظ عنك، في ملف
MENU__forget = محو بياناتك
MENU__newsession = إنشاء جلسة
MENU__flows = المسارات المتاحة للاختيار
MENU__sessions = جلساتك ورموزها وأرقامها
MENU__open = فتح جلسة لينضم الأعضاء
MENU__close = إنهاء جلسة (يسأل أولًا)
MENU__poll = إطلاق استطلاع (وحده: خطوة بخطوة)
MENU__closepoll = إنهاء استطلاع
MENU__broadcast = مراسلة أعضاء جلسة (يسأل أولًا)
MENU__nudge = تذكير من لم ينهوا أو لم يصوّتوا
MENU__hide = إخفاء مقترح عن الأعضاء
MENU__unhide = إظهار مقترح مخفي من جديد
MENU__linkgroup = ربط هذه المجموعة بجلسة
MENU__stats = أرقام جلسة ورسم بياني
MENU__export = جلسة في ملف
# needs translation
MENU__answers = الإجابات عن سؤال واحد
# needs translation
MENU__themes = what members wrote, grouped into themes
# needs translation
USAGE__language = /language [code]
# needs translation
USAGE__outcome = /outcome [code] <proposal number> adopted|declined|in_progress|done [why] [--ask-after 14d]
# needs translation
USAGE__translate = /translate [code] <proposal number> <language> <text>
MENU__results = نتائج استطلاع
MENU__team = من يدير الجلسة
MENU__audit = من فعل ماذا في الجلسة
MENU__grant = منح شخص دورًا
MENU__revoke = سحب دور
USAGE__start = /start <الرمز>
USAGE__help = /help [all]
USAGE__propose = /propose <الفكرة>
USAGE__feedback = /feedback <النص>
USAGE__newsession = /newsession <العنوان> [--flow <معرّف المسار>] [--community <الاسم>]
USAGE__open = /open <الرمز>
USAGE__close = /close <الرمز>
USAGE__poll = /poll <الرمز> <السؤال> | <خيار> | <خيار> [--multi] [--anonymous] [--closes 2h أو --closes friday 18:00]
USAGE__closepoll = /closepoll [الرمز] <رقم الاستطلاع>
USAGE__broadcast = /broadcast <الرمز> <الرسالة>
USAGE__nudge = /nudge <الرمز> [رقم الاستطلاع | votes]
USAGE__hide = /hide [الرمز] <رقم المقترح> [السبب]
USAGE__unhide = /unhide [الرمز] <رقم المقترح>
USAGE__linkgroup = /linkgroup <الرمز>
USAGE__stats = /stats <الرمز>
# needs translation
USAGE__export = /export <الرمز> [csv|json|md] [--names]
# needs translation
USAGE__report = /report <code> [--moderated]
# needs translation
USAGE__answers = /answers <الرمز> <الخطوة> [الصفحة]
# needs translation
USAGE__themes = /themes <code> [step] [page]
# needs translation
HELP__language = choose the language I write to you in
# needs translation
HELP__outcome = record what became of a proposal; those who proposed or voted on it hear it, and once it is done are asked whether it changed anything for them
# needs translation
HELP__translate = a proposal in another of the session's languages: members who read it see it so, and their votes count for the one proposal
USAGE__results = /results [الرمز] <رقم الاستطلاع>
USAGE__team = /team <الرمز> [add <معرّف المستخدم> organiser|coordinator | remove <معرّف المستخدم> | invite organiser|coordinator]
USAGE__audit = /audit <الرمز> [الصفحة]
USAGE__grant = /grant <معرّف مستخدم تيليغرام> organiser|coordinator
USAGE__revoke = /revoke <معرّف مستخدم تيليغرام> organiser|coordinator
HELP__start = الانضمام إلى جلسة برمزها
HELP__help = هذه القائمة (all: مع طريقة كتابة كل أمر)
HELP__back = الرجوع إلى السؤال السابق
HELP__skip = تخطي سؤال موسوم بأنه اختياري
HELP__proposals = رؤية المقترحات والتصويت عليها
HELP__propose = إضافة مقترح
HELP__feedback = قول شيء للمنظّمين
HELP__pause = إيقاف التذكيرات والرسائل مؤقتًا
HELP__resume = المتابعة من حيث توقفت
HELP__timezone = منطقتك الزمنية، لأصمت ليلًا
HELP__privacy = ما أحفظه عنك ولأي مدة ولماذا (ما وافقت عليه)
HELP__mydata = ملف بكل ما أحفظه عنك
HELP__forget = محو بياناتك (أطلب منك التأكيد)
HELP__newsession = إنشاء جلسة
HELP__flows = المسارات المتاحة للاختيار
HELP__sessions = جلساتك ورموزها وأرقام المشاركة فيها
HELP__open = فتح جلسة لينضم الأعضاء
HELP__close = إنهاء جلسة (يسأل أولًا)
HELP__poll = إطلاق استطلاع (/poll وحده لنموذج خطوة بخطوة)
HELP__closepoll = إنهاء استطلاع وإعلان نتائجه
HELP__broadcast = رسالة إلى كل أعضاء الجلسة (تُعرض أولًا، وتُرسل بكلمة منك)
HELP__nudge = تذكير من لم ينهوا، أو لم يصوّتوا في استطلاع، أو (votes) لم يصوّتوا على المقترحات الجديدة
HELP__hide = إخفاء مقترح عن الأعضاء
HELP__unhide = إظهار مقترح مخفي من جديد
HELP__linkgroup = يُرسل في محادثة جماعية لربطها بجلسة
HELP__stats = أرقام جلسة ورسم بياني
# needs translation
HELP__export = جلسة في ملف: CSV (صف لكل رسالة)، أو JSON (كل شيء)، أو md (للقراءة)؛ الأعضاء بأسماء مستعارة إلا مع --names
# needs translation
HELP__report = the session's report to share: one HTML file for any browser or printer; hidden proposals left out unless --moderated (then marked)
# needs translation
HELP__answers = الإجابات عن سؤال واحد
# needs translation
HELP__themes = what members wrote (or one question's answers), grouped into themes with their size, feeling and quotes
HELP__results = نتائج استطلاع
HELP__team = من يدير الجلسة، وتغيير ذلك
HELP__audit = من فعل ماذا في الجلسة
HELP__grant = السماح لشخص بإنشاء الجلسات أو تنسيقها
HELP__revoke = سحب ذلك
STAFF_USAGE__proposals = /proposals <الرمز> [الصفحة]
STAFF_USAGE__feedback = /feedback <الرمز> [الصفحة]
STAFF_HELP__proposals = المقترحات بأرقامها وأصواتها والأسماء المستعارة لأصحابها
STAFF_HELP__feedback = الملاحظات، الأحدث أولًا، مع نبرتها
# needs translation
MENU__language = the language I write to you in
# needs translation
MENU__outcome = tell members what became of a proposal
# needs translation
MENU__translate = a proposal in another language
# needs translation
MENU__report = a report to share, as one web page
