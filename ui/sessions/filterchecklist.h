#pragma once

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QStringList>

class QFrame;
class QLineEdit;
class QListWidget;

// A drop-down of checkable choices (subjects, tests) that looks and opens like a combo box
// and reads "Subject: Any", "Subject: Maths" or "Subjects: 3". Ticks are collected while
// the list is open and reported once when it closes, so picking three subjects reloads the
// table once, not three times.
class FilterCheckList final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterCheckList)

public:
    // `noun` names one choice ("Subject"); `pluralNoun` several ("Subjects").
    FilterCheckList(const QString &noun, const QString &pluralNoun, QWidget *parent = nullptr);

    // (id, name) pairs, shown in this order; the ticks are kept.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    // What the list says while it has no choices, e.g. "No subjects in the loaded rows".
    void setEmptyText(const QString &text);
    // Shows these ids ticked; emits nothing.
    void setSelectedIds(const QStringList &ids);
    QStringList selectedIds() const { return m_selected; }

    void showPopup() override;
    void hidePopup() override;
    bool isPopupVisible() const;

signals:
    // The ticks changed between opening and closing the list. Ids keep the order they were
    // given in, new ones follow in the order ticked.
    void selectionEdited(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPopup();
    void fillList();
    void filterList(const QString &text);
    void onPopupHidden();
    void updateSummary();
    QString nameOf(const QString &id) const;

    QString m_noun;
    QString m_pluralNoun;
    QString m_emptyText;
    QList<QPair<QString, QString>> m_choices;
    QStringList m_selected;
    QStringList m_selectedAtOpen;
    QFrame *m_popup = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};
