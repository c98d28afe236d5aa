#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <cmath>
#include <optional>
#include <utility>

// A JSON number as a whole number within [min, max], else std::nullopt. The range is checked
// before any conversion: turning a double outside the target type into an integer is
// undefined behaviour (the fuzzer fed "statusMask": 1e300). Keep |min|, |max| <= 2^53, where
// doubles still hold every whole number, so that what is read is what gets written back.
inline std::optional<qint64> jsonWholeNumber(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= min && d <= max) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

// The enum value whose name (in a table of (value, name) pairs) is `text`.
template<typename Enum, std::size_t N>
std::optional<Enum> jsonEnumValue(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}


// Reads the fields of one JSON object strictly, keeping the first problem as a sentence for the
// user: an unknown key, a wrong type or an unknown enum name. Used for files a user may edit.
class JsonFieldReader final
{
public:
    JsonFieldReader(const QJsonObject &object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    {}

    bool rejectUnknown(const QSet<QString> &known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(QCoreApplication::translate("JsonFieldReader", "unknown field \"%1\" in %2").arg(it.key(), m_context));
        }
        return true;
    }

    template<typename Enum, std::size_t N>
    void readEnum(const char *key, const std::array<std::pair<Enum, const char *>, N> &names, Enum *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const std::optional<Enum> value = jsonEnumValue(names, v.toString());
        if (!v.isString() || !value) {
            fail(QCoreApplication::translate("JsonFieldReader", "\"%1\" in %2 has an unknown value").arg(QLatin1String(key), m_context));
            return;
        }
        *out = *value;
    }

    void readInt(const char *key, int min, int max, int *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const std::optional<qint64> number = jsonWholeNumber(v, min, max);
        if (!number) {
            fail(QCoreApplication::translate("JsonFieldReader", "\"%1\" in %2 must be a whole number from %3 to %4").arg(QLatin1String(key), m_context).arg(min).arg(max));
            return;
        }
        *out = int(*number);
    }

    void readStrings(const char *key, QStringList *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            fail(QCoreApplication::translate("JsonFieldReader", "\"%1\" in %2 must be a list of texts").arg(QLatin1String(key), m_context));
            return;
        }
        QStringList list;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString()) {
                fail(QCoreApplication::translate("JsonFieldReader", "\"%1\" in %2 must be a list of texts").arg(QLatin1String(key), m_context));
                return;
            }
            list.append(item.toString());
        }
        *out = list;
    }

    void readString(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString()) {
            fail(QCoreApplication::translate("JsonFieldReader", "\"%1\" in %2 must be a text").arg(QLatin1String(key), m_context));
            return;
        }
        *out = v.toString();
    }

    bool fail(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = problem;
        return false;
    }
    const QString &error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

