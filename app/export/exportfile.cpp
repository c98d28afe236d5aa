#include "exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

ExportFile::ExportFile(QString path) : m_path(std::move(path)) {}

ExportFile::ExportFile(QIODevice *device) : m_device(device) {}

ExportFile::~ExportFile()
{
    cancel();
}

QString ExportFile::displayName() const
{
    return m_device ? QCoreApplication::translate("Export", "the output") : QDir::toNativeSeparators(m_path);
}

bool ExportFile::fail(const char *sentence, const QString &reason)
{
    m_error = QCoreApplication::translate("Export", sentence).arg(displayName(), reason);
    cancel();
    return false;
}

bool ExportFile::open()
{
    m_error.clear();
    if (m_device) {
        if (!m_device->isWritable())
            return fail(QT_TRANSLATE_NOOP("Export", "Cannot write to %1: %2"),
                        QCoreApplication::translate("Export", "it is not open for writing"));
        return true;
    }
    const QFileInfo existing(m_path);
    if (existing.isDir())
        return fail(QT_TRANSLATE_NOOP("Export", "Cannot create %1: %2"),
                    QCoreApplication::translate("Export", "it is a folder"));
    // QSaveFile would only say "No such file or directory"; name what is missing.
    const QDir folder = existing.absoluteDir();
    if (!folder.exists())
        return fail(QT_TRANSLATE_NOOP("Export", "Cannot create %1: %2"),
                    QCoreApplication::translate("Export", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
    const bool existed = existing.exists();
    // The permissions of a file being replaced, read before the temporary file exists.
    const QFileDevice::Permissions kept = existed ? existing.permissions() : QFileDevice::Permissions();

    m_file = std::make_unique<QSaveFile>(m_path);
    // Never fall back to writing the target in place (QSaveFile's direct-write fallback):
    // that is exactly the partial file this class exists to prevent.
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(QT_TRANSLATE_NOOP("Export", "Cannot create %1: %2"), m_file->errorString());
    // Set on the temporary file before a single byte of data is in it; the rename at
    // commit() carries them over. QSaveFile alone would give a new file 0666 minus the umask.
    const QFileDevice::Permissions wanted =
        existed ? kept : QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!m_file->setPermissions(wanted))
        return fail(QT_TRANSLATE_NOOP("Export", "Cannot create %1: %2"), m_file->errorString());
    return true;
}

bool ExportFile::write(const char *data, qsizetype size)
{
    QIODevice *device = m_device ? m_device : m_file.get();
    if (!device)
        return false; // failed or cancelled earlier; m_error already says why
    qsizetype done = 0;
    while (done < size) {
        const qint64 n = device->write(data + done, size - done);
        if (n <= 0)
            return fail(QT_TRANSLATE_NOOP("Export", "Cannot write to %1: %2"), device->errorString());
        done += qsizetype(n);
    }
    return true;
}

bool ExportFile::commit()
{
    if (m_device)
        return true;
    if (!m_file)
        return false;
    if (!m_file->commit())
        return fail(QT_TRANSLATE_NOOP("Export", "Cannot save %1: %2"), m_file->errorString());
    m_file.reset();
    return true;
}

void ExportFile::cancel()
{
    if (!m_file)
        return;
    // cancelWriting() makes the destructor drop the temporary file instead of keeping it.
    m_file->cancelWriting();
    m_file.reset();
}
