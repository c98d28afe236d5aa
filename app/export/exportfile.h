#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QIODevice;
class QSaveFile;

// Where an export's bytes go: a QSaveFile, so that the target path only ever holds a
// complete file. Until commit() the data lives in a temporary file beside the target (on
// Linux an unnamed O_TMPFILE one, so even a killed process leaves nothing behind); cancel(),
// a failure or destruction discards it and leaves an existing target untouched.
//
// Permissions: a new file is created readable and writable by its owner only (0600), since
// an export holds pupil data; an existing file that is replaced keeps its permissions (its
// owner chose who may read it).
class ExportFile final
{
public:
    explicit ExportFile(QString path);
    // Writes straight through to a device the caller opened and owns (standard output for
    // `export -o -`): nothing to commit or roll back there.
    explicit ExportFile(QIODevice *device);
    ~ExportFile();
    Q_DISABLE_COPY_MOVE(ExportFile)

    [[nodiscard]] bool open();
    [[nodiscard]] bool write(const char *data, qsizetype size);
    [[nodiscard]] bool commit();
    void cancel();

    QString errorString() const { return m_error; }
    const QString &path() const { return m_path; } // empty for a device
    QString displayName() const; // the path as the user writes it, for messages

private:
    bool fail(const char *sentence, const QString &reason);

    QString m_path;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};
