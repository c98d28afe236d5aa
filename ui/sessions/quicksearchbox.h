#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

// The client-side quick search over the loaded rows, with a line saying how many of them
// match. Keystrokes are gathered for a moment so that one search runs per pause.
class QuickSearchBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearchBox)

public:
    static constexpr int kDebounceMs = 200;

    explicit QuickSearchBox(QWidget *parent = nullptr);

    // The text last reported by searchChanged().
    QString text() const { return m_reported; }
    // Empties the box and reports it at once when that is a change.
    void clear();
    void setLoadedCount(qsizetype shown, qsizetype loaded);
    void focusSearch();
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }

signals:
    void searchChanged(const QString &text);
    // Every keystroke, before the pause: lets the bar enable "Reset filters" at once.
    void typing();

private:
    void report();

    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_debounce;
    QString m_reported;
};
