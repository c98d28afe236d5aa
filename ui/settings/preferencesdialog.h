#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Edit > Preferences: the interface language. The choice is saved and takes effect at the
// next start: every widget sets its texts once, so switching live would mean rebuilding the
// window around the user's open connection.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    QComboBox *languageBox() const { return m_language; }
    QString chosenLanguage() const;

private:
    void updateNote();

    QComboBox *m_language;
    QLabel *m_note;
    QString m_startLanguage;
};
