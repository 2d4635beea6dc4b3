<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>alam::ActionRecorder</name>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>تغيير التسمية</translation>
    </message>
    <message>
        <source>Change bounds</source>
        <translation>تغيير الحدود</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>إضافة توسيم</translation>
    </message>
    <message>
        <source>Link to entity</source>
        <translation>ربط بكيان</translation>
    </message>
    <message>
        <source>Split off entity</source>
        <translation>فصل في كيان مستقل</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف التوسيم</translation>
    </message>
    <message>
        <source>Accept all remaining</source>
        <translation>قبول كل ما تبقّى</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمراجَع</translation>
    </message>
    <message>
        <source>The change to annotation %1 left no history row.</source>
        <translation>لم يُدوَّن التغيير على التوسيم %1 في السجل.</translation>
    </message>
    <message>
        <source>Could not record the action for undo: %1</source>
        <translation>تعذّر تسجيل الإجراء للتراجع عنه: %1</translation>
    </message>
</context>
<context>
    <name>alam::AnnotationStore</name>
    <message>
        <source>there is no document %1</source>
        <translation>لا يوجد المستند %1</translation>
    </message>
    <message>
        <source>there is no label %1</source>
        <translation>لا توجد التسمية %1</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>لا يوجد الكيان %1</translation>
    </message>
    <message>
        <source>The annotation %1 has empty or reversed bounds.</source>
        <translation>حدود التوسيم %1 فارغة أو معكوسة.</translation>
    </message>
    <message>
        <source>The annotation %1 has no label.</source>
        <translation>التوسيم %1 بلا تسمية.</translation>
    </message>
    <message>
        <source>Could not add the annotation %1 to document %2: %3</source>
        <translation>تعذّرت إضافة التوسيم %1 إلى المستند %2: %3</translation>
    </message>
    <message>
        <source>Could not read annotation %1: %2</source>
        <translation>تعذّرت قراءة التوسيم %1: %2</translation>
    </message>
    <message>
        <source>There is no annotation %1 (it may have been deleted).</source>
        <translation>لا يوجد التوسيم %1 (ربما حُذف).</translation>
    </message>
    <message>
        <source>Could not read the annotations of document %1: %2</source>
        <translation>تعذّرت قراءة توسيمات المستند %1: %2</translation>
    </message>
    <message>
        <source>Could not read the annotations: %1</source>
        <translation>تعذّرت قراءة التوسيمات: %1</translation>
    </message>
    <message>
        <source>Could not change annotation %1: %2</source>
        <translation>تعذّر تغيير التوسيم %1: %2</translation>
    </message>
    <message>
        <source>Annotation %1 was changed by someone else meanwhile (it is at version %2, this change was made on version %3); nothing was saved. Reload the document and try again.</source>
        <translation>غيّر شخص آخر التوسيم %1 في هذه الأثناء (هو الآن في الإصدار %2، وهذا التغيير أُجري على الإصدار %3)؛ لم يُحفظ شيء. أعد تحميل المستند وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not change annotation %1: an annotation cannot move to another document.</source>
        <translation>تعذّر تغيير التوسيم %1: لا يمكن نقل توسيم إلى مستند آخر.</translation>
    </message>
    <message>
        <source>Could not change annotation %1 to %2: %3</source>
        <translation>تعذّر تغيير التوسيم %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Could not delete annotation %1: %2</source>
        <translation>تعذّر حذف التوسيم %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::ArticleView</name>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>قائمة الأسماء</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>المحلل</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>الثقة: %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>الكيان: %1</translation>
    </message>
    <message>
        <source>propagation</source>
        <translation>نشر</translation>
    </message>
</context>
<context>
    <name>alam::BratReader</name>
    <message>
        <source>%1 is not valid UTF-8, which brat requires.</source>
        <translation>الملف %1 ليس بترميز UTF-8 صالح، وهو ما تتطلبه صيغة brat.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1، السطر %2: %3.</translation>
    </message>
    <message>
        <source>a text annotation needs an id, a type with offsets, and its text, separated by tabs</source>
        <translation>يحتاج توسيم النص إلى معرّف، ونوع مع إزاحاته، ونصّه، مفصولةً بعلامات جدولة</translation>
    </message>
    <message>
        <source>«%1» has no offsets</source>
        <translation>«%1» بلا إزاحات</translation>
    </message>
    <message>
        <source>«%1» is not a pair of offsets</source>
        <translation>«%1» ليس زوجًا من الإزاحات</translation>
    </message>
    <message>
        <source>the offsets %1 %2 lie outside the text of %3 characters</source>
        <translation>الإزاحتان %1 %2 خارج النص (عدد أحرفه %3)</translation>
    </message>
    <message>
        <source>the span %1 %2 does not end after it starts</source>
        <translation>المقطع %1 %2 لا ينتهي بعد بدايته</translation>
    </message>
    <message>
        <source>the text at these offsets is «%1», not «%2»</source>
        <translation>النص عند هذه الإزاحات هو «%1» وليس «%2»</translation>
    </message>
</context>
<context>
    <name>alam::ConllReader</name>
    <message>
        <source>%1, line %2: the token «%3» has no label.</source>
        <translation>%1، السطر %2: الوحدة «%3» بلا تسمية.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1، السطر %2: %3.</translation>
    </message>
    <message>
        <source>%1 holds no tokens.</source>
        <translation>لا يحتوي %1 على أي وحدة نصية.</translation>
    </message>
</context>
<context>
    <name>alam::ConllTags</name>
    <message>
        <source>«%1» is not a label; expected O or a prefix B-, I-, E- or S- and a type (e.g. B-PERS)</source>
        <translation>«%1» ليست تسمية؛ المتوقَّع O أو إحدى البادئات B- أو I- أو E- أو S- يليها نوع (مثل B-PERS)</translation>
    </message>
    <message>
        <source>the label «%1» has the unknown prefix «%2»; expected B-, I-, E- or S-</source>
        <translation>للتسمية «%1» بادئة غير معروفة «%2»؛ المتوقَّع B- أو I- أو E- أو S-</translation>
    </message>
    <message>
        <source>the label «%1» has no type after its prefix</source>
        <translation>لا يوجد نوع بعد بادئة التسمية «%1»</translation>
    </message>
</context>
<context>
    <name>alam::CorpusSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Type a word or a name to search for.</source>
        <translation>اكتب كلمة أو اسمًا للبحث عنه.</translation>
    </message>
    <message>
        <source>Could not read the mentions of entity %1: %2</source>
        <translation>تعذّرت قراءة إشارات الكيان %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::CorpusStatsQuery</name>
    <message>
        <source>Cannot count the corpus: %1</source>
        <translation>تعذّر إحصاء المدوّنة: %1</translation>
    </message>
</context>
<context>
    <name>alam::Database</name>
    <message>
        <source>Cannot open the database: Qt&apos;s %1 driver is not installed (Debian package %2).</source>
        <translation>تعذّر فتح قاعدة البيانات: برنامج التشغيل %1 الخاص بـ Qt غير مثبَّت (حزمة Debian: %2).</translation>
    </message>
    <message>
        <source>Cannot open the database: no file was given.</source>
        <translation>تعذّر فتح قاعدة البيانات: لم يُحدَّد ملف.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 read-only: the file does not exist.</source>
        <translation>تعذّر فتح قاعدة البيانات %1 للقراءة فقط: الملف غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>خطأ غير معروف في قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 (the database %2 is open read-only)</source>
        <translation>%1 (قاعدة البيانات %2 مفتوحة للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 (the database file %2 or its folder cannot be written)</source>
        <translation>%1 (تتعذّر الكتابة في ملف قاعدة البيانات %2 أو في مجلده)</translation>
    </message>
    <message>
        <source>the database did not report the new row&apos;s id</source>
        <translation>لم تُعِد قاعدة البيانات معرّف الصف الجديد</translation>
    </message>
    <message>
        <source>Could not start a transaction on the database %1: %2</source>
        <translation>تعذّر بدء معاملة على قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>A step inside the transaction failed; nothing was saved.</source>
        <translation>فشلت خطوة داخل المعاملة؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Could not save the changes to the database %1: %2. Nothing was saved.</source>
        <translation>تعذّر حفظ التغييرات في قاعدة البيانات %1: %2. لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>alam::DocumentList</name>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل التسميات</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>تصفية حسب العنوان…</translation>
    </message>
</context>
<context>
    <name>alam::DocumentListModel</name>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مراجَع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
</context>
<context>
    <name>alam::DocumentReview</name>
    <message>
        <source>Could not read the entities of document %1: %2</source>
        <translation>تعذّرت قراءة كيانات المستند %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>«%1» still has %n suggestion(s) to decide. Accept (Enter) or reject (Delete) each one, or use Accept all remaining, then mark the document reviewed.</source>
        <translation>
            <numerusform>لم يبقَ في «%1» أي اقتراح بانتظار قرارك؛ علِّم المستند كمراجَع.</numerusform>
            <numerusform>ما زال في «%1» اقتراح واحد بانتظار قرارك. اقبله (Enter) أو ارفضه (Delete)، أو استخدم «قبول كل ما تبقّى»، ثم علِّم المستند كمراجَع.</numerusform>
            <numerusform>ما زال في «%1» اقتراحان بانتظار قرارك. اقبل كلًّا منهما (Enter) أو ارفضه (Delete)، أو استخدم «قبول كل ما تبقّى»، ثم علِّم المستند كمراجَع.</numerusform>
            <numerusform>ما زالت في «%1» %n اقتراحات بانتظار قرارك. اقبل كلًّا منها (Enter) أو ارفضه (Delete)، أو استخدم «قبول كل ما تبقّى»، ثم علِّم المستند كمراجَع.</numerusform>
            <numerusform>ما زال في «%1» %n اقتراحًا بانتظار قرارك. اقبل كلًّا منها (Enter) أو ارفضه (Delete)، أو استخدم «قبول كل ما تبقّى»، ثم علِّم المستند كمراجَع.</numerusform>
            <numerusform>ما زال في «%1» %n اقتراح بانتظار قرارك. اقبل كلًّا منها (Enter) أو ارفضه (Delete)، أو استخدم «قبول كل ما تبقّى»، ثم علِّم المستند كمراجَع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation %1 is not in «%2» (it may have been deleted).</source>
        <translation>التوسيم %1 ليس في «%2» (ربما حُذف).</translation>
    </message>
    <message>
        <source>There is no label %1.</source>
        <translation>لا توجد التسمية %1.</translation>
    </message>
    <message>
        <source>The annotation cannot grow further that way.</source>
        <translation>لا يمكن توسيع التوسيم أكثر في هذا الاتجاه.</translation>
    </message>
    <message>
        <source>The annotation cannot shrink further that way: it would be empty.</source>
        <translation>لا يمكن تضييق التوسيم أكثر في هذا الاتجاه: سيصبح فارغًا.</translation>
    </message>
    <message>
        <source>The selection holds no word to annotate.</source>
        <translation>لا يحتوي التحديد على كلمة لتوسيمها.</translation>
    </message>
    <message>
        <source>«%1» is a %2 entity; the mention is labelled %3. Change the label first.</source>
        <translation>«%1» كيان من نوع %2، أما تسمية الإشارة فهي %3. غيّر التسمية أولًا.</translation>
    </message>
</context>
<context>
    <name>alam::DocumentStore</name>
    <message>
        <source>Could not add the document «%1»: the same text is already stored as document %2.</source>
        <translation>تعذّرت إضافة المستند «%1»: النص نفسه محفوظ بالفعل في المستند %2.</translation>
    </message>
    <message>
        <source>Could not add the document «%1»: %2</source>
        <translation>تعذّرت إضافة المستند «%1»: %2</translation>
    </message>
    <message>
        <source>Could not look up a document by its text: %1</source>
        <translation>تعذّر البحث عن مستند بنصّه: %1</translation>
    </message>
    <message>
        <source>Could not read document %1: %2</source>
        <translation>تعذّرت قراءة المستند %1: %2</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>لا يوجد المستند %1.</translation>
    </message>
    <message>
        <source>Could not list the documents: %1</source>
        <translation>تعذّر سرد المستندات: %1</translation>
    </message>
    <message>
        <source>Could not count the documents: %1</source>
        <translation>تعذّر عدّ المستندات: %1</translation>
    </message>
    <message>
        <source>Could not mark document %1 as %2: %3</source>
        <translation>تعذّر تعليم المستند %1 بالحالة %2: %3</translation>
    </message>
    <message>
        <source>Could not delete document %1: %2</source>
        <translation>تعذّر حذف المستند %1: %2</translation>
    </message>
    <message>
        <source>Could not delete document %1: there is no such document.</source>
        <translation>تعذّر حذف المستند %1: لا يوجد مستند كهذا.</translation>
    </message>
    <message>
        <source>there is no such document.</source>
        <translation>لا توجد وثيقة بهذا الرقم.</translation>
    </message>
</context>
<context>
    <name>alam::EntityDirectory</name>
    <message>
        <source>Could not list the %1 entities: %2</source>
        <translation>تعذّر سرد كيانات %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::EntityLinkDialog</name>
    <message>
        <source>Link to entity</source>
        <translation>ربط بكيان</translation>
    </message>
    <message>
        <source>«%1» is the same %2 as:</source>
        <translation>«%1» هو %2 نفسه الذي هو:</translation>
    </message>
    <message>
        <source>Type part of a name (any entity of the corpus)</source>
        <translation>اكتب جزءًا من اسم (أي كيان في المدوّنة)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n mention(s)</source>
        <translation>
            <numerusform>%1 — بلا إشارات</numerusform>
            <numerusform>%1 — إشارة واحدة</numerusform>
            <numerusform>%1 — إشارتان</numerusform>
            <numerusform>%1 — %n إشارات</numerusform>
            <numerusform>%1 — %n إشارة</numerusform>
            <numerusform>%1 — %n إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>No other %1 entity matches.</source>
        <translation>لا كيان آخر من نوع %1 يطابق.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::EntityPanel</name>
    <message>
        <source>Latin</source>
        <translation>حروف لاتينية</translation>
    </message>
    <message>
        <source>Mentions in text order</source>
        <translation>الإشارات بترتيب النص</translation>
    </message>
    <message>
        <source>Grouped by entity</source>
        <translation>مجمَّعة حسب الكيان</translation>
    </message>
    <message>
        <source>Show a Latin transliteration of each name</source>
        <translation>عرض كتابة كل اسم بالحروف اللاتينية</translation>
    </message>
</context>
<context>
    <name>alam::EntityPanelModel</name>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>قائمة الأسماء</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>المحلل</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Not linked to an entity</source>
        <translation>غير مرتبط بكيان</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mention(s))</source>
        <translation>
            <numerusform>%1 (بلا إشارات)</numerusform>
            <numerusform>%1 (إشارة واحدة)</numerusform>
            <numerusform>%1 (إشارتان)</numerusform>
            <numerusform>%1 (%n إشارات)</numerusform>
            <numerusform>%1 (%n إشارة)</numerusform>
            <numerusform>%1 (%n إشارة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>الإشارة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>حروف لاتينية</translation>
    </message>
    <message>
        <source>propagation</source>
        <translation>نشر</translation>
    </message>
</context>
<context>
    <name>alam::EntityStore</name>
    <message>
        <source>An entity needs a name.</source>
        <translation>يجب أن يكون للكيان اسم.</translation>
    </message>
    <message>
        <source>there is no label %1</source>
        <translation>لا توجد التسمية %1</translation>
    </message>
    <message>
        <source>Could not add the entity «%1»: %2</source>
        <translation>تعذّرت إضافة الكيان «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read entity %1: %2</source>
        <translation>تعذّرت قراءة الكيان %1: %2</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>لا يوجد الكيان %1.</translation>
    </message>
    <message>
        <source>Could not read the aliases of entity %1: %2</source>
        <translation>تعذّرت قراءة الأسماء البديلة للكيان %1: %2</translation>
    </message>
    <message>
        <source>Could not look up the entity «%1»: %2</source>
        <translation>تعذّر البحث عن الكيان «%1»: %2</translation>
    </message>
    <message>
        <source>Could not add an alias to entity %1: the alias is empty.</source>
        <translation>تعذّرت إضافة اسم بديل إلى الكيان %1: الاسم البديل فارغ.</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>لا يوجد الكيان %1</translation>
    </message>
    <message>
        <source>Could not add the alias «%1» to entity %2: %3</source>
        <translation>تعذّرت إضافة الاسم البديل «%1» إلى الكيان %2: %3</translation>
    </message>
    <message>
        <source>Could not read the entities: %1</source>
        <translation>تعذّرت قراءة الكيانات: %1</translation>
    </message>
    <message>
        <source>Could not read the entity aliases: %1</source>
        <translation>تعذّرت قراءة الأسماء البديلة للكيانات: %1</translation>
    </message>
</context>
<context>
    <name>alam::ExportDialog</name>
    <message>
        <source>Also documents not reviewed yet</source>
        <translation>تضمين المستندات غير المراجَعة أيضًا</translation>
    </message>
    <message>
        <source>Split clitics off into their own tokens</source>
        <translation>فصل اللواصق في وحدات مستقلة</translation>
    </message>
    <message>
        <source>Include pending suggestions</source>
        <translation>تضمين الاقتراحات المعلّقة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>CoNLL, IOB2</source>
        <translation>CoNLL، IOB2</translation>
    </message>
    <message>
        <source>CoNLL, BIOES</source>
        <translation>CoNLL، BIOES</translation>
    </message>
    <message>
        <source>JSON Lines (doccano)</source>
        <translation>JSON Lines (doccano)</translation>
    </message>
    <message>
        <source>brat standoff (folder)</source>
        <translation>brat standoff (مجلد)</translation>
    </message>
    <message>
        <source>CSV of mentions</source>
        <translation>CSV للإشارات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>alam::FileSink</name>
    <message>
        <source>No file to export to was given.</source>
        <translation>لم يُحدَّد ملف للتصدير إليه.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>%1 مجلد؛ اختر اسم ملف للتصدير إليه.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::FolderSink</name>
    <message>
        <source>No folder to export to was given.</source>
        <translation>لم يُحدَّد مجلد للتصدير إليه.</translation>
    </message>
    <message>
        <source>%1 is a file; brat export needs a folder.</source>
        <translation>%1 ملف؛ يحتاج التصدير بصيغة brat إلى مجلد.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Could not move %1 into %2.</source>
        <translation>تعذّر نقل %1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>alam::HistoryStore</name>
    <message>
        <source>Could not mark history entry %1: %2</source>
        <translation>تعذّر تعليم مدخل السجل %1: %2</translation>
    </message>
    <message>
        <source>There is no history entry %1.</source>
        <translation>لا يوجد مدخل السجل %1.</translation>
    </message>
    <message>
        <source>A history entry does not hold an annotation: %1</source>
        <translation>أحد مداخل السجل لا يحتوي على توسيم: %1</translation>
    </message>
    <message>
        <source>A history entry names an unknown annotation status or source.</source>
        <translation>أحد مداخل السجل يذكر حالة توسيم أو مصدرًا غير معروف.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>تعذّرت قراءة سجل %1: %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>الوثيقة %1</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>التوسيم %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>الكيان %1</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>Could not record the change (%1 %2) in the history: %3</source>
        <translation>تعذّر تسجيل التغيير (%1 %2) في السجل: %3</translation>
    </message>
</context>
<context>
    <name>alam::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Plain text (.txt), CoNLL (.conll, .iob, .bio, .bioes), JSON Lines (.jsonl) and brat folders (.txt with .ann). Documents already in the corpus are skipped. You can also drop files on the window.</source>
        <translation>نص عادي (‎.txt)، CoNLL (‎.conll، ‎.iob، ‎.bio، ‎.bioes)، JSON Lines (‎.jsonl)، ومجلدات brat (‎.txt مع ‎.ann). تُتخطّى المستندات الموجودة في المدوّنة مسبقًا. يمكنك أيضًا إفلات الملفات على النافذة.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>Articles and corpora (*.txt *.conll *.iob *.iob2 *.bio *.bioes *.jsonl);;All files (*)</source>
        <translation>مقالات ومدوّنات (*.txt *.conll *.iob *.iob2 *.bio *.bioes *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>المجلد المراد استيراده</translation>
    </message>
</context>
<context>
    <name>alam::ImportFile</name>
    <message>
        <source>%1 no longer exists (it was moved or deleted after it was listed).</source>
        <translation>لم يعد %1 موجودًا (نُقل أو حُذف بعد إدراجه في القائمة).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Alam imports files of up to %3 MB of this type. Split it into smaller files first.</source>
        <translation>حجم %1 هو %2 ميغابايت، ويستورد «علَم» ملفات هذا النوع حتى %3 ميغابايت. قسّمه أولًا إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no text (only white space).</source>
        <translation>لا يحتوي %1 على نص (مسافات بيضاء فقط).</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>لا يحتوي %1 على نص.</translation>
    </message>
    <message>
        <source>%1: unknown format.</source>
        <translation>%1: صيغة غير معروفة.</translation>
    </message>
</context>
<context>
    <name>alam::ImportSources</name>
    <message>
        <source>%1 is not a file type Alam imports (.txt, .conll, .iob, .bio, .jsonl, or a brat .txt with its .ann).</source>
        <translation>ليس %1 من أنواع الملفات التي يستوردها «علَم» (‎.txt، ‎.conll، ‎.iob، ‎.bio، ‎.jsonl، أو ملف ‎.txt بصيغة brat مع ملف ‎.ann المرافق له).</translation>
    </message>
    <message>
        <source>%1 has no %2 beside it; brat annotations need their text.</source>
        <translation>لا يوجد %2 بجانب %1؛ توسيمات brat تحتاج إلى نصّها.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>alam::Importer</name>
    <message>
        <source>The database %1 is open read-only; nothing was imported.</source>
        <translation>قاعدة البيانات %1 مفتوحة للقراءة فقط؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added by an import</source>
        <translation>أُضيفت عند الاستيراد</translation>
    </message>
    <message>
        <source>The import stopped: the database %1 cannot store anything (%2). What was imported before stays stored; files not imported: %3.</source>
        <translation>توقّف الاستيراد: قاعدة البيانات %1 لا تقبل حفظ أي شيء (%2). ما استُورد قبل ذلك يبقى محفوظًا؛ الملفات التي لم تُستورد: %3.</translation>
    </message>
    <message>
        <source>%1: not imported, the database refused to store it.</source>
        <translation>%1: لم يُستورد، فقد رفضت قاعدة البيانات حفظه.</translation>
    </message>
</context>
<context>
    <name>alam::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this task (what is already done stays)</source>
        <translation>إيقاف هذه المهمة (يبقى ما أُنجز)</translation>
    </message>
</context>
<context>
    <name>alam::Jobs</name>
    <message numerus="yes">
        <source>%n already in the corpus (skipped).</source>
        <translation>
            <numerusform>لم يُتخطَّ أي مستند.</numerusform>
            <numerusform>تُخطّي مستند واحد موجود مسبقًا في المدوّنة.</numerusform>
            <numerusform>تُخطّي مستندان موجودان مسبقًا في المدوّنة.</numerusform>
            <numerusform>تُخطّيت %n مستندات موجودة مسبقًا في المدوّنة.</numerusform>
            <numerusform>تُخطّي %n مستندًا موجودًا مسبقًا في المدوّنة.</numerusform>
            <numerusform>تُخطّي %n مستند موجود مسبقًا في المدوّنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents imported before stay.</source>
        <translation>أُلغي؛ تبقى المستندات التي استُوردت قبل ذلك.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping mention(s) could not be written in CoNLL.</source>
        <translation>
            <numerusform>لا إشارات متداخلة تعذّرت كتابتها بصيغة CoNLL.</numerusform>
            <numerusform>تعذّرت كتابة إشارة متداخلة واحدة بصيغة CoNLL.</numerusform>
            <numerusform>تعذّرت كتابة إشارتين متداخلتين بصيغة CoNLL.</numerusform>
            <numerusform>تعذّرت كتابة %n إشارات متداخلة بصيغة CoNLL.</numerusform>
            <numerusform>تعذّرت كتابة %n إشارة متداخلة بصيغة CoNLL.</numerusform>
            <numerusform>تعذّرت كتابة %n إشارة متداخلة بصيغة CoNLL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents tagged before stay.</source>
        <translation>أُلغي؛ تبقى المستندات التي وُسِمت قبل ذلك.</translation>
    </message>
    <message>
        <source>The tagger now uses %1.</source>
        <translation>يستخدم الموسِّم الآن %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the search index.</source>
        <translation>
            <numerusform>لم يُضَف أي مستند إلى فهرس البحث.</numerusform>
            <numerusform>أُضيف مستند واحد إلى فهرس البحث.</numerusform>
            <numerusform>أُضيف مستندان إلى فهرس البحث.</numerusform>
            <numerusform>أُضيفت %n مستندات إلى فهرس البحث.</numerusform>
            <numerusform>أُضيف %n مستندًا إلى فهرس البحث.</numerusform>
            <numerusform>أُضيف %n مستند إلى فهرس البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مستند.</numerusform>
            <numerusform>استُورد مستند واحد.</numerusform>
            <numerusform>استُورد مستندان.</numerusform>
            <numerusform>استُوردت %n مستندات.</numerusform>
            <numerusform>استُورد %n مستندًا.</numerusform>
            <numerusform>استُورد %n مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold %n annotation(s).</source>
        <translation>
            <numerusform>لا تحتوي على توسيمات.</numerusform>
            <numerusform>تحتوي على توسيم واحد.</numerusform>
            <numerusform>تحتوي على توسيمين.</numerusform>
            <numerusform>تحتوي على %n توسيمات.</numerusform>
            <numerusform>تحتوي على %n توسيمًا.</numerusform>
            <numerusform>تحتوي على %n توسيم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي مستند إلى %1.</numerusform>
            <numerusform>صُدِّر مستند واحد إلى %1.</numerusform>
            <numerusform>صُدِّر مستندان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n مستندات إلى %1.</numerusform>
            <numerusform>صُدِّر %n مستندًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n مستند إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold %n mention(s).</source>
        <translation>
            <numerusform>لا تحتوي على إشارات.</numerusform>
            <numerusform>تحتوي على إشارة واحدة.</numerusform>
            <numerusform>تحتوي على إشارتين.</numerusform>
            <numerusform>تحتوي على %n إشارات.</numerusform>
            <numerusform>تحتوي على %n إشارة.</numerusform>
            <numerusform>تحتوي على %n إشارة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n document(s) with %1.</source>
        <translation>
            <numerusform>لم يُوسَم أي مستند باستخدام %1.</numerusform>
            <numerusform>وُسِم مستند واحد باستخدام %1.</numerusform>
            <numerusform>وُسِم مستندان باستخدام %1.</numerusform>
            <numerusform>وُسِمت %n مستندات باستخدام %1.</numerusform>
            <numerusform>وُسِم %n مستندًا باستخدام %1.</numerusform>
            <numerusform>وُسِم %n مستند باستخدام %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s).</source>
        <translation>
            <numerusform>لا اقتراحات جديدة.</numerusform>
            <numerusform>اقتراح جديد واحد.</numerusform>
            <numerusform>اقتراحان جديدان.</numerusform>
            <numerusform>%n اقتراحات جديدة.</numerusform>
            <numerusform>%n اقتراحًا جديدًا.</numerusform>
            <numerusform>%n اقتراح جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated suggestion(s) removed.</source>
        <translation>
            <numerusform>لم يُزَل أي اقتراح قديم.</numerusform>
            <numerusform>أُزيل اقتراح قديم واحد.</numerusform>
            <numerusform>أُزيل اقتراحان قديمان.</numerusform>
            <numerusform>أُزيلت %n اقتراحات قديمة.</numerusform>
            <numerusform>أُزيل %n اقتراحًا قديمًا.</numerusform>
            <numerusform>أُزيل %n اقتراح قديم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n sentence(s).</source>
        <translation>
            <numerusform>لم يُدرَّب على أي جملة.</numerusform>
            <numerusform>دُرِّب على جملة واحدة.</numerusform>
            <numerusform>دُرِّب على جملتين.</numerusform>
            <numerusform>دُرِّب على %n جمل.</numerusform>
            <numerusform>دُرِّب على %n جملة.</numerusform>
            <numerusform>دُرِّب على %n جملة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed document(s) were used.</source>
        <translation>
            <numerusform>لم يُستخدم أي مستند مراجَع.</numerusform>
            <numerusform>استُخدم مستند مراجَع واحد.</numerusform>
            <numerusform>استُخدم مستندان مراجَعان.</numerusform>
            <numerusform>استُخدمت %n مستندات مراجَعة.</numerusform>
            <numerusform>استُخدم %n مستندًا مراجَعًا.</numerusform>
            <numerusform>استُخدم %n مستند مراجَع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What it learned from %n review(s) was kept.</source>
        <translation>
            <numerusform>لم يكن هناك ما تعلّمه من المراجعات.</numerusform>
            <numerusform>احتُفظ بما تعلّمه من مراجعة واحدة.</numerusform>
            <numerusform>احتُفظ بما تعلّمه من مراجعتين.</numerusform>
            <numerusform>احتُفظ بما تعلّمه من %n مراجعات.</numerusform>
            <numerusform>احتُفظ بما تعلّمه من %n مراجعة.</numerusform>
            <numerusform>احتُفظ بما تعلّمه من %n مراجعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: only %n reviewed document(s) and no base corpus. A model trained on so little usually tags worse than the shipped one; train again with the base corpus (anercorp-train.conll) added.</source>
        <translation>
            <numerusform>تنبيه: لا مستندات مراجَعة ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
            <numerusform>تنبيه: مستند مراجَع واحد فقط ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
            <numerusform>تنبيه: مستندان مراجَعان فقط ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
            <numerusform>تنبيه: %n مستندات مراجَعة فقط ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
            <numerusform>تنبيه: %n مستندًا مراجَعًا فقط ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
            <numerusform>تنبيه: %n مستند مراجَع فقط ولا مدوّنة أساسية. النموذج المدرَّب على هذا القليل يوسم عادةً أسوأ من النموذج المرفق؛ أعد التدريب بعد إضافة المدوّنة الأساسية (anercorp-train.conll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tagger learned from the review (%n sentence(s)); the next suggestions use it.</source>
        <translation>
            <numerusform>تعلّم الواسم من المراجعة (بلا جمل)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
            <numerusform>تعلّم الواسم من المراجعة (جملة واحدة)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
            <numerusform>تعلّم الواسم من المراجعة (جملتان)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
            <numerusform>تعلّم الواسم من المراجعة (%n جمل)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
            <numerusform>تعلّم الواسم من المراجعة (%n جملة)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
            <numerusform>تعلّم الواسم من المراجعة (%n جملة)؛ الاقتراحات القادمة تستفيد منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1» was suggested in %n document(s):</source>
        <translation>
            <numerusform>لم يُقترح «%1» في أي مستند:</numerusform>
            <numerusform>اقتُرح «%1» في مستند واحد:</numerusform>
            <numerusform>اقتُرح «%1» في مستندين:</numerusform>
            <numerusform>اقتُرح «%1» في %n مستندات:</numerusform>
            <numerusform>اقتُرح «%1» في %n مستندًا:</numerusform>
            <numerusform>اقتُرح «%1» في %n مستند:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s),</source>
        <translation>
            <numerusform>لا اقتراحات جديدة،</numerusform>
            <numerusform>اقتراح جديد واحد،</numerusform>
            <numerusform>اقتراحان جديدان،</numerusform>
            <numerusform>%n اقتراحات جديدة،</numerusform>
            <numerusform>%n اقتراحًا جديدًا،</numerusform>
            <numerusform>%n اقتراح جديد،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) updated.</source>
        <translation>
            <numerusform>لم يُحدَّث أي اقتراح.</numerusform>
            <numerusform>حُدّث اقتراح واحد.</numerusform>
            <numerusform>حُدّث اقتراحان.</numerusform>
            <numerusform>حُدّثت %n اقتراحات.</numerusform>
            <numerusform>حُدّث %n اقتراحًا.</numerusform>
            <numerusform>حُدّث %n اقتراح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the documents done before stay.</source>
        <translation>أُلغي؛ تبقى المستندات التي أُنجزت قبل ذلك.</translation>
    </message>
</context>
<context>
    <name>alam::JsonlReader</name>
    <message>
        <source>&quot;entities&quot; is not a list</source>
        <translation>الحقل &quot;entities&quot; ليس قائمة</translation>
    </message>
    <message>
        <source>an entry of &quot;entities&quot; lacks start_offset, end_offset or label</source>
        <translation>أحد عناصر &quot;entities&quot; يفتقد start_offset أو end_offset أو label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>الحقل &quot;%1&quot; ليس قائمة</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not [start, end, &quot;LABEL&quot;]</source>
        <translation>أحد عناصر &quot;%1&quot; ليس على الشكل [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <source>no &quot;text&quot; string</source>
        <translation>لا توجد سلسلة &quot;text&quot;</translation>
    </message>
    <message>
        <source>the status «%1» is not new, in_progress or reviewed</source>
        <translation>الحالة «%1» ليست new أو in_progress أو reviewed</translation>
    </message>
    <message>
        <source>the span [%1, %2) of «%3» lies outside the text of %4 characters</source>
        <translation>المقطع [%1, %2) ذو التسمية «%3» يقع خارج النص (عدد أحرفه %4)</translation>
    </message>
    <message>
        <source>the span [%1, %2) of «%3» does not end after it starts</source>
        <translation>المقطع [%1, %2) ذو التسمية «%3» لا ينتهي بعد بدايته</translation>
    </message>
    <message>
        <source>the span [%1, %2) has no label</source>
        <translation>المقطع [%1, %2) بلا تسمية</translation>
    </message>
    <message>
        <source>the annotation status «%1» is unknown</source>
        <translation>حالة التوسيم «%1» غير معروفة</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at position %2)</source>
        <translation>ليس JSON صالحًا (%1 عند الموضع %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1، السطر %2: %3.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>%1 holds no documents.</source>
        <translation>لا يحتوي %1 على أي مستند.</translation>
    </message>
</context>
<context>
    <name>alam::LabelNames</name>
    <message>
        <source>PERS</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>اسم إنسان</translation>
    </message>
    <message>
        <source>LOC</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>بلد أو مدينة أو موضع</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>هيئة أو شركة أو حزب</translation>
    </message>
    <message>
        <source>MISC</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <source>Other name (event, product, nationality…)</source>
        <translation>اسم علم آخر: حدث، منتَج، جنسية…</translation>
    </message>
</context>
<context>
    <name>alam::LabelStore</name>
    <message>
        <source>A label name must be one word without spaces (got «%1»).</source>
        <translation>يجب أن يكون اسم التسمية كلمة واحدة بلا مسافات (المُدخَل: «%1»).</translation>
    </message>
    <message>
        <source>The colour of label %1 must look like #rrggbb (got «%2»).</source>
        <translation>يجب أن يكون لون التسمية %1 على الشكل #rrggbb (المُدخَل: «%2»).</translation>
    </message>
    <message>
        <source>the shortcut %1 already belongs to label %2</source>
        <translation>الاختصار %1 مخصَّص بالفعل للتسمية %2</translation>
    </message>
    <message>
        <source>Could not read the labels: %1</source>
        <translation>تعذّرت قراءة التسميات: %1</translation>
    </message>
    <message>
        <source>a label with this name already exists</source>
        <translation>توجد تسمية بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>Could not add the label %1: %2</source>
        <translation>تعذّرت إضافة التسمية %1: %2</translation>
    </message>
    <message>
        <source>there is no such label</source>
        <translation>لا توجد تسمية كهذه</translation>
    </message>
    <message>
        <source>Could not change the label %1: %2</source>
        <translation>تعذّر تغيير التسمية %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::LearningJournal</name>
    <message>
        <source>Could not note that document %1 was learned from: %2</source>
        <translation>تعذّر تسجيل أن الواسم تعلّم من المستند %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::MainWindow</name>
    <message>
        <source>Alam — named entity review</source>
        <translation>علَم — مراجعة الكيانات المسمّاة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>Change &amp;label</source>
        <translation>تغيير ال&amp;تسمية</translation>
    </message>
    <message>
        <source>&amp;Add the selection as</source>
        <translation>&amp;إضافة التحديد بالتسمية</translation>
    </message>
    <message>
        <source>&amp;Bounds</source>
        <translation>&amp;حدود</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>ت&amp;وسيم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>%1 — Alam</source>
        <translation>%1 — علَم</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>لا اقتراحات معلّقة</numerusform>
            <numerusform>اقتراح معلّق واحد</numerusform>
            <numerusform>اقتراحان معلّقان</numerusform>
            <numerusform>%n اقتراحات معلّقة</numerusform>
            <numerusform>%n اقتراحًا معلّقًا</numerusform>
            <numerusform>%n اقتراح معلّق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) reviewed</source>
        <translation>
            <numerusform>رُوجع %1 من أصل %n مستند</numerusform>
            <numerusform>رُوجع %1 من أصل مستند واحد</numerusform>
            <numerusform>رُوجع %1 من أصل مستندين</numerusform>
            <numerusform>رُوجع %1 من أصل %n مستندات</numerusform>
            <numerusform>رُوجع %1 من أصل %n مستندًا</numerusform>
            <numerusform>رُوجع %1 من أصل %n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo «%1»</source>
        <translation>&amp;تراجع عن «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Redo «%1»</source>
        <translation>&amp;إعادة «%1»</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>جارٍ التوسيم</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>جارٍ التدريب</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>الفهرسة للبحث</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Labels (with text selected: add it)</source>
        <translation>التسميات (مع تحديد نص: إضافته)</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>كل ما عدا ذلك</translation>
    </message>
    <message>
        <source>About Alam</source>
        <translation>حول «علَم»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alam&lt;/b&gt; (علم) %1&lt;/p&gt;&lt;p&gt;Review named entities in Arabic news: the tagger suggests, the analyst decides, every decision is saved at once.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;علَم&lt;/b&gt; (Alam) %1&lt;/p&gt;&lt;p&gt;مراجعة الكيانات المسمّاة في الأخبار العربية: الموسِّم يقترح، والمحلل يقرّر، وكل قرار يُحفظ فورًا.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>«%1» is marked reviewed.</source>
        <translation>عُلِّم «%1» كمراجَع.</translation>
    </message>
    <message>
        <source>Learning from the review</source>
        <translation>التعلّم من المراجعة</translation>
    </message>
    <message>
        <source>Propagating to all documents</source>
        <translation>النشر في كل المستندات</translation>
    </message>
</context>
<context>
    <name>alam::Migrations</name>
    <message>
        <source>Cannot read the schema version of the database %1: %2</source>
        <translation>تعذّرت قراءة إصدار مخطط قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of Alam knows versions up to %3 only: it was written by a newer Alam. Update Alam to open it; nothing was changed.</source>
        <translation>إصدار مخطط قاعدة البيانات %1 هو %2، لكن هذا الإصدار من «علَم» لا يعرف إلا الإصدارات حتى %3، فقد كتبها إصدار أحدث من «علَم». حدِّث «علَم» لفتحها؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2 (%3): %4. It stays at version %5.</source>
        <translation>تعذّرت ترقية قاعدة البيانات %1 إلى إصدار المخطط %2 (%3): %4. تبقى على الإصدار %5.</translation>
    </message>
    <message>
        <source>documents, annotations, entities, labels, history</source>
        <translation>المستندات والتوسيمات والكيانات والتسميات والسجل</translation>
    </message>
    <message>
        <source>undo of review actions</source>
        <translation>التراجع عن إجراءات المراجعة</translation>
    </message>
    <message>
        <source>corpus search index</source>
        <translation>فهرس البحث في المدوّنة</translation>
    </message>
    <message>
        <source>history of documents, entities and labels</source>
        <translation>سجل الوثائق والكيانات والفئات</translation>
    </message>
    <message>
        <source>app state</source>
        <translation>حالة التطبيق</translation>
    </message>
    <message>
        <source>documents learned from</source>
        <translation>المستندات التي تعلّم منها الموسِّم</translation>
    </message>
</context>
<context>
    <name>alam::ReviewController</name>
    <message numerus="yes">
        <source>Accepted %n remaining suggestion(s).</source>
        <translation>
            <numerusform>لم يبقَ اقتراح لقبوله.</numerusform>
            <numerusform>قُبل الاقتراح المتبقي الوحيد.</numerusform>
            <numerusform>قُبل الاقتراحان المتبقيان.</numerusform>
            <numerusform>قُبلت %n اقتراحات متبقية.</numerusform>
            <numerusform>قُبل %n اقتراحًا متبقيًا.</numerusform>
            <numerusform>قُبل %n اقتراح متبقٍّ.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is marked reviewed.</source>
        <translation>عُلِّم «%1» كمراجَع.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>تمت الإعادة: %1</translation>
    </message>
    <message>
        <source>Select an annotation first (Tab goes to the next one).</source>
        <translation>اختر توسيمًا أولًا (المفتاح Tab ينقلك إلى التوسيم التالي).</translation>
    </message>
</context>
<context>
    <name>alam::SampleCorpus</name>
    <message>
        <source>Cannot read the sample %1.</source>
        <translation>تعذّرت قراءة العيّنة %1.</translation>
    </message>
    <message>
        <source>Could not add the sample articles to %1: %2</source>
        <translation>تعذّرت إضافة المقالات النموذجية إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::SearchIndex</name>
    <message>
        <source>Could not read the search index: %1</source>
        <translation>تعذّرت قراءة فهرس البحث: %1</translation>
    </message>
    <message>
        <source>Could not count the documents to index: %1</source>
        <translation>تعذّر عدّ المستندات المراد فهرستها: %1</translation>
    </message>
    <message>
        <source>Could not read documents to index: %1</source>
        <translation>تعذّرت قراءة المستندات المراد فهرستها: %1</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>تعذّر تحديث فهرس البحث: %1</translation>
    </message>
</context>
<context>
    <name>alam::SearchPanel</name>
    <message>
        <source>Search the corpus: a word or a name (أ/إ/ا, ة/ه, ى/ي and diacritics are alike)</source>
        <translation>البحث في المدوّنة: كلمة أو اسم (لا فرق بين أ/إ/ا، ولا بين ة/ه، ولا بين ى/ي، وتُهمل الحركات)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not indexed yet; indexing now.</source>
        <translation>
            <numerusform>لا مستندات بانتظار الفهرسة.</numerusform>
            <numerusform>لم يُفهرس مستند واحد بعد؛ تجري فهرسته الآن.</numerusform>
            <numerusform>لم يُفهرس مستندان بعد؛ تجري فهرستهما الآن.</numerusform>
            <numerusform>لم تُفهرس %n مستندات بعد؛ تجري فهرستها الآن.</numerusform>
            <numerusform>لم يُفهرس %n مستندًا بعد؛ تجري فهرستها الآن.</numerusform>
            <numerusform>لم يُفهرس %n مستند بعد؛ تجري فهرستها الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1»: %n mention(s)</source>
        <translation>
            <numerusform>«%1»: لا إشارات</numerusform>
            <numerusform>«%1»: إشارة واحدة</numerusform>
            <numerusform>«%1»: إشارتان</numerusform>
            <numerusform>«%1»: %n إشارات</numerusform>
            <numerusform>«%1»: %n إشارة</numerusform>
            <numerusform>«%1»: %n إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n matching document(s) only; add a word to narrow the search.</source>
        <translation>
            <numerusform>لا مستندات مطابقة؛ أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>يُعرض أول مستند مطابق فقط؛ أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>يُعرض أول مستندين مطابقين فقط؛ أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %n مستندات مطابقة فقط؛ أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>يُعرض أول %n مستندًا مطابقًا فقط؛ أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>يُعرض أول %n مستند مطابق فقط؛ أضف كلمة لتضييق البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n hit(s) only.</source>
        <translation>
            <numerusform>لا نتائج.</numerusform>
            <numerusform>تُعرض أول نتيجة فقط.</numerusform>
            <numerusform>تُعرض أول نتيجتين فقط.</numerusform>
            <numerusform>تُعرض أول %n نتائج فقط.</numerusform>
            <numerusform>تُعرض أول %n نتيجة فقط.</numerusform>
            <numerusform>تُعرض أول %n نتيجة فقط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>Size of the article text:</source>
        <translation>حجم نص المقال:</translation>
    </message>
</context>
<context>
    <name>alam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Label keys change the label of the current annotation; with text selected they add it as a new annotation (the selection snaps to whole words and leaves prefixes such as و and ب out).</source>
        <translation>مفاتيح التسميات تغيّر تسمية التوسيم الحالي؛ ومع تحديد نص تضيفه توسيمًا جديدًا (يلتصق التحديد بالكلمات الكاملة ويستبعد السوابق مثل «و» و«ب»).</translation>
    </message>
</context>
<context>
    <name>alam::TagDialog</name>
    <message>
        <source>Every document not reviewed yet</source>
        <translation>كل مستند لم يُراجَع بعد</translation>
    </message>
    <message>
        <source>Remove earlier suggestions the tagger no longer makes</source>
        <translation>إزالة الاقتراحات السابقة التي لم يعد الموسِّم يقترحها</translation>
    </message>
    <message>
        <source>Tag documents</source>
        <translation>توسيم المستندات</translation>
    </message>
    <message>
        <source>The open document «%1»</source>
        <translation>المستند المفتوح «%1»</translation>
    </message>
    <message>
        <source>The tagger adds suggestions; your decisions are never changed, and a suggestion you rejected does not come back.</source>
        <translation>يضيف الموسِّم اقتراحات؛ لا تتغيّر قراراتك أبدًا، ولا يعود اقتراح رفضته.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>توسيم</translation>
    </message>
</context>
<context>
    <name>alam::Tagging</name>
    <message>
        <source>Could not load the tagger: %1</source>
        <translation>تعذّر تحميل الموسِّم: %1</translation>
    </message>
    <message>
        <source>There is nothing to train on yet: mark reviewed documents, or add a CoNLL file.</source>
        <translation>لا يوجد بعدُ ما يُدرَّب عليه: علِّم مستندات كمراجَعة، أو أضف ملف CoNLL.</translation>
    </message>
    <message>
        <source>Training from the window keeps the new model beside a SQLite database file, and this corpus is on PostgreSQL. Train with «alam train --from-db --db … --out MODEL» and tag with «alam tag --model MODEL» instead.</source>
        <translation>التدريب من النافذة يحفظ النموذج الجديد بجوار ملف قاعدة بيانات SQLite، وهذه المدوّنة على PostgreSQL. درّب بالأمر «alam train --from-db --db … --out MODEL» ثم اوسم بالأمر «alam tag --model MODEL» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The tagger learns from reviews into a model kept beside a SQLite database file; on PostgreSQL retrain with «alam train --from-db».</source>
        <translation>يتعلّم الواسم من المراجعات في نموذج يُحفظ بجوار ملف قاعدة بيانات SQLite؛ على PostgreSQL أعد التدريب بالأمر «alam train --from-db».</translation>
    </message>
    <message>
        <source>«%1» is not reviewed (any more), so there is nothing to learn from it.</source>
        <translation>«%1» ليس مراجَعًا (الآن)، فلا شيء يُتعلّم منه.</translation>
    </message>
    <message>
        <source>Only a decision (accepted, edited or added) is propagated: accept the suggestion first.</source>
        <translation>لا يُنشر إلا القرار (مقبول أو معدَّل أو مضاف): اقبل الاقتراح أولًا.</translation>
    </message>
</context>
<context>
    <name>alam::TextDecoder</name>
    <message>
        <source>%1 looks like a binary file (it contains NUL or control bytes), not text.</source>
        <translation>يبدو أن %1 ملف ثنائي (يحتوي على بايتات NUL أو بايتات تحكّم)، لا ملف نصي.</translation>
    </message>
    <message>
        <source>%1 is %2 with an odd number of bytes; the file looks cut short.</source>
        <translation>الملف %1 بترميز %2 وعدد بايتاته فردي؛ يبدو أنه مبتور.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 (it holds an unpaired surrogate).</source>
        <translation>الملف %1 ليس بترميز %2 صالح (فيه محرف بديل surrogate غير مقترن).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>%1 is too large to open as one document (%2 MB).</source>
        <translation>%1 أكبر من أن يُفتح مستندًا واحدًا (%2 ميغابايت).</translation>
    </message>
    <message>
        <source>%1 is in UTF-32, which Alam does not read; save it as UTF-8.</source>
        <translation>الملف %1 بترميز UTF-32 الذي لا يقرؤه «علَم»؛ احفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (invalid byte sequence at byte offset %2) and does not read as Arabic in Windows-1256 or ISO-8859-6.</source>
        <translation>الملف %1 ليس بترميز UTF-8 صالح (تسلسل بايتات غير صالح عند الإزاحة %2)، ولا يُقرأ نصًّا عربيًا بترميز Windows-1256 أو ISO-8859-6.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 مجلد، وليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 starts with a UTF-8 byte order mark but is not valid UTF-8 (invalid byte sequence at byte offset %2).</source>
        <translation>يبدأ %1 بعلامة ترتيب البايتات الخاصة بـ UTF-8 لكنه ليس UTF-8 صالحًا (تسلسل بايتات غير صالح عند البايت رقم %2).</translation>
    </message>
</context>
<context>
    <name>alam::TrainDialog</name>
    <message>
        <source>Train the tagger</source>
        <translation>تدريب الموسِّم</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Passes over the data:</source>
        <translation>دورات المرور على البيانات:</translation>
    </message>
    <message>
        <source>CoNLL files</source>
        <translation>ملفات CoNLL</translation>
    </message>
    <message>
        <source>CoNLL (*.conll *.iob *.iob2 *.bio *.txt)</source>
        <translation>CoNLL (*.conll *.iob *.iob2 *.bio *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Trains a new model on the base corpus and the %n reviewed document(s) of this corpus, the way the shipped model was trained. What the tagger learned from your reviews is kept. Tagging uses the new model from then on.</source>
        <translation>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية دون مستندات مراجَعة من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية ومستند مراجَع واحد من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية ومستندين مراجَعين من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية و%n مستندات مراجَعة من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية و%n مستندًا مراجَعًا من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
            <numerusform>يدرّب نموذجًا جديدًا على المدوّنة الأساسية و%n مستند مراجَع من هذه المدوّنة، بالطريقة التي دُرّب بها النموذج المرفق. يُحتفظ بما تعلّمه الواسم من مراجعاتك. يستعمل الوسم النموذج الجديد من بعدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>anercorp-train.conll (what the shipped model learned from)</source>
        <translation>anercorp-train.conll (ما تعلّم منه النموذج المرفق)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Add more CoNLL files…</source>
        <translation>إضافة ملفات CoNLL أخرى…</translation>
    </message>
    <message>
        <source>Base corpus:</source>
        <translation>المدوّنة الأساسية:</translation>
    </message>
    <message>
        <source>This corpus is on PostgreSQL: the window keeps a trained model beside a SQLite database file only. Use «alam train --from-db» instead.</source>
        <translation>هذه المدوّنة على PostgreSQL: لا تحفظ النافذة النموذج المدرَّب إلا بجوار ملف قاعدة بيانات SQLite. استعمل «alam train --from-db» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Base corpus</source>
        <translation>المدوّنة الأساسية</translation>
    </message>
    <message numerus="yes">
        <source>Without the base corpus the model learns from your %n reviewed document(s) alone, and that few usually tag worse than the shipped model. Choose the base corpus first.</source>
        <translation>
            <numerusform>من دون المدوّنة الأساسية لا يجد النموذج مستندات مراجَعة يتعلّم منها، ويوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
            <numerusform>من دون المدوّنة الأساسية يتعلّم النموذج من مستندك المراجَع الوحيد، وهذا القليل يوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
            <numerusform>من دون المدوّنة الأساسية يتعلّم النموذج من مستنديك المراجَعين وحدهما، وهذا القليل يوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
            <numerusform>من دون المدوّنة الأساسية يتعلّم النموذج من %n مستندات مراجَعة وحدها، وهذا القليل يوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
            <numerusform>من دون المدوّنة الأساسية يتعلّم النموذج من %n مستندًا مراجَعًا وحدها، وهذا القليل يوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
            <numerusform>من دون المدوّنة الأساسية يتعلّم النموذج من %n مستند مراجَع وحدها، وهذا القليل يوسم عادةً أسوأ من النموذج المرفق. اختر المدوّنة الأساسية أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alam::UndoHistory</name>
    <message>
        <source>Could not read the undo history: %1</source>
        <translation>تعذّرت قراءة سجل التراجع: %1</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <source>Could not undo «%1»: %2 Nothing was changed; the next Undo goes to the action before it.</source>
        <translation>تعذّر التراجع عن «%1»: %2 لم يتغيّر شيء؛ التراجع التالي يعود إلى الإجراء الذي قبله.</translation>
    </message>
    <message>
        <source>Could not redo «%1»: %2 Nothing was changed.</source>
        <translation>تعذّرت إعادة «%1»: %2 لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The history entry %1 is gone.</source>
        <translation>لم يعد مدخل السجل %1 موجودًا.</translation>
    </message>
    <message>
        <source>annotation %1 has been deleted since.</source>
        <translation>حُذف التوسيم %1 منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>annotation %1 has been changed since (it is now %2, %3, by %4).</source>
        <translation>تغيّر التوسيم %1 منذ ذلك الحين (أصبح الآن %2، %3، بواسطة %4).</translation>
    </message>
    <message>
        <source>annotation %1 has been added again since.</source>
        <translation>أُضيف التوسيم %1 مجددًا منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Could not restore annotation %1: %2</source>
        <translation>تعذّرت استعادة التوسيم %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::WindowActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;إعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Search the corpus…</source>
        <translation>&amp;بحث في المدوّنة…</translation>
    </message>
    <message>
        <source>&amp;Next annotation</source>
        <translation>التوسيم ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous annotation</source>
        <translation>التوسيم ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Extend the end by a word</source>
        <translation>توسيع النهاية بكلمة</translation>
    </message>
    <message>
        <source>Pull the end back by a word</source>
        <translation>تضييق النهاية بكلمة</translation>
    </message>
    <message>
        <source>Extend the start by a word</source>
        <translation>توسيع البداية بكلمة</translation>
    </message>
    <message>
        <source>Move the start on by a word</source>
        <translation>تضييق البداية بكلمة</translation>
    </message>
    <message>
        <source>Extend the end by a character</source>
        <translation>توسيع النهاية بحرف</translation>
    </message>
    <message>
        <source>Pull the end back by a character</source>
        <translation>تضييق النهاية بحرف</translation>
    </message>
    <message>
        <source>Extend the start by a character</source>
        <translation>توسيع البداية بحرف</translation>
    </message>
    <message>
        <source>Move the start on by a character</source>
        <translation>تضييق البداية بحرف</translation>
    </message>
    <message>
        <source>&amp;Link to entity…</source>
        <translation>&amp;ربط بكيان…</translation>
    </message>
    <message>
        <source>&amp;Split off as its own entity</source>
        <translation>&amp;فصل في كيان مستقل</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف التوسيم</translation>
    </message>
    <message>
        <source>Accept all &amp;remaining</source>
        <translation>قبول كل ما &amp;تبقّى</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed and open the next document</source>
        <translation>ت&amp;عليم كمراجَع وفتح المستند التالي</translation>
    </message>
    <message>
        <source>&amp;Other mentions of this entity</source>
        <translation>الإشارات ال&amp;أخرى لهذا الكيان</translation>
    </message>
    <message>
        <source>&amp;Tag documents…</source>
        <translation>&amp;توسيم المستندات…</translation>
    </message>
    <message>
        <source>T&amp;rain the tagger…</source>
        <translation>ت&amp;دريب الموسِّم…</translation>
    </message>
    <message>
        <source>&amp;Group mentions by entity</source>
        <translation>تج&amp;ميع الإشارات حسب الكيان</translation>
    </message>
    <message>
        <source>Show &amp;Latin transliteration</source>
        <translation>عرض الكتابة بالحروف ال&amp;لاتينية</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ت&amp;كبير النص</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>لوحة ال&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Alam</source>
        <translation>&amp;حول «علَم»</translation>
    </message>
    <message>
        <source>&amp;Propagate to all documents</source>
        <translation>&amp;نشر في كل المستندات</translation>
    </message>
    <message>
        <source>Suggest this decision&apos;s name, with its label and entity, in every document not reviewed yet</source>
        <translation>اقتراح اسم هذا القرار، بتسميته وكيانه، في كل مستند لم يُراجَع بعد</translation>
    </message>
</context>
<context>
    <name>alam::WindowHost</name>
    <message>
        <source>Alam</source>
        <translation>علَم</translation>
    </message>
</context>
<context>
    <name>alam::cli::Cli</name>
    <message>
        <source>Import text, CoNLL, JSONL or brat files and folders.</source>
        <translation>استيراد ملفات ومجلدات نصية أو بصيغة CoNLL أو JSONL أو brat.</translation>
    </message>
    <message>
        <source>Export reviewed documents as CoNLL, BIOES, JSONL, brat or CSV.</source>
        <translation>تصدير المستندات المراجَعة بصيغة CoNLL أو BIOES أو JSONL أو brat أو CSV.</translation>
    </message>
    <message>
        <source>Print what the database holds.</source>
        <translation>عرض محتويات قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Suggest entities in unreviewed documents, or tag a CoNLL or text file.</source>
        <translation>اقتراح الكيانات في المستندات غير المراجَعة، أو توسيم ملف CoNLL أو ملف نصي.</translation>
    </message>
    <message>
        <source>Train a tagger model on CoNLL files and reviewed documents.</source>
        <translation>تدريب نموذج للموسِّم على ملفات CoNLL والمستندات المراجَعة.</translation>
    </message>
    <message>
        <source>Update the tagger from reviewed documents (online learning).</source>
        <translation>تحديث الموسِّم من المستندات المراجَعة (تعلّم آني).</translation>
    </message>
    <message>
        <source>Score a tagger on gold CoNLL as conlleval.pl does.</source>
        <translation>تقييم موسِّم على ملف CoNLL مرجعي كما يفعل conlleval.pl.</translation>
    </message>
    <message>
        <source>Count a simulated analyst&apos;s review actions on gold CoNLL.</source>
        <translation>عدّ إجراءات المراجعة لمحلل افتراضي على ملف CoNLL مرجعي.</translation>
    </message>
    <message>
        <source>Usage: alam [COMMAND] [OPTIONS]</source>
        <translation>الاستخدام: alam [COMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a command, alam opens the review window.</source>
        <translation>من دون أمر، يفتح alam نافذة المراجعة.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: the app&apos;s own database) and --help.</source>
        <translation>يقبل كل أمر الخيار --db FILE (الافتراضي: قاعدة بيانات التطبيق نفسه) والخيار --help.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 database error, 4 file error, 5 cancelled.</source>
        <translation>رموز الخروج: 0 نجاح، 1 فشل بعض المدخلات، 2 خطأ في الاستخدام، 3 خطأ في قاعدة البيانات، 4 خطأ في ملف، 5 أُلغي.</translation>
    </message>
    <message>
        <source>alam: unknown command &apos;%1&apos;.</source>
        <translation>alam: الأمر &apos;%1&apos; غير معروف.</translation>
    </message>
    <message>
        <source>Try &apos;alam --help&apos;.</source>
        <translation>جرّب &apos;alam --help&apos;.</translation>
    </message>
    <message>
        <source>Suggest the analyst&apos;s entities at their other mentions, in a document or the corpus.</source>
        <translation>اقتراح كيانات المحلل في مواضع ذكرها الأخرى، في مستند أو في المجموعة كلها.</translation>
    </message>
</context>
<context>
    <name>alam::cli::CommandLine</name>
    <message>
        <source>The SQLite database to use (default: %1).</source>
        <translation>قاعدة بيانات SQLite المراد استخدامها (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>alam %1: %2</source>
        <translation>alam %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;alam %1 --help&apos;.</source>
        <translation>جرّب &apos;alam %1 --help&apos;.</translation>
    </message>
    <message>
        <source>alam %1: cannot open the database %2: %3</source>
        <translation>alam %1: تعذّر فتح قاعدة البيانات %2: %3</translation>
    </message>
</context>
<context>
    <name>alam::cli::EvalCommand</name>
    <message>
        <source>Score a tagger against gold CoNLL: precision, recall and F1 per type and micro-averaged, printed exactly as conlleval.pl prints them. Tags the gold file&apos;s tokens with --model (default: the shipped model), or scores the labels of a file tagged already (--guess).</source>
        <translation>تقييم موسِّم مقابل ملف CoNLL مرجعي: الدقة (precision) والاستدعاء (recall) وF1 لكل نوع وبالمتوسط الجزئي (micro-average)، مطبوعةً تمامًا كما يطبعها conlleval.pl. يوسم وحدات الملف المرجعي بالنموذج المحدد في --model (الافتراضي: النموذج المرفق)، أو يقيّم تسميات ملف موسوم مسبقًا (--guess).</translation>
    </message>
    <message>
        <source>The gold CoNLL file (token LABEL per line).</source>
        <translation>ملف CoNLL المرجعي (token LABEL في كل سطر).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A CoNLL file with the same tokens and the guessed labels, instead of tagging.</source>
        <translation>ملف CoNLL بالوحدات نفسها مع التسميات المتوقَّعة، بدلًا من التوسيم.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Score only the last sixth of the sentences (the held-out part).</source>
        <translation>تقييم السدس الأخير من الجمل فقط (الجزء المحجوز للاختبار).</translation>
    </message>
    <message>
        <source>alam eval: name the gold file with --gold FILE.</source>
        <translation>alam eval: حدِّد الملف المرجعي بالخيار --gold FILE.</translation>
    </message>
    <message>
        <source>alam eval: give either --guess or --model, not both.</source>
        <translation>alam eval: استخدم --guess أو --model، لا كليهما.</translation>
    </message>
    <message>
        <source>alam eval: %1</source>
        <translation>alam eval: %1</translation>
    </message>
</context>
<context>
    <name>alam::cli::ExportCommand</name>
    <message>
        <source>Export documents and their annotations. By default: reviewed documents, with accepted, edited and manual annotations.</source>
        <translation>تصدير المستندات وتوسيماتها. افتراضيًا: المستندات المراجَعة مع التوسيمات المقبولة والمعدَّلة واليدوية.</translation>
    </message>
    <message>
        <source>conll (IOB2), bioes, jsonl (doccano), brat (a folder of .txt/.ann) or csv (one row per mention).</source>
        <translation>conll (IOB2)، أو bioes، أو jsonl (doccano)، أو brat (مجلد من ملفات ‎.txt/.ann)، أو csv (صف لكل إشارة).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (a folder for brat).</source>
        <translation>الملف المراد كتابته (مجلد في حالة brat).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Annotation statuses to export, comma-separated, from suggested, accepted, rejected, edited, manual (default: accepted,edited,manual).</source>
        <translation>حالات التوسيم المراد تصديرها، مفصولة بفواصل، من بين: suggested (مقترح)، accepted (مقبول)، rejected (مرفوض)، edited (معدَّل)، manual (يدوي) (الافتراضي: accepted,edited,manual).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Export every document, not only the reviewed ones.</source>
        <translation>تصدير كل المستندات، لا المراجَعة منها فقط.</translation>
    </message>
    <message>
        <source>CoNLL: split tokens so attached conjunctions and prepositions get O (default: whitespace tokens, the ANERcorp convention).</source>
        <translation>CoNLL: تقسيم الوحدات بحيث تأخذ حروف العطف والجر المتصلة التسمية O (الافتراضي: وحدات مفصولة بالمسافات، وفق اصطلاح ANERcorp).</translation>
    </message>
    <message>
        <source>alam export: --format must be one of conll, bioes, jsonl, brat, csv.</source>
        <translation>alam export: يجب أن تكون قيمة --format إحدى القيم: conll، bioes، jsonl، brat، csv.</translation>
    </message>
    <message>
        <source>alam export: name the output with --out PATH.</source>
        <translation>alam export: حدِّد المخرج بالخيار --out PATH.</translation>
    </message>
    <message>
        <source>alam export: --statuses takes names from suggested, accepted, rejected, edited, manual.</source>
        <translation>alam export: يقبل --statuses أسماء من بين: suggested، accepted، rejected، edited، manual.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>alam export: %1</source>
        <translation>alam export: %1</translation>
    </message>
    <message>
        <source>%1 overlapping annotation(s) could not be written: CoNLL holds one label per token.</source>
        <translation>تعذّرت كتابة توسيمات متداخلة عددها %1: لا يحمل CoNLL إلا تسمية واحدة لكل وحدة.</translation>
    </message>
    <message>
        <source>Exported documents: %1, annotations: %2, to %3.</source>
        <translation>المستندات المصدَّرة: %1، التوسيمات: %2، إلى %3.</translation>
    </message>
    <message>
        <source>No document is marked reviewed; use --all-documents to export them all.</source>
        <translation>لا يوجد مستند معلَّم كمراجَع؛ استخدم --all-documents لتصدير كل المستندات.</translation>
    </message>
    <message>
        <source>alam export: interrupted; %1 was not written.</source>
        <translation>alam export: قُطع التنفيذ؛ لم يُكتب %1.</translation>
    </message>
</context>
<context>
    <name>alam::cli::ImportCommand</name>
    <message>
        <source>Import files and folders: plain text (.txt), CoNLL (.conll .iob .bio .bioes), JSON Lines (.jsonl) and brat (.txt with .ann).</source>
        <translation>استيراد الملفات والمجلدات: نص عادي (‎.txt)، CoNLL (‎.conll ‎.iob ‎.bio ‎.bioes)، JSON Lines (‎.jsonl)، brat (‎.txt مع ‎.ann).</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>الملفات أو المجلدات المراد استيرادها.</translation>
    </message>
    <message>
        <source>For CoNLL files without -DOCSTART- lines: sentences per document (default 50).</source>
        <translation>لملفات CoNLL التي لا تحوي أسطر -DOCSTART-: عدد الجمل في كل مستند (الافتراضي 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name recorded on imported annotations that name no annotator.</source>
        <translation>الاسم الذي يُسجَّل على التوسيمات المستوردة التي لا تذكر القائم بالتوسيم.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>alam import: name at least one file or folder.</source>
        <translation>alam import: حدِّد ملفًا أو مجلدًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>alam import: --sentences-per-document takes a whole number from 1 up.</source>
        <translation>alam import: يقبل --sentences-per-document عددًا صحيحًا من 1 فما فوق.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>%1: skipped, the same text is already stored as document %2.</source>
        <translation>%1: تُخطّي، فالنص نفسه محفوظ بالفعل في المستند %2.</translation>
    </message>
    <message>
        <source>Imported documents: %1, annotations: %2; duplicates skipped: %3; files failed: %4.</source>
        <translation>المستندات المستوردة: %1، التوسيمات: %2؛ المكرَّرات المتخطّاة: %3؛ الملفات التي فشلت: %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>alam import: interrupted; the documents imported so far are kept.</source>
        <translation>alam import: قُطع التنفيذ؛ الوثائق التي استُوردت حتى الآن محفوظة.</translation>
    </message>
</context>
<context>
    <name>alam::cli::LearnCommand</name>
    <message>
        <source>Learn from reviewed documents: one online update of the tagger per document from its decisions (accepted, edited and manual annotations are entities; rejected spans and the rest are O). What it learned is kept beside the database (FILE.learned-model), which `alam tag` then uses. The full retrain is `alam train --from-db`.</source>
        <translation>التعلّم من المستندات المراجَعة: تحديث آني واحد للموسِّم لكل مستند بحسب قراراته (التوسيمات المقبولة والمعدَّلة واليدوية كيانات؛ والمقاطع المرفوضة وما تبقّى O). يُحفظ ما تعلّمه بجانب قاعدة البيانات (FILE.learned-model)، ويستخدمه `alam tag` بعد ذلك. أما إعادة التدريب الكاملة فهي `alam train --from-db`.</translation>
    </message>
    <message>
        <source>A reviewed document to learn from (may be repeated).</source>
        <translation>مستند مراجَع للتعلّم منه (يمكن تكرار الخيار).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The model to start from when the database has no learned model yet (default: the shipped model).</source>
        <translation>النموذج الذي يُبدأ منه حين لا يكون لقاعدة البيانات نموذج متعلَّم بعد (الافتراضي: النموذج المرفق).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>alam learn: --document takes a document id (a whole number from 1 up).</source>
        <translation>alam learn: يقبل --document معرّف مستند (عددًا صحيحًا من 1 فما فوق).</translation>
    </message>
    <message>
        <source>alam learn: name the reviewed documents to learn from with --document ID.</source>
        <translation>alam learn: حدِّد المستندات المراجَعة للتعلّم منها بالخيار --document ID.</translation>
    </message>
    <message>
        <source>alam learn: %1</source>
        <translation>alam learn: %1</translation>
    </message>
    <message>
        <source>alam learn: document %1 is not reviewed yet; its suggestions are not decisions, so it was left out.</source>
        <translation>alam learn: المستند %1 لم يُراجَع بعد؛ اقتراحاته ليست قرارات، لذا استُبعد.</translation>
    </message>
    <message>
        <source>Learned from %1 documents (%2 sentences, %3 tokens; %4 tokens were tagged wrong before). Model: %5</source>
        <translation>المستندات التي تعلّم منها: %1 (الجمل: %2، الوحدات: %3؛ الوحدات الموسومة خطأً من قبل: %4). النموذج: %5</translation>
    </message>
    <message>
        <source>alam learn: the tagger has already learned from document %1; it was left out.</source>
        <translation>alam learn: سبق أن تعلّم الموسِّم من المستند %1؛ لذا استُبعد.</translation>
    </message>
</context>
<context>
    <name>alam::cli::PropagateCommand</name>
    <message>
        <source>Propagate the analyst&apos;s entities: every other mention of a name the analyst accepted, edited or added in the document becomes a suggestion of the same label and entity (source propagation). In the document itself, or with --corpus in every document not reviewed yet. Decisions are never touched.</source>
        <translation>نشر كيانات المحلل: كل ذكر آخر لاسم قبله المحلل أو عدّله أو أضافه في المستند يصبح اقتراحًا بالتسمية نفسها والكيان نفسه (المصدر: نشر). في المستند نفسه، أو مع --corpus في كل مستند لم يُراجَع بعد. لا تُمس القرارات أبدًا.</translation>
    </message>
    <message>
        <source>The document whose decisions are propagated.</source>
        <translation>المستند الذي تُنشر قراراته.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this decision of the document (default: all of them).</source>
        <translation>هذا القرار وحده من قرارات المستند (الافتراضي: كلها).</translation>
    </message>
    <message>
        <source>Across every document not reviewed yet, not only this one.</source>
        <translation>في كل مستند لم يُراجَع بعد، لا في هذا وحده.</translation>
    </message>
    <message>
        <source>alam propagate: name the document with --document ID (a whole number from 1 up).</source>
        <translation>alam propagate: حدّد المستند بـ --document ID (عدد صحيح من 1 فصاعدًا).</translation>
    </message>
    <message>
        <source>alam propagate: --annotation takes an annotation id (a whole number from 1 up).</source>
        <translation>alam propagate: يأخذ --annotation معرّف تعليق توضيحي (عددًا صحيحًا من 1 فصاعدًا).</translation>
    </message>
    <message>
        <source>alam propagate: %1</source>
        <translation>alam propagate: %1</translation>
    </message>
    <message>
        <source>alam propagate: document %1 has no accepted, edited or added annotation %2.</source>
        <translation>alam propagate: ليس في المستند %1 تعليق مقبول أو معدَّل أو مضاف رقمه %2.</translation>
    </message>
    <message>
        <source>Propagating</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <source>Propagated %1 decisions of document %2: %3 suggestions added, %4 relabelled (counted %5 times in documents).</source>
        <translation>نُشرت %1 من قرارات المستند %2: أُضيف %3 اقتراحًا، وأُعيدت تسمية %4 (في المستندات %5 مرة).</translation>
    </message>
</context>
<context>
    <name>alam::cli::SimulateCommand</name>
    <message>
        <source>Simulate an analyst reviewing gold CoNLL documents in order: each document is tagged, then its suggestions are accepted, rejected, fixed (bounds, type: one action each) or the missing entities added. Prints the actions per 100 gold entities in the first, middle and last third of the documents (adding every entity by hand costs 100), and the same when correct suggestions are taken with one &apos;accept all remaining&apos; per document.</source>
        <translation>محاكاة محلل يراجع مستندات CoNLL مرجعية بالترتيب: يُوسَم كل مستند، ثم تُقبل اقتراحاته أو تُرفض أو تُصحَّح (الحدود، النوع: إجراء واحد لكلٍّ منهما) أو تُضاف الكيانات الناقصة. يطبع عدد الإجراءات لكل 100 كيان مرجعي في الثلث الأول والأوسط والأخير من المستندات (إضافة كل كيان يدويًا تكلّف 100)، ثم العدد نفسه حين تُقبل الاقتراحات الصحيحة بإجراء «قبول كل ما تبقّى» واحد لكل مستند.</translation>
    </message>
    <message>
        <source>The gold CoNLL file.</source>
        <translation>ملف CoNLL المرجعي.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>on: the tagger learns from each document after its review; off: it does not (default on).</source>
        <translation>on: يتعلّم الموسِّم من كل مستند بعد مراجعته؛ off: لا يتعلّم (الافتراضي on).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Sentences per document (default 20); a -DOCSTART- line also starts one.</source>
        <translation>عدد الجمل في كل مستند (الافتراضي 20)؛ ويبدأ سطر -DOCSTART- مستندًا جديدًا أيضًا.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Review only the last sixth of the sentences (the held-out part).</source>
        <translation>مراجعة السدس الأخير من الجمل فقط (الجزء المحجوز للاختبار).</translation>
    </message>
    <message>
        <source>Size of each online step (default %1).</source>
        <translation>حجم كل خطوة تعلّم آني (الافتراضي %1).</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <source>Write the model as it is after the review (with what it learned).</source>
        <translation>كتابة النموذج كما أصبح بعد المراجعة (بما تعلّمه).</translation>
    </message>
    <message>
        <source>alam simulate: name the gold file with --gold FILE.</source>
        <translation>alam simulate: حدِّد الملف المرجعي بالخيار --gold FILE.</translation>
    </message>
    <message>
        <source>alam simulate: --learn takes on or off.</source>
        <translation>alam simulate: يقبل --learn القيمة on أو off.</translation>
    </message>
    <message>
        <source>alam simulate: --documents-of takes a whole number from 1 up.</source>
        <translation>alam simulate: يقبل --documents-of عددًا صحيحًا من 1 فما فوق.</translation>
    </message>
    <message>
        <source>alam simulate: --learning-rate takes a number above 0.</source>
        <translation>alam simulate: يقبل --learning-rate عددًا أكبر من 0.</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>جارٍ المراجعة</translation>
    </message>
    <message>
        <source>Simulated review of %1 documents (%2 sentences, %3 gold entities) with %4, learning %5.</source>
        <translation>مراجعة محاكاة — المستندات: %1 (الجمل: %2، الكيانات المرجعية: %3)، النموذج: %4، التعلّم: %5.</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>مرجعي</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>bounds</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>إجراءات</translation>
    </message>
    <message>
        <source>per 100 gold</source>
        <translation>لكل 100 مرجعي</translation>
    </message>
    <message>
        <source>with accept-all</source>
        <translation>مع قبول الكل</translation>
    </message>
    <message>
        <source>first third</source>
        <translation>الثلث الأول</translation>
    </message>
    <message>
        <source>middle third</source>
        <translation>الثلث الأوسط</translation>
    </message>
    <message>
        <source>last third</source>
        <translation>الثلث الأخير</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>alam simulate: %1</source>
        <translation>alam simulate: %1</translation>
    </message>
</context>
<context>
    <name>alam::cli::StatsCommand</name>
    <message>
        <source>Print what the database holds.</source>
        <translation>عرض محتويات قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Database:     %1 (%2 KB, schema version %3)</source>
        <translation>قاعدة البيانات: %1 (%2 كيلوبايت، إصدار المخطط %3)</translation>
    </message>
    <message>
        <source>Documents:    %1 (%2)</source>
        <translation>المستندات:      %1 (%2)</translation>
    </message>
    <message>
        <source>Characters:   %1</source>
        <translation>الأحرف:         %1</translation>
    </message>
    <message>
        <source>Annotations:  %1 (%2)</source>
        <translation>التوسيمات:      %1 (%2)</translation>
    </message>
    <message>
        <source>By label:     %1</source>
        <translation>حسب التسمية:    %1</translation>
    </message>
    <message>
        <source>Entities:     %1</source>
        <translation>الكيانات:       %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مراجَعة</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
</context>
<context>
    <name>alam::cli::TagCommand</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>تعذّرت الكتابة إلى المخرج القياسي.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Suggest entities. By default in the database: every document not yet reviewed gets the tagger&apos;s spans as suggestions; decisions are never touched, a span that already has an annotation (even a rejected one) is not suggested again, and the tagger&apos;s older suggestions that it no longer makes are removed. With --conll or --text, tags a file instead.</source>
        <translation>اقتراح الكيانات. افتراضيًا في قاعدة البيانات: يحصل كل مستند لم يُراجَع بعد على مقاطع الموسِّم اقتراحاتٍ؛ ولا تُمَسّ القرارات أبدًا، ولا يُقترح مجددًا مقطع له توسيم بالفعل (ولو كان مرفوضًا)، وتُزال اقتراحات الموسِّم القديمة التي لم يعد يقترحها. ومع --conll أو --text يوسم ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The tagger model file (default: for the database, the model learned beside it when there is one, else the shipped model).</source>
        <translation>ملف نموذج الموسِّم (الافتراضي: لقاعدة البيانات، النموذج المتعلَّم المحفوظ بجانبها إن وُجد، وإلا فالنموذج المرفق).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Re-label this CoNLL file (every token and sentence break kept) into --out.</source>
        <translation>إعادة تسمية ملف CoNLL هذا (مع الإبقاء على كل وحدة وكل فاصل جمل) وكتابته في --out.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Tag this plain-text file; --out gets one JSON line per entity with code-point offsets.</source>
        <translation>توسيم هذا الملف النصي؛ يتلقى --out سطر JSON لكل كيان مع إزاحات بنقاط الترميز (code points).</translation>
    </message>
    <message>
        <source>The file to write with --conll or --text (- for standard output).</source>
        <translation>الملف المراد كتابته مع --conll أو --text (- للمخرج القياسي).</translation>
    </message>
    <message>
        <source>Database: keep the tagger&apos;s older suggestions even where this run suggests nothing.</source>
        <translation>قاعدة البيانات: الإبقاء على اقتراحات الموسِّم القديمة حتى حيث لا يقترح هذا التشغيل شيئًا.</translation>
    </message>
    <message>
        <source>Database: tag only this document (may be repeated), even if reviewed.</source>
        <translation>قاعدة البيانات: توسيم هذا المستند فقط (يمكن تكرار الخيار)، حتى لو كان مراجَعًا.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>alam tag: give either --conll or --text, not both.</source>
        <translation>alam tag: استخدم --conll أو --text، لا كليهما.</translation>
    </message>
    <message>
        <source>alam tag: --out goes with --conll or --text; the database is tagged in place.</source>
        <translation>alam tag: يُستخدم --out مع --conll أو --text؛ أما قاعدة البيانات فتُوسَم في مكانها.</translation>
    </message>
    <message>
        <source>alam tag: name the output with --out FILE.</source>
        <translation>alam tag: حدِّد المخرج بالخيار --out FILE.</translation>
    </message>
    <message>
        <source>alam tag: --document takes a document id (a whole number from 1 up).</source>
        <translation>alam tag: يقبل --document معرّف مستند (عددًا صحيحًا من 1 فما فوق).</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>جارٍ التوسيم</translation>
    </message>
    <message>
        <source>alam tag: %1</source>
        <translation>alam tag: %1</translation>
    </message>
    <message>
        <source>Tagged %1 documents with %2: %3 suggestions added, %4 kept, %5 stale ones removed, %6 not suggested (an annotation or decision is there).</source>
        <translation>المستندات الموسومة باستخدام %2: %1؛ الاقتراحات المضافة: %3، المُبقاة: %4، القديمة المُزالة: %5، غير المقترحة (لوجود توسيم أو قرار): %6.</translation>
    </message>
    <message>
        <source>alam tag: %1 spans were not stored: their types are not labels of this database.</source>
        <translation>alam tag: لم تُحفظ مقاطع عددها %1: أنواعها ليست من تسميات قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Tagged %1 sentences (%2 tokens) with %3.</source>
        <translation>الجمل الموسومة باستخدام %3: %1 (الوحدات: %2).</translation>
    </message>
    <message>
        <source>Found %1 entities in %2 with %3.</source>
        <translation>الكيانات التي وُجدت في %2 باستخدام %3: %1.</translation>
    </message>
</context>
<context>
    <name>alam::cli::TaggerOption</name>
    <message>
        <source>alam %1: cannot load the tagger: %2</source>
        <translation>alam %1: تعذّر تحميل الموسِّم: %2</translation>
    </message>
    <message>
        <source>alam %1: note: the gazetteers changed since %2 was trained; train it again for the best results.</source>
        <translation>alam %1: ملاحظة: تغيّرت قوائم الأسماء منذ تدريب %2؛ درّبه مجددًا للحصول على أفضل النتائج.</translation>
    </message>
    <message>
        <source>alam %1: %2</source>
        <translation>alam %1: %2</translation>
    </message>
    <message>
        <source>The tagger model file (default: the shipped model).</source>
        <translation>ملف نموذج الموسِّم (الافتراضي: النموذج المرفق).</translation>
    </message>
</context>
<context>
    <name>alam::cli::TrainCommand</name>
    <message>
        <source>Train a tagger model on CoNLL files (token LABEL per line, IOB2) and, with --from-db, on the reviewed documents of the database. The same input and options give the same model, byte for byte.</source>
        <translation>تدريب نموذج للموسِّم على ملفات CoNLL (token LABEL في كل سطر، IOB2)، ومع --from-db على المستندات المراجَعة في قاعدة البيانات. المدخلات والخيارات نفسها تعطي النموذج نفسه، بايتًا ببايت.</translation>
    </message>
    <message>
        <source>More CoNLL files to train on.</source>
        <translation>ملفات CoNLL إضافية للتدريب عليها.</translation>
    </message>
    <message>
        <source>A CoNLL file to train on (may be repeated).</source>
        <translation>ملف CoNLL للتدريب عليه (يمكن تكرار الخيار).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also train on the reviewed documents of the database: accepted, edited and manual annotations are the entities, everything else is O.</source>
        <translation>التدريب أيضًا على المستندات المراجَعة في قاعدة البيانات: التوسيمات المقبولة والمعدَّلة واليدوية هي الكيانات، وكل ما عداها O.</translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation>ملف النموذج المراد كتابته.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Passes over the data (default %1).</source>
        <translation>عدد دورات المرور على البيانات (الافتراضي %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Leave out the last sixth of the CoNLL sentences (the held-out part the reported figures are measured on).</source>
        <translation>استبعاد السدس الأخير من جمل CoNLL (الجزء المحجوز الذي تُقاس عليه الأرقام المنشورة).</translation>
    </message>
    <message>
        <source>Train on only the first FRACTION (0 to 1) of the CoNLL sentences, after --hold-out-last-sixth.</source>
        <translation>التدريب على الجزء الأول FRACTION (من 0 إلى 1) فقط من جمل CoNLL، بعد --hold-out-last-sixth.</translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation>FRACTION</translation>
    </message>
    <message>
        <source>alam train: name the model file to write with --out MODEL.</source>
        <translation>alam train: حدِّد ملف النموذج المراد كتابته بالخيار --out MODEL.</translation>
    </message>
    <message>
        <source>alam train: name CoNLL files with --conll FILE, or train on the database with --from-db.</source>
        <translation>alam train: حدِّد ملفات CoNLL بالخيار --conll FILE، أو درّب على قاعدة البيانات بالخيار --from-db.</translation>
    </message>
    <message>
        <source>alam train: --epochs takes a whole number from 1 to 1000.</source>
        <translation>alam train: يقبل --epochs عددًا صحيحًا من 1 إلى 1000.</translation>
    </message>
    <message>
        <source>alam train: --fraction takes a number above 0 and at most 1.</source>
        <translation>alam train: يقبل --fraction عددًا أكبر من 0 لا يزيد على 1.</translation>
    </message>
    <message>
        <source>alam train: %1</source>
        <translation>alam train: %1</translation>
    </message>
    <message>
        <source>alam train: there is nothing to train on (no sentences and no reviewed documents).</source>
        <translation>alam train: لا يوجد ما يُدرَّب عليه (لا جمل ولا مستندات مراجَعة).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>جارٍ التدريب</translation>
    </message>
    <message>
        <source>training passes</source>
        <translation>دورات التدريب</translation>
    </message>
    <message>
        <source>Trained on %1 sentences (%2 tokens): %3 from CoNLL, %4 from %5 reviewed documents.</source>
        <translation>الجمل المدرَّب عليها: %1 (الوحدات: %2)؛ من CoNLL: %3، ومن المستندات المراجَعة (%5): %4.</translation>
    </message>
    <message>
        <source>Model: %1 (%2 features, types %3).</source>
        <translation>النموذج: %1 (السمات: %2، الأنواع: %3).</translation>
    </message>
    <message>
        <source>alam train: warning: only %1 reviewed documents (%2 sentences) and no CoNLL file; a model trained on so little tags much worse than the shipped one. Add the data the shipped model was trained on with --conll FILE.</source>
        <translation>alam train: تنبيه: %1 مستندًا مراجعًا فقط (%2 جملة) ولا ملف CoNLL؛ النموذج المدرَّب على هذا القليل يوسم أسوأ بكثير من النموذج المرفق. أضف البيانات التي دُرّب عليها النموذج المرفق بـ --conll FILE.</translation>
    </message>
</context>
<context>
    <name>alam::ner::Conll</name>
    <message>
        <source>%1, line %2: expected %3 columns, found %4.</source>
        <translation>%1، السطر %2: عدد الأعمدة المتوقَّع %3، والموجود %4.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::ner::DatabaseTagger</name>
    <message>
        <source>Tagging stopped; the documents tagged before were saved: %1</source>
        <translation>توقّف التوسيم؛ حُفظت المستندات التي وُسِمت قبل ذلك: %1</translation>
    </message>
</context>
<context>
    <name>alam::ner::Dictionary</name>
    <message>
        <source>The Arabic dictionary %1 cannot be read (install hunspell-ar).</source>
        <translation>تعذّرت قراءة القاموس العربي %1 (ثبّت الحزمة hunspell-ar).</translation>
    </message>
</context>
<context>
    <name>alam::ner::Evaluator</name>
    <message>
        <source>The gold corpus has %1 sentences but the tagged one has %2.</source>
        <translation>عدد جمل المدوّنة المرجعية %1، لكن عدد جمل المدوّنة الموسومة %2.</translation>
    </message>
    <message>
        <source>Sentence %1 differs between the gold corpus and the tagged one.</source>
        <translation>الجملة %1 مختلفة بين المدوّنة المرجعية والمدوّنة الموسومة.</translation>
    </message>
    <message>
        <source>The gold corpus does not fit its own line layout.</source>
        <translation>لا تطابق المجموعة المرجعية ترتيب أسطرها.</translation>
    </message>
</context>
<context>
    <name>alam::ner::Gazetteer</name>
    <message>
        <source>Cannot read the gazetteer index %1: %2</source>
        <translation>تعذّرت قراءة فهرس قوائم الأسماء %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected `FILE CLASS`.</source>
        <translation>%1، السطر %2: المتوقَّع `FILE CLASS`.</translation>
    </message>
    <message>
        <source>Cannot read the gazetteer %1: %2</source>
        <translation>تعذّرت قراءة قائمة الأسماء %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 classes.</source>
        <translation>%1، السطر %2: عدد الفئات يتجاوز %3.</translation>
    </message>
</context>
<context>
    <name>alam::ner::LearnedModel</name>
    <message>
        <source>The tagger learned from the review, but what it learned could not be kept: %1</source>
        <translation>تعلّم الموسِّم من المراجعة، لكن تعذّر حفظ ما تعلّمه: %1</translation>
    </message>
</context>
<context>
    <name>alam::ner::Model</name>
    <message>
        <source>%1 is not an Alam tagger model.</source>
        <translation>ليس %1 نموذج موسِّم من «علَم».</translation>
    </message>
    <message>
        <source>%1 is a tagger model of format %2; this version reads format %3.</source>
        <translation>%1 نموذج موسِّم بالصيغة %2، وهذا الإصدار يقرأ الصيغة %3.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged.</source>
        <translation>%1 مبتور أو تالف.</translation>
    </message>
    <message>
        <source>Cannot write the model %1: %2</source>
        <translation>تعذّرت كتابة النموذج %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation>تعذّرت قراءة النموذج %1: %2</translation>
    </message>
</context>
<context>
    <name>alam::ner::Propagation</name>
    <message>
        <source>The entity [%1, %2) lies outside document %3.</source>
        <translation>الكيان [%1, %2) يقع خارج المستند %3.</translation>
    </message>
</context>
<context>
    <name>alam::ner::Tagger</name>
    <message>
        <source>The tagger model was trained with features of version %1; this program extracts version %2. Train the model again.</source>
        <translation>دُرِّب نموذج الموسِّم على سمات من الإصدار %1، وهذا البرنامج يستخرج الإصدار %2. درّب النموذج مجددًا.</translation>
    </message>
    <message>
        <source>The tagger has no gazetteers or dictionary.</source>
        <translation>ليس لدى الموسِّم قوائم أسماء ولا قاموس.</translation>
    </message>
</context>
<context>
    <name>alam::ner::TaggerLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the shipped model</source>
        <translation>النموذج المرفق</translation>
    </message>
</context>
<context>
    <name>alam::ner::Trainer</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <source>Training sentence %1 has %2 tokens but %3 labels.</source>
        <translation>عدد وحدات جملة التدريب %1 هو %2، لكن عدد تسمياتها %3.</translation>
    </message>
    <message>
        <source>Training sentence %1, token %2 («%3»): unknown label «%4».</source>
        <translation>جملة التدريب %1، الوحدة %2 («%3»): تسمية غير معروفة «%4».</translation>
    </message>
</context>
</TS>
