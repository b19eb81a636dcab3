CARD_HEADER = المقترح { $position } من { $total } (رقم { $id })
CARD_OWN = هذا مقترحك.
CARD_YOUR_VOTE = صوتك: { $vote }. اضغط زرًا آخر لتغييره.
CARD_NOT_VOTED = هل توافق؟
CARD_SAVED_NEXT = ✅ حُفظ صوتك على رقم { $id }: { $vote }. إليك التالي:
CARD_ALL_VOTED = صوّتّ على كل المقترحات حتى الآن، شكرًا لك! يمكنك الرجوع وتغيير صوتك حتى تنتهي الجلسة، ويعرض /proposals المقترحات الجديدة عند وصولها.
LEFT_UNVOTED =
    { $count ->
        [zero] لم تترك أي مقترح دون تصويت.
        [one] تركت مقترحًا واحدًا دون تصويت: يعيدك إليه /proposals متى شئت.
        [two] تركت مقترحين دون تصويت: يعيدك إليهما /proposals متى شئت.
        [few] تركت { $count } مقترحات دون تصويت: يعيدك إليها /proposals متى شئت.
        [many] تركت { $count } مقترحًا دون تصويت: يعيدك إليها /proposals متى شئت.
       *[other] تركت { $count } مقترح دون تصويت: يعيدك إليها /proposals متى شئت.
    }
CARD_NOTHING_TO_VOTE = لا يوجد شيء آخر للتصويت عليه بعد: مقترحك هو الوحيد. يعرض /proposals المقترحات الجديدة عند وصولها.
PREVIOUS = ◀ السابق
NEXT = التالي ▶
NO_PROPOSALS = لا توجد مقترحات في «{ $title }» بعد. اكتب واحدًا بـ /propose <فكرتك>.
PROPOSAL_EMPTY = مقترحك فارغ. الاستخدام: /propose <فكرتك>، من { $least } إلى { $most } حرفًا، مثلًا: /propose إنارة على طول ممر البركة
PROPOSAL_DUPLICATE = هذه الفكرة موجودة في القائمة بوصفها المقترح رقم { $id }. يمكنك التصويت عليها بـ /proposals.
PROPOSAL_SAVED = شكرًا! حُفظ مقترحك برقم { $id }. يستطيع الآخرون التصويت عليه بـ /proposals.
PROPOSAL_REWORDED = أصبح نص مقترحك رقم { $id }: «{ $text }».
VOTES_CLEARED =
    { $n ->
        [zero] لم يكن على صيغته السابقة أي صوت.
        [one] مُحي الصوت الوحيد على صيغته السابقة، ليصوّت الجيران على هذه.
        [two] مُحي الصوتان على صيغته السابقة، ليصوّت الجيران على هذه.
        [few] مُحيت { $n } أصوات على صيغته السابقة، ليصوّت الجيران على هذه.
        [many] مُحي { $n } صوتًا على صيغته السابقة، ليصوّت الجيران على هذه.
       *[other] مُحي { $n } صوت على صيغته السابقة، ليصوّت الجيران على هذه.
    }
PROPOSAL_KEPT = يبقى مقترحك رقم { $id } كما كان.
NEW_TO_VOTE =
    { $n ->
        [zero] لا مقترحات جديدة في «{ $title }».
        [one] في «{ $title }» مقترح جديد لم تصوّت عليه بعد: ألقِ نظرة، لتحظى الأفكار المتأخرة بفرصة عادلة أيضًا.
        [two] في «{ $title }» مقترحان جديدان لم تصوّت عليهما بعد: ألقِ نظرة، لتحظى الأفكار المتأخرة بفرصة عادلة أيضًا.
        [few] في «{ $title }» { $n } مقترحات جديدة لم تصوّت عليها بعد: ألقِ نظرة، لتحظى الأفكار المتأخرة بفرصة عادلة أيضًا.
        [many] في «{ $title }» { $n } مقترحًا جديدًا لم تصوّت عليها بعد: ألقِ نظرة، لتحظى الأفكار المتأخرة بفرصة عادلة أيضًا.
       *[other] في «{ $title }» { $n } مقترح جديد لم تصوّت عليها بعد: ألقِ نظرة، لتحظى الأفكار المتأخرة بفرصة عادلة أيضًا.
    }
VOTE_NOW = صوّت الآن
VOTE_SAVED = حُفظ: { $vote }
VOTE_UNCHANGED = صوّتّ بالفعل: { $vote }.
OWN_PROPOSAL = لا يمكنك التصويت على مقترحك.
PROPOSAL_HIDDEN_BUTTON = أخفى المنظّمون هذا المقترح.
MILESTONE =
    خبر سار: لمقترحك «{ $text }» الآن { $count ->
        [zero] لا أصوات موافقة
        [one] صوت موافق واحد
        [two] صوتان موافقان
        [few] { $count } أصوات موافقة
        [many] { $count } صوتًا موافقًا
       *[other] { $count } صوت موافق
    } في «{ $title }».
FEEDBACK_USAGE = الاستخدام: /feedback <ما تريد قوله للمنظّمين>، حتى { $most } حرف
FEEDBACK_LONG = هذا طويل جدًا: اجعل ملاحظتك { $most } حرف على الأكثر من فضلك.
FEEDBACK_SAVED = شكرًا على ملاحظتك، سيقرؤها المنظّمون.
HIDE_USAGE = الاستخدام: { $command } [رمز الجلسة] <رقم المقترح> [السبب]
NO_SUCH_PROPOSAL = لا يوجد مقترح رقم { $id }.
HIDDEN = المقترح رقم { $id } مخفي عن الأعضاء. السبب: { $reason }
ALREADY_HIDDEN = المقترح رقم { $id } مخفي بالفعل.
UNHIDDEN = المقترح رقم { $id } ظاهر للأعضاء من جديد.
NOT_HIDDEN = المقترح رقم { $id } ليس مخفيًا.
NO_REASON = دون ذكر سبب
YOUR_PROPOSAL_HIDDEN =
    أخفى منظّمو «{ $title }» مقترحك «{ $text }»: لم يعد الآخرون يرونه أو يصوّتون عليه.
    السبب: { $reason }
    إن رأيت أن هذا خطأ، أخبرهم بـ /feedback.
YOUR_PROPOSAL_SHOWN = مقترحك «{ $text }» ظاهر من جديد في «{ $title }»: يستطيع الآخرون رؤيته والتصويت عليه.
PROPOSAL_WITHDRAWN = سحب صاحبه المقترح رقم { $id }: يبقى مخفيًا، مع أصواته.
REASON_TOO_LONG = هذا السبب طويل جدًا: اجعله أقل من { $limit } حرف من فضلك.
VOTE_LABELS__agree = أوافق
VOTE_LABELS__disagree = لا أوافق
VOTE_LABELS__pass = أتجاوز
# needs translation
CARD_WRITTEN_IN = (written in { $language })
# needs translation
CARD_TRANSLATED = (translated by the organisers from { $language })
# needs translation
TRANSLATE_USAGE =
    Usage: /translate [session code] <proposal number> <language> <text>
    For example: /translate 4 es Poner farolas junto al estanque
# needs translation
TRANSLATE_NOT_OFFERED = This session is not in “{ $typed }”. Its languages: { $languages }.
# needs translation
TRANSLATE_SAME = Proposal #{ $id } is written in { $language } already.
# needs translation
TRANSLATE_LONG = That translation is too long: please keep it to { $most } characters at most.
# needs translation
TRANSLATED =
    Proposal #{ $id } in { $language }: “{ $text }”
    Members who read { $language } see it so; their votes count for the one proposal.
# needs translation
TRANSLATION_REPLACED = Proposal #{ $id } in { $language } now reads: “{ $text }” (instead of “{ $before }”).
