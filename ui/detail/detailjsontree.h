#pragma once

#include <QByteArray>
#include <QTreeWidget>

class QJsonValue;

// Free JSON (a Treasure attempt's params) as an expandable key/value tree. Built only when the
// text changes, so a live refresh of the same session keeps what the user expanded. Large
// documents are cut at kMaxItems items with a row saying so; the height follows the visible
// rows up to kMaxVisibleRows, so the pane scrolls as one page rather than tree in tree.
class DetailJsonTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailJsonTree)

public:
    static constexpr int kMaxItems = 2000;
    static constexpr int kMaxVisibleRows = 12;

    explicit DetailJsonTree(QWidget *parent = nullptr);

    // Compact or pretty JSON text; text that is not JSON is shown as it is, in one row.
    void setJson(const QByteArray &json);
    const QByteArray &json() const { return m_json; }
    // The document pretty-printed, for "Copy JSON".
    QString prettyText() const;
    // No keys at all ({} or []): the view shows "No parameters" instead.
    bool isEmptyDocument() const { return m_empty; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitKeyColumn();
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int depth);
    void fitHeight();

    QByteArray m_json;
    bool m_empty = true;
    bool m_jsonParsed = false;
    int m_items = 0;
    int m_keyWidth = 0;
    int m_rowHeight = 0;
};
