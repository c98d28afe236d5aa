#include "exportprogressprinter.h"

#include <QCoreApplication>
#include <QLocale>

#include <unistd.h>

namespace {

// Plain lines at most this often: a scheduled job's log gets a heartbeat, not a flood.
constexpr qint64 kPlainLineEveryMs = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportProgressPrinter", text);
}

} // namespace

ExportProgressPrinter::ExportProgressPrinter(FILE *stream)
    : m_stream(stream)
    , m_terminal(isatty(fileno(stream)) == 1)
{
}

QString ExportProgressPrinter::summary(const ExportProgress &p)
{
    const QLocale c = QLocale::c();
    QString text = p.expectedRows ? tr("%1 of %2 rows").arg(c.toString(p.rows), c.toString(*p.expectedRows))
                                  : tr("%1 rows").arg(c.toString(p.rows));
    if (p.pages > 0)
        text += QStringLiteral(", ") + (p.pages == 1 ? tr("1 page") : tr("%1 pages").arg(c.toString(p.pages)));
    if (p.remainingMs)
        text += QStringLiteral(", ") + tr("about %1 s left").arg((*p.remainingMs + 999) / 1000);
    return text;
}

QString ExportProgressPrinter::bar(const ExportProgress &p, int width)
{
    if (!p.expectedRows || *p.expectedRows <= 0)
        return QString();
    const double fraction = std::clamp(double(p.rows) / double(*p.expectedRows), 0.0, 1.0);
    const int filled = int(fraction * width);
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'))
        + QStringLiteral("] %1% ").arg(int(fraction * 100), 3);
}

void ExportProgressPrinter::show(const ExportProgress &progress)
{
    if (m_terminal) {
        const QString line = bar(progress, 30) + summary(progress);
        // \r and an erase-to-end-of-line: a shorter line leaves no tail of the longer one.
        std::fprintf(m_stream, "\r%s\033[K", line.toLocal8Bit().constData());
        std::fflush(m_stream);
        m_barShown = true;
        return;
    }
    if (m_lastLineMs >= 0 && progress.elapsedMs - m_lastLineMs < kPlainLineEveryMs)
        return;
    if (m_lastLineMs < 0 && progress.elapsedMs < kPlainLineEveryMs)
        return; // a quick export needs no heartbeat
    m_lastLineMs = progress.elapsedMs;
    std::fprintf(m_stream, "%s\n", (tr("Exporting: ") + summary(progress)).toLocal8Bit().constData());
    std::fflush(m_stream);
}

void ExportProgressPrinter::done()
{
    if (m_barShown) {
        std::fputc('\n', m_stream);
        std::fflush(m_stream);
        m_barShown = false;
    }
}
