#pragma once

#include "domain/backend.h"

#include <QWidget>

class QPushButton;

// What the window shows while no connection is open (the first start especially): try the
// demo, or connect to one of the three services.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton(Backend backend) const;

signals:
    void demoRequested();
    void connectRequested(Backend backend);

private:
    QPushButton *m_demo;
    QList<QPushButton *> m_connect; // indexed by int(Backend)
};
