#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace jsonfields {

// Pages repeat the same few values in every row (status, test name, subject, level): this
// turns a run of equal values into one shared QString instead of one allocation per row,
// which is both faster and what the store wants (implicit sharing).
class RepeatedString final
{
public:
    QString get(std::string_view text)
    {
        if (m_valid && text == m_last)
            return m_value;
        m_last.assign(text.data(), text.size());
        m_value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        m_valid = true;
        return m_value;
    }

private:
    std::string m_last;
    QString m_value;
    bool m_valid = false;
};

} // namespace jsonfields
