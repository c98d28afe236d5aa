#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class FilterPupilModel;
class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QScrollArea;
class QToolButton;

// Pupil filter: typing a name offers the pupils of the loaded rows; choosing one adds a
// removable chip and their userId. The chips scroll sideways, so a class list of thirty
// or more stays on one line.
class FilterPupilPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPupilPicker)

public:
    explicit FilterPupilPicker(QWidget *parent = nullptr);

    // (userId, name) pairs offered while typing.
    void setKnownPupils(const QList<QPair<QString, QString>> &pupils);
    // Shows these pupils as chips; emits nothing.
    void setUserIds(const QStringList &ids);
    QStringList userIds() const { return m_ids; }
    QLineEdit *searchEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

signals:
    void userIdsEdited(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitChipArea();
    void choose(const QString &userId);
    void chooseTyped();
    void remove(const QString &userId);
    void rebuildChips();
    QString nameOf(const QString &userId) const;

    QStringList m_ids;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    FilterPupilModel *m_model = nullptr;
    QScrollArea *m_chipArea = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QToolButton *m_clearAll = nullptr;
};
