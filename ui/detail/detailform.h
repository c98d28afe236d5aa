#pragma once

#include <QHash>
#include <QIcon>
#include <QString>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QToolButton;

// The read-only field list of the detail pane: group headings and "label  value [copy]" rows
// in one form layout, so labels line up across groups. Rows are created once and only their
// text changes per session (showSession runs on every selection change); a row without a
// value is hidden, and so is a heading whose rows are all hidden. Long values (UUIDs in a
// narrow dock) wrap under their label rather than being cut.
class DetailForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailForm)

public:
    explicit DetailForm(QWidget *parent = nullptr);

    // Starts a group; rows and widgets added after it belong to it.
    void addHeading(const QString &title);
    // A row identified by `key` (a column id, or the view's own name for a composed value).
    // Accessible names and the copy notice qualify `label` with the group ("Project: Id").
    // `wrapWords` false keeps the value on one line (ids: a UUID broken at its hyphens is hard
    // to read); the whole row then moves under its label when the pane is narrow.
    void addField(const QString &key, const QString &label, bool wrapWords = true);
    // A widget across the whole width (a JSON tree, the attempts list), in the current group.
    // The group's heading stays visible while the widget is not hidden.
    void addWidget(QWidget *widget);
    bool hasField(const QString &key) const { return m_index.contains(key); }

    // Shows `text` (plain text, never rich text: every value comes from a server) and hides the
    // row when it is empty. The copy button copies `copyText`, or `text` when that is empty.
    void setField(const QString &key, const QString &text, const QString &copyText = {});
    // A second, quieter line under the value, e.g. the UPN check ("valid", "check letter ...").
    void setNote(const QString &key, const QString &note);
    void setIcon(const QString &key, const QIcon &icon);
    // Call after a round of setField(): hides headings whose group has nothing to show.
    void updateHeadings();

    // Every visible group as "Heading\nLabel: value\n...", for "Copy all".
    QString plainText() const;

signals:
    // A copy button put the value of `what` ("Pupil: UPN") on the clipboard.
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString label;
        QString qualified; // "Project: Id": what a screen reader and the copy notice say
        int group = -1;
        QLabel *labelWidget = nullptr;
        QWidget *field = nullptr;
        QLabel *icon = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
        QToolButton *copy = nullptr;
        QString copyText;
        qint64 iconKey = 0;
        bool visible = true;
    };
    struct Group
    {
        QString title;
        QWidget *heading = nullptr;
        std::vector<int> rows;
        std::vector<QWidget *> widgets;
        bool visible = true;
    };

    void copyRow(int row);
    void setRowShown(Row &row, bool shown);

    QFormLayout *m_layout;
    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    QHash<QString, int> m_index;
    QIcon m_copyIcon;
};
