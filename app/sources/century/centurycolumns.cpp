#include "centurycolumns.h"

#include "sources/columnfactory.h"

namespace century {

using namespace columns;
using D = CenturyDetail;

namespace {

ColumnList build()
{
    ColumnList list{
        statusColumn(),
        detailField<D>("pupil", QT_TRANSLATE_NOOP("Columns", "Pupil"), ColumnType::Text, &D::fullName),
        detailField<D>("username", QT_TRANSLATE_NOOP("Columns", "Username"), ColumnType::Identifier, &D::username),
        detailField<D>("subject", QT_TRANSLATE_NOOP("Columns", "Subject"), ColumnType::Text, &D::subject),
        detailField<D>("test", QT_TRANSLATE_NOOP("Columns", "Assessment"), ColumnType::Text, &D::testName),
        startedColumn(QT_TRANSLATE_NOOP("Columns", "Started")),
        endedColumn(QT_TRANSLATE_NOOP("Columns", "Finished")),
        detailField<D>("duration", QT_TRANSLATE_NOOP("Columns", "Duration"), ColumnType::Duration, &D::durationSeconds),
        detailField<D>("level", QT_TRANSLATE_NOOP("Columns", "Level"), ColumnType::Text, &D::level),
        detailField<D>("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), ColumnType::Text, &D::firstName, kHidden),
        detailField<D>("middle_name", QT_TRANSLATE_NOOP("Columns", "Middle name"), ColumnType::Text, &D::middleName, kHidden),
        detailField<D>("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), ColumnType::Text, &D::lastName, kHidden),
        detailField<D>("upn", QT_TRANSLATE_NOOP("Columns", "UPN"), ColumnType::Identifier, &D::upn, kPersonal),
        detailField<D>("external_id", QT_TRANSLATE_NOOP("Columns", "External id"), ColumnType::Identifier, &D::externalId, kHidden),
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("Columns", "Emails"), ColumnType::Text, false, true,
         [](const SessionRecord &r) -> QVariant {
             const auto *d = std::get_if<D>(&r.detail);
             return d ? textOrNull(d->emails.join(QStringLiteral("; "))) : QVariant();
         }},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("Columns", "Gender"), ColumnType::Text, false, true,
         [](const SessionRecord &r) -> QVariant {
             const auto *d = std::get_if<D>(&r.detail);
             if (!d)
                 return {};
             switch (d->gender) {
             case Gender::Male: return QStringLiteral("male");
             case Gender::Female: return QStringLiteral("female");
             case Gender::Other: return QStringLiteral("other");
             case Gender::Unknown: break;
             }
             // genderRaw holds only values the enum cannot say (sessionrecord.h).
             return d->genderRaw.isEmpty() ? QStringLiteral("unknown") : d->genderRaw;
         }},
        detailField<D>("date_of_birth", QT_TRANSLATE_NOOP("Columns", "Date of birth"), ColumnType::Date, &D::dateOfBirthMs, kPersonal),
        detailField<D>("user_id", QT_TRANSLATE_NOOP("Columns", "Pupil id"), ColumnType::Identifier, &D::userId, kHidden),
        detailField<D>("test_id", QT_TRANSLATE_NOOP("Columns", "Test id"), ColumnType::Identifier, &D::testId, kHidden),
        detailField<D>("test_version_id", QT_TRANSLATE_NOOP("Columns", "Test version id"), ColumnType::Identifier, &D::testVersionId, kHidden),
        detailField<D>("result_created", QT_TRANSLATE_NOOP("Columns", "Result created"), ColumnType::DateTime, &D::resultCreatedMs, kHidden),
        backendStatusColumn(),
        idColumn(QT_TRANSLATE_NOOP("Columns", "Session id")),
    };
    return list;
}

} // namespace

const ColumnList &sessionColumns()
{
    static const ColumnList list = build();
    return list;
}

} // namespace century
