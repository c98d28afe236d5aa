<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected — check it in Connections.</source>
        <translation>رُفض مفتاح API — تحقّق منه في «الاتصالات».</translation>
    </message>
    <message>
        <source>This key does not have permission to read these sessions.</source>
        <translation>لا يملك هذا المفتاح إذنًا بقراءة هذه الجلسات.</translation>
    </message>
    <message>
        <source>The server does not know this address — check the server address in Connections.</source>
        <translation>لا يعرف الخادم هذا العنوان — تحقّق من عنوان الخادم في «الاتصالات».</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in %1 s.</source>
        <translation>الخدمة مشغولة (تجاوز حدّ الطلبات). أعد المحاولة بعد %1 ث.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in a minute.</source>
        <translation>الخدمة مشغولة (تجاوز حدّ الطلبات). أعد المحاولة بعد دقيقة.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The server could not be reached — check the network connection and the address in Connections.</source>
        <translation>تعذّر الوصول إلى الخادم — تحقّق من اتصال الشبكة ومن العنوان في «الاتصالات».</translation>
    </message>
    <message>
        <source>The server sent more data than SessionScope accepts in one answer.</source>
        <translation>أرسل الخادم بيانات أكثر مما يقبله SessionScope في ردّ واحد.</translation>
    </message>
    <message>
        <source>The server sent an answer SessionScope cannot use.</source>
        <translation>أرسل الخادم ردًّا لا يستطيع SessionScope استخدامه.</translation>
    </message>
    <message>
        <source>The service has a problem at the moment. Try again later.</source>
        <translation>تواجه الخدمة مشكلة حاليًا. أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>رفض الخادم الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>تعذّر التحقق من الاتصال الآمن بالخادم.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>يجب أن يبدأ العنوان بـ https://‏ (لا يُسمح بـ http العادي إلا على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>The server redirected to a different address. SessionScope did not follow it, so the key was not sent there — check the server address in Connections.</source>
        <translation>أعاد الخادم التوجيه إلى عنوان آخر. لم يتبعه SessionScope، لذا لم يُرسَل المفتاح إليه — تحقّق من عنوان الخادم في «الاتصالات».</translation>
    </message>
</context>
<context>
    <name>AttemptsLoader</name>
    <message>
        <source>The connection was closed.</source>
        <translation>أُغلق الاتصال.</translation>
    </message>
    <message>
        <source>The server sent a list of attempts that could not be read.</source>
        <translation>أرسل الخادم قائمة محاولات تعذّرت قراءتها.</translation>
    </message>
    <message>
        <source>The server sent the same page of attempts twice, so loading stopped to avoid going round in circles.</source>
        <translation>أرسل الخادم صفحة المحاولات نفسها مرتين، فتوقف التحميل لتجنّب الدوران في حلقة مفرغة.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages of attempts, far more than a session should have.</source>
        <translation>توقف التحميل بعد %1 صفحة من المحاولات، وهذا أكثر بكثير مما ينبغي أن يكون لجلسة واحدة.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Century Smart IA</source>
        <translation>Century Smart IA</translation>
    </message>
    <message>
        <source>Treasure Workflow</source>
        <translation>Treasure Workflow</translation>
    </message>
    <message>
        <source>Mobile Next</source>
        <translation>Mobile Next</translation>
    </message>
</context>
<context>
    <name>CenturyDetailView</name>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Not yet (in progress)</source>
        <translation>ليس بعد (قيد التقدم)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>عرض كجدول</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>الأرقام نفسها في جدول</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>عرض كمخطط</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>كصورة PNG…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>كصورة SVG…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>مخطط %1</translation>
    </message>
    <message>
        <source>Click a slice or bar to show only those sessions</source>
        <translation>انقر شريحة أو عمودًا لعرض تلك الجلسات فقط</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>جدول %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG or SVG image</source>
        <translation>يحفظ هذا المخطط كصورة PNG أو SVG</translation>
    </message>
</context>
<context>
    <name>ChartPlot</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>ChartSheetTable</name>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Level (in level order)</source>
        <translation>المستوى (بترتيب المستويات)</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>الجلسات المكتملة</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>المستوى: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>المادة: %1</translation>
    </message>
    <message>
        <source>No completed session with a level yet.</source>
        <translation>لا توجد بعد جلسة مكتملة لها مستوى.</translation>
    </message>
    <message>
        <source>%1 mostly %2</source>
        <translation>%1 غالبًا %2</translation>
    </message>
    <message>
        <source>%1 completed sessions, %2 to %3; most common %4 (%5, %6). %7.</source>
        <translation>%1 جلسة مكتملة، من %2 إلى %3؛ الأكثر شيوعًا %4 (%5، %6). %7.</translation>
    </message>
    <message>
        <source> %1 without a level (not finished).</source>
        <translation> %1 بلا مستوى (غير منتهية).</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 أو أكثر</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>المُدد</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>المدة: %1</translation>
    </message>
    <message>
        <source>No completed session with a duration yet.</source>
        <translation>لا توجد بعد جلسة مكتملة لها مدة.</translation>
    </message>
    <message>
        <source>%1 completed sessions; the most took %2 (%3, %4).</source>
        <translation>%1 جلسة مكتملة؛ استغرق معظمها %2 (%3، %4).</translation>
    </message>
    <message>
        <source>No sessions to count.</source>
        <translation>لا توجد جلسات لعدّها.</translation>
    </message>
    <message>
        <source>%1 has the most sessions: %2.</source>
        <translation>لدى %1 أكبر عدد من الجلسات: %2.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>مسارات العمل</translation>
    </message>
    <message numerus="yes">
        <source> The top %Ln are shown; the rest are summed as Other.</source>
        <translation>
            <numerusform> يُعرض الأعلى %Ln؛ ويُجمع الباقي تحت «أخرى».</numerusform>
            <numerusform> يُعرض الأعلى فقط؛ ويُجمع الباقي تحت «أخرى».</numerusform>
            <numerusform> يُعرض الأعليان؛ ويُجمع الباقي تحت «أخرى».</numerusform>
            <numerusform> تُعرض أعلى %Ln؛ ويُجمع الباقي تحت «أخرى».</numerusform>
            <numerusform> تُعرض أعلى %Ln؛ ويُجمع الباقي تحت «أخرى».</numerusform>
            <numerusform> تُعرض أعلى %Ln؛ ويُجمع الباقي تحت «أخرى».</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>إصدارات نظام التشغيل</translation>
    </message>
    <message>
        <source>Platform and OS version</source>
        <translation>المنصة وإصدار نظام التشغيل</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>نظام التشغيل: %1</translation>
    </message>
    <message>
        <source>%1 is the most used (%2 sessions).</source>
        <translation>%1 هو الأكثر استخدامًا (%2 جلسة).</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>قيد الاستخدام الآن</translation>
    </message>
    <message>
        <source>Devices held by a live session</source>
        <translation>أجهزة تشغلها جلسة مباشرة</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>الأجهزة قيد الاستخدام</translation>
    </message>
    <message>
        <source>Live on %1</source>
        <translation>مباشر على %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use now</source>
        <translation>
            <numerusform>لا أجهزة قيد الاستخدام الآن</numerusform>
            <numerusform>جهاز واحد قيد الاستخدام الآن</numerusform>
            <numerusform>جهازان قيد الاستخدام الآن</numerusform>
            <numerusform>%Ln أجهزة قيد الاستخدام الآن</numerusform>
            <numerusform>%Ln جهازًا قيد الاستخدام الآن</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on %1 shown of %2 loaded</source>
        <translation>بناءً على %1 معروضة من %2 محمّلة</translation>
    </message>
    <message>
        <source>Based on %1 loaded</source>
        <translation>بناءً على %1 محمّلة</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> من %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>%1 sessions: %2.</source>
        <translation>%1 جلسة: %2.</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>الجلسات التي بدأت</translation>
    </message>
    <message>
        <source>Started per month</source>
        <translation>البدء حسب الشهر</translation>
    </message>
    <message>
        <source>Started per hour</source>
        <translation>البدء حسب الساعة</translation>
    </message>
    <message>
        <source>Started per day</source>
        <translation>البدء حسب اليوم</translation>
    </message>
    <message>
        <source>Started per week (from Monday)</source>
        <translation>البدء حسب الأسبوع (من الاثنين)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
    <message>
        <source>Started in the week of %1</source>
        <translation>بدأت في أسبوع %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>بدأت: %1</translation>
    </message>
    <message>
        <source>No start times to count.</source>
        <translation>لا توجد أوقات بدء لعدّها.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is the week of %4 with %5.</source>
        <translation>%1 من %2 إلى %3؛ الأكثر ازدحامًا أسبوع %4 بـ %5.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is %4 with %5.</source>
        <translation>%1 من %2 إلى %3؛ الأكثر ازدحامًا %4 بـ %5.</translation>
    </message>
    <message>
        <source> %1 without a start time.</source>
        <translation> %1 بلا وقت بدء.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>تعذّر ترميز %1 بصيغة PNG</translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>ال&amp;مخططات</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Rows the charts count</source>
        <translation>الصفوف التي تعدّها المخططات</translation>
    </message>
    <message>
        <source>No sessions loaded yet.</source>
        <translation>لم تُحمَّل أي جلسات بعد.</translation>
    </message>
    <message>
        <source> (chart filter on)</source>
        <translation> (مرشّح المخطط مفعّل)</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this chart filter</source>
        <translation>إزالة مرشّح المخطط هذا</translation>
    </message>
    <message>
        <source>Remove chart filter %1</source>
        <translation>إزالة مرشّح المخطط %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>One tab per chart; the arrow keys move between them</source>
        <translation>علامة تبويب لكل مخطط؛ تنقل مفاتيح الأسهم بينها</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Pupil</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Pupil id</source>
        <translation>معرّف الطالب</translation>
    </message>
    <message>
        <source>Test id</source>
        <translation>معرّف الاختبار</translation>
    </message>
    <message>
        <source>Test version id</source>
        <translation>معرّف إصدار الاختبار</translation>
    </message>
    <message>
        <source>Result created</source>
        <translation>إنشاء النتيجة</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>معرّف الجلسة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Original status</source>
        <translation>الحالة الأصلية</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>إصدار النظام</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>نوع الجهاز</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>التحرير</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>مدة الإشغال</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>معرّف المستخدم</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>معرّف المؤسسة</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>معرّف الجهاز</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>وقت الجلسة</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>بدء المحاولة</translation>
    </message>
    <message>
        <source>Attempt finished</source>
        <translation>انتهاء المحاولة</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>اسم إعادة المحاولة</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>معرّف المحاولة</translation>
    </message>
    <message>
        <source>Session UUID</source>
        <translation>UUID الجلسة</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>معرّف سير العمل</translation>
    </message>
    <message>
        <source>Pool id</source>
        <translation>معرّف المجمّع</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>طُلب الإلغاء</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
</context>
<context>
    <name>ConnectionFormDialog</name>
    <message>
        <source>&amp;Organization:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>Tell me when a watched session completes</source>
        <translation>أعلمني عند اكتمال جلسة أتابعها</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>e.g. Century — Riverside College</source>
        <translation>مثلًا: Century — كلية ريفرسايد</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Test the connection to list the organizations this key can see.</source>
        <translation>اختبر الاتصال لعرض المؤسسات التي يراها هذا المفتاح.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>How often live sessions are asked for. The service rate limits excessive polling.</source>
        <translation>عدد مرات طلب الجلسات المباشرة. تحدّ الخدمة من الاستعلام المفرط.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>ال&amp;خدمة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>م&amp;فتاح API:</translation>
    </message>
    <message>
        <source>&amp;Live refresh every:</source>
        <translation>تحديث م&amp;باشر كل:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>اتصال جديد</translation>
    </message>
    <message>
        <source>Paste the key from the service&apos;s settings</source>
        <translation>الصق المفتاح من إعدادات الخدمة</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>يُحفظ في سلسلة مفاتيح النظام، ولا يُحفظ أبدًا في ملف إعدادات.</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>تعديل الاتصال</translation>
    </message>
    <message>
        <source>No key stored — paste the key</source>
        <translation>لا يوجد مفتاح محفوظ — الصق المفتاح</translation>
    </message>
    <message>
        <source>Unchanged — type a new key to replace it</source>
        <translation>بلا تغيير — اكتب مفتاحًا جديدًا لاستبداله</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>عنوان مخصّص</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>The key&apos;s own organization</source>
        <translation>مؤسسة المفتاح نفسه</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>شخصي</translation>
    </message>
    <message>
        <source>The service this connection talks to</source>
        <translation>الخدمة التي يتصل بها هذا الاتصال</translation>
    </message>
    <message>
        <source>Address preset</source>
        <translation>عنوان محدد مسبقًا</translation>
    </message>
    <message>
        <source>The service&apos;s known addresses; choose Custom to type your own</source>
        <translation>العناوين المعروفة للخدمة؛ اختر «عنوان مخصّص» لكتابة عنوانك</translation>
    </message>
    <message>
        <source>A desktop notification when sessions finish while Live is on</source>
        <translation>إشعار على سطح المكتب عند انتهاء الجلسات أثناء تشغيل المباشر</translation>
    </message>
    <message>
        <source>Sends one small request with this address and key and says what happened</source>
        <translation>يرسل طلبًا صغيرًا بهذا العنوان وهذا المفتاح ويخبرك بما حدث</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>The service whose sessions are shown</source>
        <translation>الخدمة التي تُعرض جلساتها</translation>
    </message>
    <message>
        <source>Choose a connection…</source>
        <translation>اختر اتصالًا…</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>The key works, but the answer is not what this service sends: check the address and the service chosen.</source>
        <translation>المفتاح يعمل، لكن الرد ليس مما ترسله هذه الخدمة: تحقّق من العنوان ومن الخدمة المختارة.</translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln organization(s) to choose from</source>
        <translation>
            <numerusform>تم الاتصال — لا مؤسسات للاختيار</numerusform>
            <numerusform>تم الاتصال — مؤسسة واحدة للاختيار</numerusform>
            <numerusform>تم الاتصال — مؤسستان للاختيار</numerusform>
            <numerusform>تم الاتصال — %Ln مؤسسات للاختيار</numerusform>
            <numerusform>تم الاتصال — %Ln مؤسسة للاختيار</numerusform>
            <numerusform>تم الاتصال — %Ln مؤسسة للاختيار</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected — %1 sessions visible</source>
        <translation>تم الاتصال — %1 جلسة ظاهرة</translation>
    </message>
    <message>
        <source>Connected — the key works</source>
        <translation>تم الاتصال — المفتاح يعمل</translation>
    </message>
</context>
<context>
    <name>ConnectionUrls</name>
    <message>
        <source>Century production</source>
        <translation>Century (الإنتاج)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>طوكيو</translation>
    </message>
    <message>
        <source>Europe (eu01)</source>
        <translation>أوروبا (eu01)</translation>
    </message>
    <message>
        <source>Seoul (ap02)</source>
        <translation>سيول (ap02)</translation>
    </message>
    <message>
        <source>Tokyo (ap03)</source>
        <translation>طوكيو (ap03)</translation>
    </message>
    <message>
        <source>Mobile Next</source>
        <translation>Mobile Next</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://connect.century.tech/api/v1.</source>
        <translation>أدخل عنوان الخدمة، مثلًا https://connect.century.tech/api/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://host/path.</source>
        <translation>هذا ليس عنوان ويب. يجب أن يكون بالشكل https://host/path.</translation>
    </message>
    <message>
        <source>Plain http:// would send the key and pupil data unencrypted; use https://. (http:// is only allowed for this computer, e.g. a local demo server.)</source>
        <translation>سيرسل http://‏ العادي المفتاح وبيانات الطلاب دون تشفير؛ استخدم https://‏. (لا يُسمح بـ http://‏ إلا لهذا الحاسوب، مثل خادم تجريبي محلي.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>يجب أن يبدأ العنوان بـ https://‏.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the key goes in the Key field.</source>
        <translation>احذف اسم المستخدم وكلمة المرور من العنوان؛ فالمفتاح يوضع في حقل «المفتاح».</translation>
    </message>
    <message>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;: give the API&apos;s base path only.</source>
        <translation>يجب ألا يحتوي العنوان على «?» أو «#»: أدخل المسار الأساسي لواجهة API فقط.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>Reading the key for %1 from the keychain…</source>
        <translation>جارٍ قراءة مفتاح %1 من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>يُحتفظ بالمفتاح لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>لم يُحفظ المفتاح</translation>
    </message>
    <message>
        <source>%1 The key is used for now but will be asked for again.</source>
        <translation>%1 يُستخدم المفتاح الآن لكنه سيُطلب مرة أخرى.</translation>
    </message>
    <message>
        <source>Signed out: the key was removed and the sessions were closed.</source>
        <translation>تم تسجيل الخروج: أُزيل المفتاح وأُغلقت الجلسات.</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>اتصال &amp;جديد</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>إ&amp;دارة الاتصالات…</translation>
    </message>
    <message>
        <source>&amp;Sign out of this connection</source>
        <translation>ت&amp;سجيل الخروج من هذا الاتصال</translation>
    </message>
</context>
<context>
    <name>DemoConnections</name>
    <message>
        <source>Demo — %1</source>
        <translation>تجريبي — %1</translation>
    </message>
    <message>
        <source>The demo server could not start: no free port on this computer&apos;s loopback address.</source>
        <translation>تعذّر تشغيل الخادم التجريبي: لا يوجد منفذ متاح على عنوان الاسترجاع المحلي لهذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>DetailAttemptsSection</name>
    <message>
        <source>Copy list</source>
        <translation>نسخ القائمة</translation>
    </message>
    <message>
        <source>Copy the attempts as tab-separated text</source>
        <translation>نسخ المحاولات كنص مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <source>Copy the attempts list</source>
        <translation>نسخ قائمة المحاولات</translation>
    </message>
    <message>
        <source>Attempts of this session</source>
        <translation>محاولات هذه الجلسة</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>أُلغي التحميل.</translation>
    </message>
    <message>
        <source>the attempts list</source>
        <translation>قائمة المحاولات</translation>
    </message>
    <message>
        <source>Load attempts history</source>
        <translation>تحميل سجل المحاولات</translation>
    </message>
    <message>
        <source>Every run and retry of this session, fetched from the server when asked.</source>
        <translation>كل تشغيل وإعادة محاولة لهذه الجلسة، تُجلب من الخادم عند الطلب.</translation>
    </message>
    <message>
        <source>Attempts history needs a connection to Treasure Workflow.</source>
        <translation>يتطلب سجل المحاولات اتصالًا بـ Treasure Workflow.</translation>
    </message>
    <message>
        <source>Attempts history is not available while there is no connection to the server.</source>
        <translation>سجل المحاولات غير متاح ما دام لا يوجد اتصال بالخادم.</translation>
    </message>
    <message>
        <source>Loading attempts… (%1 so far)</source>
        <translation>جارٍ تحميل المحاولات… (%1 حتى الآن)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel loading attempts</source>
        <translation>إلغاء تحميل المحاولات</translation>
    </message>
    <message>
        <source>Loading attempts…</source>
        <translation>جارٍ تحميل المحاولات…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Reload attempts history</source>
        <translation>إعادة تحميل سجل المحاولات</translation>
    </message>
    <message>
        <source>Attempts of this session: %1, newest first.</source>
        <translation>محاولات هذه الجلسة: %1، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Not shown, as they could not be read: %1.</source>
        <translation>غير معروضة لتعذّر قراءتها: %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Try loading attempts history again</source>
        <translation>أعد محاولة تحميل سجل المحاولات</translation>
    </message>
    <message>
        <source>The server no longer has this session; it may have been deleted.</source>
        <translation>لم تعد هذه الجلسة موجودة على الخادم؛ ربما حُذفت.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>لا تزال قيد التشغيل</translation>
    </message>
    <message>
        <source>Attempt id: %1</source>
        <translation>معرّف المحاولة: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>انتهت: %1</translation>
    </message>
    <message>
        <source>Retry name: %1</source>
        <translation>اسم إعادة المحاولة: %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>المجمّع: %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>طُلب الإلغاء</translation>
    </message>
    <message>
        <source>The attempt shown above</source>
        <translation>المحاولة المعروضة أعلاه</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>معرّف المحاولة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>اسم إعادة المحاولة</translation>
    </message>
    <message>
        <source>Asks the server for every attempt of this session, retries included</source>
        <translation>يطلب من الخادم كل محاولات هذه الجلسة، بما فيها إعادات المحاولة</translation>
    </message>
</context>
<context>
    <name>DetailBackendView</name>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>%1: %2</source>
        <comment>group: field</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
</context>
<context>
    <name>DetailJsonTree</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(نص)</translation>
    </message>
    <message>
        <source>Only the first %1 entries are shown; &quot;Copy JSON&quot; copies everything.</source>
        <translation>تُعرض أول %1 عنصر فقط؛ و«نسخ JSON» ينسخ كل شيء.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Pupil</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Version id</source>
        <translation>معرّف الإصدار</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a session to see every detail.</source>
        <translation>اختر جلسة لرؤية كل تفاصيلها.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Copy every detail of this session as text</source>
        <translation>نسخ كل تفاصيل هذه الجلسة كنص</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>نسخ كل التفاصيل</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>نسخ كأمر curl</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>نسخ كأمر curl</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>الجلسة %1</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>لم تُحدَّد أي جلسة.</translation>
    </message>
    <message>
        <source>Copy as curl needs the connection this session came from.</source>
        <translation>يتطلب «نسخ كأمر curl» الاتصالَ الذي جاءت منه هذه الجلسة.</translation>
    </message>
    <message>
        <source>This session is not from the current connection.</source>
        <translation>هذه الجلسة ليست من الاتصال الحالي.</translation>
    </message>
    <message>
        <source>This session has no id to ask for.</source>
        <translation>ليس لهذه الجلسة معرّف يمكن طلبه.</translation>
    </message>
    <message>
        <source>Century has no request for a single session, so this command lists this pupil&apos;s sessions of this test that started within a minute of this one: normally just this session.
The key is read from $%1; it is never copied.</source>
        <translation>لا يوفّر Century طلبًا لجلسة واحدة، لذا يسرد هذا الأمر جلسات هذا الطالب في هذا الاختبار التي بدأت خلال دقيقة من هذه الجلسة: وهي عادةً هذه الجلسة وحدها.
يُقرأ المفتاح من $%1؛ ولا يُنسخ أبدًا.</translation>
    </message>
    <message>
        <source>Copy the request for this session as a curl command.
The key is read from $%1; it is never copied.</source>
        <translation>نسخ طلب هذه الجلسة كأمر curl.
يُقرأ المفتاح من $%1؛ ولا يُنسخ أبدًا.</translation>
    </message>
    <message>
        <source>all details</source>
        <translation>كل التفاصيل</translation>
    </message>
    <message>
        <source>the curl command (without the key)</source>
        <translation>أمر curl (دون المفتاح)</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>تم نسخ %1.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>المجمّع</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel on this computer</source>
        <translation>Excel على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Plain UTF-8 for scripts</source>
        <translation>UTF-8 عادي للبرامج النصية</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>بدأ التصدير بالفعل.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>يجب أن يكون فاصل CSV فاصلة أو فاصلة منقوطة أو علامة جدولة.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values where the header has %3.</source>
        <translation>يحتوي الصف %1 على %2 قيمة بينما يحتوي العنوان على %3.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>تتعذّر الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>غير مفتوح للكتابة</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>يتعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>… [cut at Excel&apos;s limit of 32,767 characters]</source>
        <translation>… [قُطع عند حدّ Excel البالغ 32767 حرفًا]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns; this export has %2.</source>
        <translation>تتسع ورقة Excel لـ %1 عمود على الأكثر؛ وهذا التصدير فيه %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>يتعذّر إنشاء ملف مؤقت في %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,575 rows below its header, and this export has more. Export to CSV instead, or narrow the filters.</source>
        <translation>تتسع ورقة Excel لـ 1048575 صفًا على الأكثر تحت العنوان، وهذا التصدير فيه أكثر. صدّر إلى CSV بدلًا من ذلك أو ضيّق المرشّحات.</translation>
    </message>
    <message>
        <source>Cannot read the temporary file %1: %2</source>
        <translation>تتعذّر قراءة الملف المؤقت %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>Columns to export</source>
        <translation>الأعمدة المراد تصديرها</translation>
    </message>
    <message>
        <source>Space ticks or unticks a column; Alt+Up and Alt+Down move it.</source>
        <translation>المسافة تحدّد العمود أو تلغي تحديده؛ Alt+Up وAlt+Down تنقلانه.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>نقل العمود لأعلى</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>نقل العمود لأسفل</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (بيانات شخصية)</translation>
    </message>
    <message>
        <source>Personal data about a pupil: left out unless you tick it.</source>
        <translation>بيانات شخصية عن طالب: تُستبعد ما لم تحدّدها.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>There is no column &apos;%1&apos; here; &apos;sessionscope export --list-columns --backend B&apos; lists them.</source>
        <translation>لا يوجد عمود «%1» هنا؛ يسردها الأمر &apos;sessionscope export --list-columns --backend B&apos;.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is named twice.</source>
        <translation>ذُكر العمود «%1» مرتين.</translation>
    </message>
    <message>
        <source>No column is chosen, so there is nothing to write.</source>
        <translation>لم يُختر أي عمود، فلا يوجد ما يُكتب.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV or Excel file</source>
        <translation>كتابة الجلسات في ملف CSV أو Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>about %1 s left</source>
        <translation>بقي نحو %1 ث</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>بقي نحو %1 د</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>تصدير الجلسات</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Ticked columns are written in this order.</source>
        <translation>تُكتب الأعمدة المحدّدة بهذا الترتيب.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>إ&amp;لغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Choose what to export, then press Export.</source>
        <translation>اختر ما تريد تصديره، ثم اضغط «تصدير».</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>مصنّف E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>إعداد CSV المسبق</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;خيارات</translation>
    </message>
    <message>
        <source>Show CSV options</source>
        <translation>إظهار خيارات CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>نهاية السطر</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it for accents)</source>
        <translation>البدء بعلامة &amp;ترتيب البايتات (يحتاجها Excel للأحرف المشكّلة)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (text starting with = + - @ gets an apostrophe)</source>
        <translation>ال&amp;حماية من الصيغ (يُضاف فاصلة عليا إلى النص الذي يبدأ بـ = + - @)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;نهاية السطر:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>الإعداد ال&amp;مسبق:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>The %1 &amp;loaded rows, filtered and ordered as shown</source>
        <translation>الصفوف الـ %1 ال&amp;محمّلة، مصفّاة ومرتّبة كما تظهر</translation>
    </message>
    <message>
        <source>All %1 sessions &amp;matching the server filters</source>
        <translation>كل الجلسات الـ %1 ال&amp;مطابقة لمرشّحات الخادم</translation>
    </message>
    <message>
        <source>All sessions &amp;matching the server filters (fetched to the end)</source>
        <translation>كل الجلسات ال&amp;مطابقة لمرشّحات الخادم (تُجلب حتى النهاية)</translation>
    </message>
    <message>
        <source>Save To</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>حدّد عمودًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>اختر ملفًا للكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 مجلد؛ اختر اسم ملف.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 من %Ln صف</numerusform>
            <numerusform>%1 من صف واحد</numerusform>
            <numerusform>%1 من صفين</numerusform>
            <numerusform>%1 من %Ln صفوف</numerusform>
            <numerusform>%1 من %Ln صفًا</numerusform>
            <numerusform>%1 من %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف إلى %1.</numerusform>
            <numerusform>صُدّر صف واحد إلى %1.</numerusform>
            <numerusform>صُدّر صفان إلى %1.</numerusform>
            <numerusform>صُدّرت %Ln صفوف إلى %1.</numerusform>
            <numerusform>صُدّر %Ln صفًا إلى %1.</numerusform>
            <numerusform>صُدّر %Ln صف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Includes every column in the file</source>
        <translation>يضمّن كل الأعمدة في الملف</translation>
    </message>
    <message>
        <source>Leaves every column out, to tick only the few you want</source>
        <translation>يستبعد كل الأعمدة لتحدّد القليل الذي تريده فقط</translation>
    </message>
    <message>
        <source>Plain text with one session per line, opened by any spreadsheet or MIS</source>
        <translation>نص عادي بجلسة واحدة في كل سطر، يفتحه أي جدول بيانات أو نظام معلومات مدرسي</translation>
    </message>
    <message>
        <source>A workbook with dates and numbers as real cells, for Excel or LibreOffice</source>
        <translation>مصنّف تكون فيه التواريخ والأرقام خلايا حقيقية، لـ Excel أو LibreOffice</translation>
    </message>
    <message>
        <source>How the CSV is written: for Excel on this computer, or plain UTF-8</source>
        <translation>طريقة كتابة CSV: لـ Excel على هذا الحاسوب، أو UTF-8 عادي</translation>
    </message>
    <message>
        <source>Shows the delimiter, line ending, byte order mark and formula protection</source>
        <translation>يعرض الفاصل ونهاية السطر وعلامة ترتيب البايتات والحماية من الصيغ</translation>
    </message>
    <message>
        <source>Writes the rows already in the table, as filtered and sorted there</source>
        <translation>يكتب الصفوف الموجودة في الجدول، مصفّاة ومرتّبة كما فيه</translation>
    </message>
    <message>
        <source>Fetches every page the server filters match, then writes them all</source>
        <translation>يجلب كل الصفحات المطابقة لمرشّحات الخادم، ثم يكتبها كلها</translation>
    </message>
    <message>
        <source>A name ending in .csv or .xlsx chooses the format</source>
        <translation>الاسم المنتهي بـ ‎.csv أو ‎.xlsx يحدّد التنسيق</translation>
    </message>
    <message>
        <source>Chooses the folder and file name in a file dialog</source>
        <translation>يختار المجلد واسم الملف في مربع حوار الملفات</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The list was reloaded while it was being exported, so nothing was written. Export again.</source>
        <translation>أُعيد تحميل القائمة أثناء تصديرها، فلم يُكتب شيء. صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The list was closed while it was being exported.</source>
        <translation>أُغلقت القائمة أثناء تصديرها.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %Ln session(s) that could not be read, so the export would be incomplete; nothing was written.</source>
        <translation>
            <numerusform>أرسل الخادم جلسات تعذّرت قراءتها، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>أرسل الخادم جلسة واحدة تعذّرت قراءتها، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>أرسل الخادم جلستين تعذّرت قراءتهما، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>أرسل الخادم %Ln جلسات تعذّرت قراءتها، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>أرسل الخادم %Ln جلسة تعذّرت قراءتها، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
            <numerusform>أرسل الخادم %Ln جلسة تعذّرت قراءتها، فسيكون التصدير ناقصًا؛ لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>An XLSX file cannot be written to standard output; give a file name or choose CSV.</source>
        <translation>لا يمكن كتابة ملف XLSX إلى المخرج القياسي؛ أدخل اسم ملف أو اختر CSV.</translation>
    </message>
</context>
<context>
    <name>FetchStatusPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>تحميل ال&amp;كل</translation>
    </message>
    <message>
        <source>Loaded sessions</source>
        <translation>الجلسات المحمّلة</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>حالة التحميل</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Asks the server again for the page that failed</source>
        <translation>يطلب من الخادم مجددًا الصفحة التي فشلت</translation>
    </message>
    <message>
        <source>Keep loading pages until every matching session is here</source>
        <translation>متابعة تحميل الصفحات حتى تصل كل الجلسات المطابقة</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>لا يوجد اتصال مفتوح</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>لا جلسات، اكتمل التحميل</numerusform>
            <numerusform>جلسة واحدة، اكتمل تحميلها</numerusform>
            <numerusform>جلستان، اكتمل تحميلهما</numerusform>
            <numerusform>%Ln جلسات، اكتمل تحميلها كلها</numerusform>
            <numerusform>%Ln جلسة، اكتمل تحميلها كلها</numerusform>
            <numerusform>%Ln جلسة، اكتمل تحميلها كلها</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 من %2 محمّلة</translation>
    </message>
    <message>
        <source>%1 of unknown loaded</source>
        <translation>%1 محمّلة من مجموع غير معروف</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 معروضة · %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>More on scroll</source>
        <translation>المزيد عند التمرير</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>جارٍ الترتيب…</translation>
    </message>
    <message>
        <source>%1 · Sorting…</source>
        <translation>%1 · جارٍ الترتيب…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>المرشّحات</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>إعادة ضبط المرشّحات</translation>
    </message>
    <message>
        <source>Clears the server filters, the quick search and the status buttons.</source>
        <translation>يمسح مرشّحات الخادم والبحث السريع وأزرار الحالة.</translation>
    </message>
    <message>
        <source>These filters are applied by the server: changing one reloads the list.</source>
        <translation>يطبّق الخادم هذه المرشّحات: تغيير أحدها يعيد تحميل القائمة.</translation>
    </message>
    <message>
        <source>These only filter the rows already loaded; the server is not asked again.</source>
        <translation>هذه تصفّي الصفوف المحمّلة فقط؛ ولا يُسأل الخادم مجددًا.</translation>
    </message>
    <message>
        <source>Server filters</source>
        <translation>مرشّحات الخادم</translation>
    </message>
    <message>
        <source>Loaded rows</source>
        <translation>الصفوف المحمّلة</translation>
    </message>
</context>
<context>
    <name>FilterCenturyPanel</name>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>No subjects in the loaded rows yet</source>
        <translation>لا مواد في الصفوف المحمّلة بعد</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>No tests in the loaded rows yet</source>
        <translation>لا اختبارات في الصفوف المحمّلة بعد</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>مرشّحات أخرى</translation>
    </message>
    <message>
        <source>Shows or hides end dates, status, order and pupils.</source>
        <translation>يُظهر تواريخ الانتهاء والحالة والترتيب والطلاب أو يخفيها.</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>أي الجلسات</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التقدم</translation>
    </message>
    <message>
        <source>Sessions in progress only</source>
        <translation>الجلسات قيد التقدم فقط</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <source>Completed sessions only</source>
        <translation>الجلسات المكتملة فقط</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Started, oldest first</source>
        <translation>البدء، الأقدم أولًا</translation>
    </message>
    <message>
        <source>Started, newest first</source>
        <translation>البدء، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Ended, oldest first</source>
        <translation>الانتهاء، الأقدم أولًا</translation>
    </message>
    <message>
        <source>Ended, newest first</source>
        <translation>الانتهاء، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Server order</source>
        <translation>ترتيب الخادم</translation>
    </message>
    <message>
        <source>The order the server sends pages in; decides which sessions load first.</source>
        <translation>الترتيب الذي يرسل به الخادم الصفحات؛ ويحدّد أي الجلسات تُحمَّل أولًا.</translation>
    </message>
    <message>
        <source>The order the server sends pages in, which decides which sessions load first. Click a column header to sort the loaded rows.</source>
        <translation>الترتيب الذي يرسل به الخادم الصفحات، ويحدّد أي الجلسات تُحمَّل أولًا. انقر عنوان عمود لترتيب الصفوف المحمّلة.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date.</source>
        <translation>ليس للجلسات قيد التقدم تاريخ انتهاء.</translation>
    </message>
    <message>
        <source>Sessions in progress, completed, or both</source>
        <translation>الجلسات قيد التقدم أو المكتملة أو كلتاهما</translation>
    </message>
    <message>
        <source>The status filter applies when All sessions are listed.</source>
        <translation>ينطبق مرشّح الحالة عند سرد «كل الجلسات».</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>مرشّحات أخرى (%1)</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <source>%1 choices</source>
        <translation>خيارات %1</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>البحث في %1</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter or Escape closes the list.</source>
        <translation>المسافة تحدّد أو تلغي التحديد؛ Enter أو Escape يغلق القائمة.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Untick every %1</source>
        <translation>إلغاء تحديد كل %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Close the %1 list</source>
        <translation>إغلاق قائمة %1</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: أيّ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln chosen</source>
        <translation>
            <numerusform>%1: لا شيء مختار</numerusform>
            <numerusform>%1: واحد مختار</numerusform>
            <numerusform>%1: اثنان مختاران</numerusform>
            <numerusform>%1: %Ln مختارة</numerusform>
            <numerusform>%1: %Ln مختارًا</numerusform>
            <numerusform>%1: %Ln مختار</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1. Open the list to choose some.</source>
        <translation>كل %1. افتح القائمة لاختيار بعضها.</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>أيّ %1</translation>
    </message>
</context>
<context>
    <name>FilterDateRange</name>
    <message>
        <source>%1 from</source>
        <translation>%1 من</translation>
    </message>
    <message>
        <source>First day of the %1, or Any. Alt+Down opens a calendar.</source>
        <translation>أول يوم في %1، أو «أيّ». يفتح Alt+Down تقويمًا.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or after this day</source>
        <translation>الجلسات التي يقع %1 لها في هذا اليوم أو بعده</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 حتى</translation>
    </message>
    <message>
        <source>Last day of the %1, included, or Any. Alt+Down opens a calendar.</source>
        <translation>آخر يوم في %1، مشمولًا، أو «أيّ». يفتح Alt+Down تقويمًا.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or before this day</source>
        <translation>الجلسات التي يقع %1 لها في هذا اليوم أو قبله</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>أيّ %1</translation>
    </message>
    <message>
        <source>Clear the %1 range</source>
        <translation>مسح نطاق %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ</translation>
    </message>
</context>
<context>
    <name>FilterMobileNextPanel</name>
    <message>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Whose device sessions to list.</source>
        <translation>من تُسرد جلسات أجهزته.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>الجلسات المطلوبة في كل طلب، حتى %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>الجلسات المطلوبة في كل طلب. الصفحات الكبيرة أسرع تحميلًا، والصغيرة تظهر أبكر.</translation>
    </message>
    <message>
        <source>The API key&apos;s own</source>
        <translation>الخاصة بمفتاح API</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>شخصي</translation>
    </message>
</context>
<context>
    <name>FilterPupilModel</name>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
</context>
<context>
    <name>FilterPupilPicker</name>
    <message>
        <source>Add a pupil…</source>
        <translation>إضافة طالب…</translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>إضافة طالب</translation>
    </message>
    <message>
        <source>Type part of a pupil&apos;s name, then choose them from the list. Only their sessions are requested from the server.</source>
        <translation>اكتب جزءًا من اسم الطالب، ثم اختره من القائمة. لا تُطلب من الخادم إلا جلساته.</translation>
    </message>
    <message>
        <source>Only sessions of the chosen pupils (asked of the server)</source>
        <translation>جلسات الطلاب المختارين فقط (تُطلب من الخادم)</translation>
    </message>
    <message>
        <source>Chosen pupils</source>
        <translation>الطلاب المختارون</translation>
    </message>
    <message>
        <source>Remove every chosen pupil</source>
        <translation>إزالة كل الطلاب المختارين</translation>
    </message>
    <message>
        <source>Pupil %1…</source>
        <translation>الطالب %1…</translation>
    </message>
    <message>
        <source>Remove %1 (user id %2)</source>
        <translation>إزالة %1 (معرّف المستخدم %2)</translation>
    </message>
    <message>
        <source>Remove pupil %1</source>
        <translation>إزالة الطالب %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln pupils</source>
        <translation>
            <numerusform>مسح الطلاب</numerusform>
            <numerusform>مسح الطالب</numerusform>
            <numerusform>مسح الطالبين</numerusform>
            <numerusform>مسح %Ln طلاب</numerusform>
            <numerusform>مسح %Ln طالبًا</numerusform>
            <numerusform>مسح %Ln طالب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTreasurePanel</name>
    <message>
        <source>Treasure Workflow lists newest first; it has no server-side filters.</source>
        <translation>يسرد Treasure Workflow الأحدث أولًا؛ وليس لديه مرشّحات على الخادم.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>الجلسات المطلوبة في كل طلب، حتى %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>الجلسات المطلوبة في كل طلب. الصفحات الكبيرة أسرع تحميلًا، والصغيرة تظهر أبكر.</translation>
    </message>
</context>
<context>
    <name>FinishedSummary</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%Ln آخرون</numerusform>
            <numerusform>%1 و%Ln آخرين</numerusform>
            <numerusform>%1 و%Ln آخرين</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished %2</source>
        <translation>أنهى %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupils finished %1</source>
        <translation>
            <numerusform>لم ينهِ أي طالب %1</numerusform>
            <numerusform>أنهى طالب واحد %1</numerusform>
            <numerusform>أنهى طالبان %1</numerusform>
            <numerusform>أنهى %Ln طلاب %1</numerusform>
            <numerusform>أنهى %Ln طالبًا %1</numerusform>
            <numerusform>أنهى %Ln طالب %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level: %1 · %2</source>
        <translation>المستوى: %1 · %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>was killed</source>
        <translation>أُوقف قسرًا</translation>
    </message>
    <message>
        <source>Workflow %1 %2</source>
        <translation>سير العمل %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of %1: %2</source>
        <translation>
            <numerusform>لا جلسات من %1: %2</numerusform>
            <numerusform>جلسة واحدة من %1: %2</numerusform>
            <numerusform>جلستان من %1: %2</numerusform>
            <numerusform>%Ln جلسات من %1: %2</numerusform>
            <numerusform>%Ln جلسة من %1: %2</numerusform>
            <numerusform>%Ln جلسة من %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt says &quot;%1&quot;.</source>
        <translation>تقول المحاولة الأخيرة: «%1».</translation>
    </message>
    <message>
        <source>%1 was released</source>
        <translation>حُرّر %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 devices released</source>
        <translation>
            <numerusform>لم يُحرَّر أي جهاز %1</numerusform>
            <numerusform>حُرّر جهاز %1 واحد</numerusform>
            <numerusform>حُرّر جهازا %1</numerusform>
            <numerusform>حُرّرت %Ln أجهزة %1</numerusform>
            <numerusform>حُرّر %Ln جهازًا %1</numerusform>
            <numerusform>حُرّر %Ln جهاز %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions finished</source>
        <translation>
            <numerusform>لم تنتهِ أي جلسة</numerusform>
            <numerusform>انتهت جلسة واحدة</numerusform>
            <numerusform>انتهت جلستان</numerusform>
            <numerusform>انتهت %Ln جلسات</numerusform>
            <numerusform>انتهت %Ln جلسة</numerusform>
            <numerusform>انتهت %Ln جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>حقل غير معروف «%1» في %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 has an unknown value</source>
        <translation>«%1» في %2 له قيمة غير معروفة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4</source>
        <translation>يجب أن يكون «%1» في %2 عددًا صحيحًا من %3 إلى %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list of texts</source>
        <translation>يجب أن يكون «%1» في %2 قائمة نصوص</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text</source>
        <translation>يجب أن يكون «%1» في %2 نصًّا</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain refused the request (%1).</source>
        <translation>رفضت سلسلة مفاتيح النظام الطلب (%1).</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (or it is locked), so the key is kept in memory until SessionScope closes. You will be asked for it again next time.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب (أو أنها مقفلة)، لذا يُحتفظ بالمفتاح في الذاكرة حتى يُغلق SessionScope. وسيُطلب منك مجددًا في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>&amp;Live</source>
        <translation>م&amp;باشر</translation>
    </message>
    <message>
        <source>Watch sessions as they start and finish (Ctrl+L)</source>
        <translation>متابعة الجلسات عند بدئها وانتهائها (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Notify when sessions finish</source>
        <translation>إ&amp;شعار عند انتهاء الجلسات</translation>
    </message>
    <message>
        <source>Chec&amp;k for changes now</source>
        <translation>ال&amp;تحقق من التغييرات الآن</translation>
    </message>
</context>
<context>
    <name>LivePoll</name>
    <message>
        <source>The server sent a session that could not be read.</source>
        <translation>أرسل الخادم جلسة تعذّرت قراءتها.</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>updated %1 ago</source>
        <translation>حُدّث قبل %1</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>إعادة المحاولة بعد %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>جارٍ إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Live · checking for changes…</source>
        <translation>مباشر · جارٍ التحقق من التغييرات…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>مباشر · %1</translation>
    </message>
    <message>
        <source>Live paused — rate limited, %1</source>
        <translation>المباشر متوقف مؤقتًا — تجاوز حدّ الطلبات، %1</translation>
    </message>
    <message>
        <source>showing data from %1</source>
        <translation>تُعرض بيانات الساعة %1</translation>
    </message>
    <message>
        <source>showing the data loaded so far</source>
        <translation>تُعرض البيانات المحمّلة حتى الآن</translation>
    </message>
    <message>
        <source>Live — stale: %1; %2. %3</source>
        <translation>مباشر — قديم: %1؛ %2. %3</translation>
    </message>
    <message>
        <source>Live paused — this computer is offline; the rows shown may be out of date</source>
        <translation>المباشر متوقف مؤقتًا — هذا الحاسوب غير متصل؛ قد تكون الصفوف المعروضة قديمة</translation>
    </message>
    <message>
        <source>Live stopped — the API key was rejected</source>
        <translation>توقف المباشر — رُفض مفتاح API</translation>
    </message>
    <message>
        <source>Live stopped — this API key may not read these sessions</source>
        <translation>توقف المباشر — لا يحق لمفتاح API هذا قراءة هذه الجلسات</translation>
    </message>
    <message>
        <source>Live stopped — %1</source>
        <translation>توقف المباشر — %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <source>Live status</source>
        <translation>حالة المباشر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation>%1 — SessionScope</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>بيانات تجريبية من %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>تم نسخ %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Reload from the first page</source>
        <translation>إعادة التحميل من ال&amp;صفحة الأولى</translation>
    </message>
    <message>
        <source>Load &amp;all pages</source>
        <translation>تحميل &amp;كل الصفحات</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>Arrival &amp;order (as the server sent them)</source>
        <translation>ترتيب ال&amp;وصول (كما أرسلها الخادم)</translation>
    </message>
    <message>
        <source>Relative &amp;times (&quot;5 min ago&quot;)</source>
        <translation>أوقات &amp;نسبية («قبل 5 د»)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>الأوقات بتوقيت &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Search loaded sessions</source>
        <translation>البحث في الجلسات المحمّ&amp;لة</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>ات&amp;صال</translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation>&amp;طرق العرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation>&amp;حول SessionScope</translation>
    </message>
    <message>
        <source>About SessionScope</source>
        <translation>حول SessionScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Browse, watch live and export sessions from Century Smart IA, Treasure Workflow and Mobile Next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;تصفّح الجلسات وتابعها مباشرةً وصدّرها من Century Smart IA وTreasure Workflow وMobile Next.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the ta&amp;ble</source>
        <translation>الانتقال إلى ال&amp;جدول</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>إعادة &amp;ضبط المرشّحات</translation>
    </message>
</context>
<context>
    <name>ManageConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>إدارة الاتصالات</translation>
    </message>
    <message>
        <source>Forget the key (it is removed from the keychain) and close the data; the connection stays.</source>
        <translation>نسيان المفتاح (يُزال من سلسلة المفاتيح) وإغلاق البيانات؛ ويبقى الاتصال.</translation>
    </message>
    <message>
        <source>Remove the connection, its key and its saved views.</source>
        <translation>إزالة الاتصال ومفتاحه وطرق العرض المحفوظة له.</translation>
    </message>
    <message>
        <source>The demo connections are always there and need no key.</source>
        <translation>الاتصالات التجريبية موجودة دائمًا ولا تحتاج إلى مفتاح.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>حذف الاتصال</translation>
    </message>
    <message>
        <source>Delete “%1”? Its key is removed from the keychain and its saved views are deleted.</source>
        <translation>هل تريد حذف «%1»؟ سيُزال مفتاحه من سلسلة المفاتيح وتُحذف طرق العرض المحفوظة له.</translation>
    </message>
</context>
<context>
    <name>MobileNextDetailView</name>
    <message>
        <source>Not yet (device still held)</source>
        <translation>ليس بعد (الجهاز لا يزال مشغولًا)</translation>
    </message>
</context>
<context>
    <name>MobileNextSource</name>
    <message>
        <source>More than %1 sessions were created at the same instant (%2); some of them may be missing.</source>
        <translation>أُنشئت أكثر من %1 جلسة في اللحظة نفسها (%2)؛ قد يكون بعضها مفقودًا.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The connection was closed.</source>
        <translation>أُغلق الاتصال.</translation>
    </message>
    <message>
        <source>The server sent a page that could not be read. Loading stopped; the rows loaded so far are kept.</source>
        <translation>أرسل الخادم صفحة تعذّرت قراءتها. توقف التحميل؛ ويُحتفظ بالصفوف المحمّلة حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on page %1 were incomplete and could not be shown.</source>
        <translation>
            <numerusform>لا جلسات ناقصة في الصفحة %1.</numerusform>
            <numerusform>جلسة واحدة في الصفحة %1 كانت ناقصة وتعذّر عرضها.</numerusform>
            <numerusform>جلستان في الصفحة %1 كانتا ناقصتين وتعذّر عرضهما.</numerusform>
            <numerusform>%n جلسات في الصفحة %1 كانت ناقصة وتعذّر عرضها.</numerusform>
            <numerusform>%n جلسة في الصفحة %1 كانت ناقصة وتعذّر عرضها.</numerusform>
            <numerusform>%n جلسة في الصفحة %1 كانت ناقصة وتعذّر عرضها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions changed while they were loading (the total went from %1 to %2).</source>
        <translation>تغيّرت الجلسات أثناء تحميلها (تغيّر المجموع من %1 إلى %2).</translation>
    </message>
    <message>
        <source>The server sent the same page position twice, so loading stopped to avoid going round in circles. The rows loaded so far are kept.</source>
        <translation>أرسل الخادم موضع الصفحة نفسه مرتين، فتوقف التحميل لتجنّب الدوران في حلقة مفرغة. ويُحتفظ بالصفوف المحمّلة حتى الآن.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages, the most one list may have. The rows loaded so far are kept; narrow the filters to see the rest.</source>
        <translation>توقف التحميل بعد %1 صفحة، وهو الحد الأقصى للقائمة الواحدة. ويُحتفظ بالصفوف المحمّلة حتى الآن؛ ضيّق المرشّحات لرؤية الباقي.</translation>
    </message>
    <message>
        <source>The server kept sending pages without new sessions, so loading stopped. The rows loaded so far are kept.</source>
        <translation>استمر الخادم في إرسال صفحات بلا جلسات جديدة، فتوقف التحميل. ويُحتفظ بالصفوف المحمّلة حتى الآن.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of menus and messages; dates and numbers follow it too.</source>
        <translation>لغة القوائم والرسائل؛ وتتبعها التواريخ والأرقام أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>SessionScope will speak the new language the next time it starts.</source>
        <translation>سيستخدم SessionScope اللغة الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Dates, numbers and the CSV &quot;Excel on this computer&quot; format follow the language.</source>
        <translation>تتبع التواريخ والأرقام وتنسيق CSV «Excel على هذا الحاسوب» اللغةَ.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>A %1 filter has no date.</source>
        <translation>مرشّح %1 بلا تاريخ.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;after&quot; limit.</source>
        <translation>لا يمكن أن يكون لـ %1 إلا حدّ «بعد» واحد.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;before&quot; limit.</source>
        <translation>لا يمكن أن يكون لـ %1 إلا حدّ «قبل» واحد.</translation>
    </message>
    <message>
        <source>The %1 range is empty: its start is after its end.</source>
        <translation>نطاق %1 فارغ: بدايته بعد نهايته.</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date; remove the end date filter.</source>
        <translation>ليس للجلسات قيد التقدم تاريخ انتهاء؛ أزل مرشّح تاريخ الانتهاء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id.</source>
        <translation>«%1» ليس معرّف %2 صالحًا.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>يجب أن يكون حجم الصفحة بين 1 و%1.</translation>
    </message>
    <message>
        <source>A status filter only applies to the &quot;All&quot; scope.</source>
        <translation>لا ينطبق مرشّح الحالة إلا على النطاق «الكل».</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date to sort by.</source>
        <translation>ليس للجلسات قيد التقدم تاريخ انتهاء للترتيب حسبه.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>A subject filter is empty.</source>
        <translation>مرشّح المادة فارغ.</translation>
    </message>
</context>
<context>
    <name>QueryJson</name>
    <message>
        <source>the query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>&quot;dates&quot; in the query must be a list</source>
        <translation>يجب أن يكون «dates» في الاستعلام قائمة</translation>
    </message>
    <message>
        <source>a date condition</source>
        <translation>شرط تاريخ</translation>
    </message>
    <message>
        <source>a date condition must be an object</source>
        <translation>يجب أن يكون شرط التاريخ كائنًا</translation>
    </message>
    <message>
        <source>a date condition needs &quot;ms&quot;, a time in milliseconds</source>
        <translation>يحتاج شرط التاريخ إلى «ms»، وهو وقت بالمللي ثانية</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search loaded sessions (Ctrl+F)</source>
        <translation>البحث في الجلسات المحمّلة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>بحث سريع</translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text. It does not ask the server for more.</source>
        <translation>يعرض الصفوف المحمّلة التي تحتوي على هذا النص فقط. ولا يطلب المزيد من الخادم.</translation>
    </message>
    <message>
        <source>The quick search and the status buttons look only at rows already loaded.</source>
        <translation>لا ينظر البحث السريع وأزرار الحالة إلا في الصفوف المحمّلة.</translation>
    </message>
    <message>
        <source>searches the loaded rows</source>
        <translation>يبحث في الصفوف المحمّلة</translation>
    </message>
    <message>
        <source>filters the one loaded row</source>
        <translation>يصفّي الصف المحمّل الوحيد</translation>
    </message>
    <message numerus="yes">
        <source>filters the %Ln loaded rows</source>
        <translation>
            <numerusform>يصفّي الصفوف المحمّلة</numerusform>
            <numerusform>يصفّي الصف المحمّل</numerusform>
            <numerusform>يصفّي الصفين المحمّلين</numerusform>
            <numerusform>يصفّي الصفوف المحمّلة الـ %Ln</numerusform>
            <numerusform>يصفّي الصفوف المحمّلة الـ %Ln</numerusform>
            <numerusform>يصفّي الصفوف المحمّلة الـ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln loaded rows match</source>
        <translation>
            <numerusform>لا يطابق أي صف محمّل</numerusform>
            <numerusform>الصف المحمّل لا يطابق</numerusform>
            <numerusform>لا يطابق أيّ من الصفين المحمّلين</numerusform>
            <numerusform>لا يطابق أيّ من الصفوف المحمّلة الـ %Ln</numerusform>
            <numerusform>لا يطابق أيّ من الصفوف المحمّلة الـ %Ln</numerusform>
            <numerusform>لا يطابق أيّ من الصفوف المحمّلة الـ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded rows match</source>
        <translation>
            <numerusform>%1 من %Ln صف محمّل تطابق</numerusform>
            <numerusform>%1 من صف محمّل واحد يطابق</numerusform>
            <numerusform>%1 من صفين محمّلين تطابق</numerusform>
            <numerusform>%1 من %Ln صفوف محمّلة تطابق</numerusform>
            <numerusform>%1 من %Ln صفًا محمّلًا تطابق</numerusform>
            <numerusform>%1 من %Ln صف محمّل تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text; %1.</source>
        <translation>يعرض الصفوف المحمّلة التي تحتوي على هذا النص فقط؛ %1.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>بعد %1</translation>
    </message>
</context>
<context>
    <name>SavedViewJson</name>
    <message>
        <source>This is not a view SessionScope can open: %1.</source>
        <translation>هذه ليست طريقة عرض يستطيع SessionScope فتحها: %1.</translation>
    </message>
    <message>
        <source>the JSON is broken near character %1 (%2)</source>
        <translation>JSON تالف قرب الحرف %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>لا يحتوي الملف على كائن JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>«format» ليس «%1»</translation>
    </message>
    <message>
        <source>it is version %1; this SessionScope reads version %2</source>
        <translation>إنه الإصدار %1؛ وهذا الإصدار من SessionScope يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>طريقة العرض</translation>
    </message>
    <message>
        <source>the backend &quot;%1&quot; is not one SessionScope knows (century, treasure, mobilenext)</source>
        <translation>الخدمة «%1» غير معروفة لدى SessionScope (century وtreasure وmobilenext)</translation>
    </message>
    <message>
        <source>the view has no name</source>
        <translation>ليس لطريقة العرض اسم</translation>
    </message>
    <message>
        <source>&quot;live&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة «live» إما true أو false</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object</source>
        <translation>يجب أن يكون «query» كائنًا</translation>
    </message>
    <message>
        <source>&quot;statusMask&quot; must be a whole number from 0 to 4294967295</source>
        <translation>يجب أن يكون «statusMask» عددًا صحيحًا من 0 إلى 4294967295</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Import view…</source>
        <translation>ا&amp;ستيراد طريقة عرض…</translation>
    </message>
    <message>
        <source>Save the current view (filters, columns, sort) as a small file to share; no key and no session data</source>
        <translation>حفظ طريقة العرض الحالية (المرشّحات والأعمدة والترتيب) في ملف صغير للمشاركة؛ دون مفتاح ودون بيانات جلسات</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>طريقة العرض «%1»</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>اسم طريقة العرض:</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>حُفظت طريقة العرض «%1»</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>إعادة تسمية طريقة العرض</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>حذف طريقة العرض</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>هل تريد حذف طريقة العرض «%1»؟</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;حفظ طريقة العرض…</translation>
    </message>
    <message>
        <source>%1 (start-up)</source>
        <translation>%1 (عند البدء)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>Open at &amp;start-up</source>
        <translation>الفتح عند ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation>تعذّرت كتابة طريقة العرض إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SessionScope view.</source>
        <translation>%1 أكبر من أن يكون طريقة عرض لـ SessionScope.</translation>
    </message>
    <message>
        <source>This view is for %1: open a %1 connection first, then import it.</source>
        <translation>طريقة العرض هذه لـ %1: افتح اتصال %1 أولًا، ثم استوردها.</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>طريقة عرض %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>تصدير طريقة العرض</translation>
    </message>
    <message>
        <source>SessionScope view (*.json)</source>
        <translation>طريقة عرض SessionScope (*.json)</translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>صُدّرت طريقة العرض إلى %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>استيراد طريقة عرض</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>تصدير &amp;طريقة العرض…</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>مباشرة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (the API says &quot;%2&quot;)</source>
        <translation>%1 (تقول واجهة API: «%2»)</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 حتى الآن</translation>
    </message>
    <message>
        <source>%1 — personal data, left out of exports unless chosen</source>
        <translation>%1 — بيانات شخصية، تُستبعد من التصدير ما لم تُختر</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>One row per session. Enter shows every detail of the selected session.</source>
        <translation>صف لكل جلسة. يعرض Enter كل تفاصيل الجلسة المحدّدة.</translation>
    </message>
    <message>
        <source>No columns yet</source>
        <translation>لا أعمدة بعد</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>استعادة الأعمدة الافتراضية</translation>
    </message>
</context>
<context>
    <name>StatusChipRow</name>
    <message>
        <source>Show %1 sessions</source>
        <translation>إظهار الجلسات «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status chip: name (count of loaded rows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: shown. Click to hide these loaded rows.</source>
        <translation>%1: ظاهرة. انقر لإخفاء هذه الصفوف المحمّلة.</translation>
    </message>
    <message>
        <source>%1: hidden. Click to show these loaded rows.</source>
        <translation>%1: مخفية. انقر لإظهار هذه الصفوف المحمّلة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded sessions</source>
        <translation>
            <numerusform>لا جلسات محمّلة</numerusform>
            <numerusform>جلسة محمّلة واحدة</numerusform>
            <numerusform>جلستان محمّلتان</numerusform>
            <numerusform>%Ln جلسات محمّلة</numerusform>
            <numerusform>%Ln جلسة محمّلة</numerusform>
            <numerusform>%Ln جلسة محمّلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasureDetailView</name>
    <message>
        <source>No parameters.</source>
        <translation>لا معاملات.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>نسخ JSON</translation>
    </message>
    <message>
        <source>Copy the parameters as JSON</source>
        <translation>نسخ المعاملات بصيغة JSON</translation>
    </message>
    <message>
        <source>the parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Not yet (still running)</source>
        <translation>ليس بعد (لا تزال قيد التشغيل)</translation>
    </message>
    <message>
        <source>Puts the workflow&apos;s parameters on the clipboard, indented</source>
        <translation>ينسخ معاملات سير العمل إلى الحافظة بمسافات بادئة</translation>
    </message>
    <message>
        <source>The parameters this attempt ran with, as a tree</source>
        <translation>المعاملات التي شُغّلت بها هذه المحاولة، على شكل شجرة</translation>
    </message>
</context>
<context>
    <name>Upn</name>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>temporary UPN</source>
        <translation>UPN مؤقت</translation>
    </message>
    <message>
        <source>not 13 characters long</source>
        <translation>ليس بطول 13 حرفًا</translation>
    </message>
    <message>
        <source>not in the UPN format</source>
        <translation>ليس بتنسيق UPN</translation>
    </message>
    <message>
        <source>check letter does not match</source>
        <translation>حرف التحقق غير مطابق</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Smart Initial Assessment sessions of your pupils</source>
        <translation>جلسات التقييم الأولي الذكي لطلابك</translation>
    </message>
    <message>
        <source>Workflow sessions and their attempts</source>
        <translation>جلسات سير العمل ومحاولاتها</translation>
    </message>
    <message>
        <source>Device sessions on real phones and simulators</source>
        <translation>جلسات الأجهزة على هواتف حقيقية ومحاكيات</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب النسخة التجريبية</translation>
    </message>
    <message>
        <source>Welcome to SessionScope</source>
        <translation>مرحبًا بك في SessionScope</translation>
    </message>
    <message>
        <source>See who is taking a session now, who has finished and how it went — then export it for your spreadsheet or MIS.</source>
        <translation>اعرف من يؤدي جلسة الآن ومن انتهى وكيف كان أداؤه — ثم صدّر ذلك إلى جدول البيانات أو نظام معلومات المدرسة.</translation>
    </message>
    <message>
        <source>Opens made-up Century sessions that start and finish while you watch. No account or key needed.</source>
        <translation>يفتح جلسات Century وهمية تبدأ وتنتهي أمام عينيك. لا حاجة إلى حساب أو مفتاح.</translation>
    </message>
    <message>
        <source>Made-up pupils and live sessions — no account needed.</source>
        <translation>طلاب وهميون وجلسات مباشرة — لا حاجة إلى حساب.</translation>
    </message>
    <message>
        <source>Or connect with your API key:</source>
        <translation>أو اتصل باستخدام مفتاح API الخاص بك:</translation>
    </message>
    <message>
        <source>Connect to %1…</source>
        <translation>الاتصال بـ %1…</translation>
    </message>
</context>
</TS>
