#include "demojsonwriter.h"

DemoJsonWriter::DemoJsonWriter(QByteArray &out)
    : m_out(out)
{
}

void DemoJsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const quint64 bit = quint64(1) << m_depth;
    if (m_hasItem & bit)
        m_out.append(',');
    m_hasItem |= bit;
}

void DemoJsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    ++m_depth;
    m_hasItem &= ~(quint64(1) << m_depth);
}

void DemoJsonWriter::endObject()
{
    --m_depth;
    m_out.append('}');
}

void DemoJsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    ++m_depth;
    m_hasItem &= ~(quint64(1) << m_depth);
}

void DemoJsonWriter::endArray()
{
    --m_depth;
    m_out.append(']');
}

void DemoJsonWriter::key(std::string_view name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), qsizetype(name.size()));
    m_out.append("\":", 2);
    m_afterKey = true;
}

void DemoJsonWriter::string(std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    separate();
    m_out.append('"');
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.data() + runStart, qsizetype(i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"': m_out.append("\\\"", 2); break;
        case '\\': m_out.append("\\\\", 2); break;
        case '\n': m_out.append("\\n", 2); break;
        case '\r': m_out.append("\\r", 2); break;
        case '\t': m_out.append("\\t", 2); break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(utf8.data() + runStart, qsizetype(utf8.size() - runStart));
    m_out.append('"');
}

void DemoJsonWriter::number(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
}

void DemoJsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void DemoJsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void DemoJsonWriter::rawValue(std::string_view json)
{
    separate();
    m_out.append(json.data(), qsizetype(json.size()));
}
