#pragma once

#include "detailicons.h"

#include "domain/backend.h"
#include "domain/columndescriptor.h"
#include "domain/valueformatter.h"

#include <QSet>
#include <QWidget>

#include <initializer_list>
#include <memory>

class ApiClient;
class DetailForm;
class SessionSource;
class QVBoxLayout;

// One row of a view's layout: `key` is a column id (the row then shows that column, with its
// header unless `label` says otherwise) or a name of the view's own for a composed value.
// `label` is untranslated (context "DetailPane"); nullptr takes the column's header.
struct DetailRowSpec
{
    const char *key;
    const char *label;
};

// The body of the detail pane for one backend: group headings and rows built once, then only
// refilled per session. Values come from the backend's column descriptors, so a header or a
// format is defined once for the table, the exports and this pane; a column a view does not
// place itself lands in a final "More" group, so no field is ever left out.
class DetailBackendView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailBackendView)

public:
    ~DetailBackendView() override;

    virtual Backend backend() const = 0;
    void showRecord(const SessionRecord &record, const ColumnList &columns, const DisplayOptions &options);
    // What on-demand parts need (Treasure's attempts); either may be null.
    virtual void setConnection(const std::shared_ptr<const SessionSource> &source, ApiClient *client);
    // The pane shows no session any more: drop what belongs to the old one (loads in flight).
    virtual void clearSession() {}
    // Everything shown, as text, for "Copy all".
    virtual QString plainText() const;

signals:
    void copied(const QString &label);

protected:
    DetailBackendView(const ColumnList &columns, QWidget *parent);

    DetailForm *form() const { return m_form; }
    const DetailIcons &icons() const { return m_icons; }
    void addGroup(const char *title, std::initializer_list<DetailRowSpec> rows);
    void addWidget(QWidget *widget);
    // Columns this view shows in its own way (so they do not land in "More").
    void consume(std::initializer_list<const char *> keys);
    // A view's own text for a column's row (true), e.g. e-mails one per line; false: the
    // column's formatted value.
    virtual bool customText(const QString &key, const SessionRecord &record, const DisplayOptions &options,
                            QString *text) const;
    // What is not a column: notes, the parameters tree, the attempts history.
    virtual void showDetail(const SessionRecord &record, const DisplayOptions &options);
    // "Completed (COMPLETED)": the dashboard's status and, when it differs, the backend's.
    static QString statusText(const SessionRecord &record);

    static QString columnText(const ColumnList &columns, QStringView id, const SessionRecord &record,
                              const DisplayOptions &options);

private:
    void addMoreRows(const ColumnList &columns);

    ColumnList m_columns; // the backend's list at construction, for headers
    DetailForm *m_form;
    DetailIcons m_icons;
    QSet<QString> m_consumed;
    bool m_hasMoreGroup = false;
};
