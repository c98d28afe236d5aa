#include "welcomepage.h"

#include <QFrame>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString connectBlurb(Backend backend)
{
    switch (backend) {
    case Backend::Century: return WelcomePage::tr("Smart Initial Assessment sessions of your pupils");
    case Backend::Treasure: return WelcomePage::tr("Workflow sessions and their attempts");
    case Backend::MobileNext: return WelcomePage::tr("Device sessions on real phones and simulators");
    }
    return {};
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try the demo"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sessionscope.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to SessionScope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *intro = new QLabel(tr("See who is taking a session now, who has finished and how it went — "
                                "then export it for your spreadsheet or MIS."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_demo->setDefault(true);
    m_demo->setMinimumHeight(40);
    QFont demoFont = m_demo->font();
    demoFont.setWeight(QFont::DemiBold);
    m_demo->setFont(demoFont);
    m_demo->setToolTip(tr("Opens made-up Century sessions that start and finish while you watch. "
                          "No account or key needed."));
    auto *demoNote = new QLabel(tr("Made-up pupils and live sessions — no account needed."), this);
    demoNote->setAlignment(Qt::AlignHCenter);
    demoNote->setForegroundRole(QPalette::PlaceholderText);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *connectTitle = new QLabel(tr("Or connect with your API key:"), this);
    QFont connectFont = connectTitle->font();
    connectFont.setWeight(QFont::DemiBold);
    connectTitle->setFont(connectFont);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
        auto *button = new QPushButton(tr("Connect to %1…").arg(backendDisplayName(backend)), this);
        button->setObjectName(QStringLiteral("connect-%1").arg(backendId(backend)));
        button->setMinimumHeight(32);
        auto *blurb = new QLabel(connectBlurb(backend), this);
        blurb->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(button, row, 0);
        grid->addWidget(blurb, row, 1);
        ++row;
        m_connect.append(button);
        connect(button, &QPushButton::clicked, this, [this, backend] { emit connectRequested(backend); });
    }
    grid->setColumnStretch(1, 1);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(14);
    column->addWidget(m_demo);
    column->addWidget(demoNote);
    column->addSpacing(18);
    column->addWidget(line);
    column->addSpacing(6);
    column->addWidget(connectTitle);
    column->addLayout(grid);

    auto *card = new QWidget(this);
    card->setLayout(column);
    card->setMaximumWidth(560);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

WelcomePage::~WelcomePage() = default;

QPushButton *WelcomePage::connectButton(Backend backend) const
{
    return m_connect.value(int(backend));
}
