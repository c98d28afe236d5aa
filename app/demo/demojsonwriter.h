#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <string_view>

// Appends compact JSON to a QByteArray, fields in the order they are written. The demo
// writes bodies by hand rather than through QJsonObject because QJsonObject sorts keys
// (the published examples do not) and because serving speed is a benchmark figure.
// Strings are UTF-8; quotes, backslashes and control characters are escaped.
class DemoJsonWriter final
{
public:
    explicit DemoJsonWriter(QByteArray &out);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void string(std::string_view utf8);
    void string(const QByteArray &utf8) { string(std::string_view(utf8.constData(), std::size_t(utf8.size()))); }
    void number(qint64 value);
    void boolean(bool value);
    void null();
    void rawValue(std::string_view json); // already valid JSON

    // key + value shorthands
    void field(std::string_view name, std::string_view utf8) { key(name); string(utf8); }
    void field(std::string_view name, const char *utf8) { key(name); string(std::string_view(utf8)); }
    void field(std::string_view name, const QByteArray &utf8) { key(name); string(utf8); }
    void field(std::string_view name, qint64 value) { key(name); number(value); }
    void fieldBool(std::string_view name, bool value) { key(name); boolean(value); }
    void fieldNull(std::string_view name) { key(name); null(); }

private:
    void separate();

    QByteArray &m_out;
    quint64 m_hasItem = 0; // one bit per nesting level: a comma is due before the next item
    int m_depth = 0;
    bool m_afterKey = false;
};
