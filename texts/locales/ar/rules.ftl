AT = عند الحرف { $at }: { $problem }
THE_END = نهاية القاعدة
EXPECTED__test = معرّف خطوة من المسار، أو كلمة مثل stage أو language، أو «not» أو «(»
EXPECTED__operator = أحد = != < <= > >= in has
EXPECTED__compare = أحد = != < <= > >=
EXPECTED__value = قيمة (معرّف خيار أو رقم أو كلمة)
EXPECTED__list = «(» وقيم تفصل بينها فواصل، مثل (daily, weekly)
EXPECTED__comma = «,» أو «)»
EXPECTED__close = «)»
EXPECTED__open = «(» ومعرّف خطوة، مثل sentiment(one_change)
EXPECTED__join = «and» أو «or» أو نهاية القاعدة
EXPECTED__within = «within» ومدة، مثل active within 7d
EXPECTED__duration = مدة مثل 7d أو 12h أو 30m
EXPECTED__step = معرّف خطوة إجاباتها مكتوبة
EXPECTED__in = «in» وقائمة، مثل not in (daily, weekly)
PROBLEMS__expected = كان المتوقع { $expected }، ووُجد { $found }.
PROBLEMS__empty = القاعدة فارغة. اكتب قاعدة مثل: safety <= 2 and not visit = never
PROBLEMS__too_long = القاعدة طويلة جدًا (الحد الأقصى { $most } حرفًا).
PROBLEMS__too_deep = أقواس أو not متداخلة أكثر من اللازم (الحد الأقصى { $most }).
PROBLEMS__bad_name = لا يصلح «{ $name }» اسمًا لشريحة: استخدم a-z و0-9 و_، بحد أقصى { $most } حرفًا.
PROBLEMS__unknown_name = «{ $name }» ليست خطوة في هذا المسار ولا كلمة تعرفها القواعد. الخطوات: { $steps }. الكلمات: { $words }.
PROBLEMS__unknown_option = لا يوجد في الخطوة { $step } خيار «{ $option }». خياراتها: { $options }.
PROBLEMS__unknown_topic = لا توجد خطوة اهتمامات تعرض «{ $topic }». المواضيع: { $topics }.
PROBLEMS__no_interests = لا توجد في هذا المسار خطوة اهتمامات.
PROBLEMS__scale = الخطوة { $step } مقياس من { $low } إلى { $high }، لذا لا يناسبها «{ $found }».
PROBLEMS__typed = الخطوة { $step } تتلقى إجابات مكتوبة: اقرأها بنبرتها، مثل sentiment({ $step }) < 0.
PROBLEMS__not_typed = الخطوة { $step } من نوع { $kind }؛ تقرأ sentiment() الخطوات ذات الإجابات المكتوبة.
PROBLEMS__asks_nothing = الخطوة { $step } من نوع { $kind } وليس لها إجابة تُختبر.
PROBLEMS__operator = لا يناسب «{ $op }» { $name }: استخدم = أو != أو in أو has.
PROBLEMS__mood = تُقارن النبرة برقم من -1 إلى 1، أو تكون = negative أو neutral أو positive (وُجد «{ $found }»).
PROBLEMS__bad_value = لا يمكن أن تكون قيمة { $name } «{ $found }» (مثلًا: { $allowed }).
PROBLEMS__no_flow = تعذّرت قراءة مسار الجلسة، ولذلك شرائحها أيضًا.
