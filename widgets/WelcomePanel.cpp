#include "WelcomePanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QCommandLinkButton>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_workspace(new QLabel(this))
    , m_new(new QPushButton(tr("&New Incident…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_recentCaption(new QLabel(tr("Recent incidents"), this))
    , m_recent(new QWidget(this))
    , m_recentLayout(new QVBoxLayout(m_recent))
    , m_noRecent(new QLabel(tr("No recent incidents."), this))
{
    setObjectName(u"welcomePanel"_s);

    auto *heading = new QLabel(tr("No incident open"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    if (headingFont.pointSizeF() > 0)
        headingFont.setPointSizeF(headingFont.pointSizeF() * 2.0);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(
        tr("Declare a new incident to start its timeline, or open an incident file to continue or review it."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_workspace->setObjectName(u"welcomeWorkspace"_s);
    m_workspace->setAlignment(Qt::AlignCenter);
    m_workspace->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_workspace->hide();

    const QFont buttonFont = [&] {
        QFont f = m_new->font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 1.2);
        return f;
    }();
    m_new->setObjectName(u"welcomeNewButton"_s);
    m_open->setObjectName(u"welcomeOpenButton"_s);
    for (QPushButton *button : {m_new, m_open}) {
        button->setFont(buttonFont);
        button->setMinimumSize(180, button->sizeHint().height() + 12);
    }
    m_new->setDefault(true);
    m_new->setToolTip(tr("Declare a new incident (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_open->setToolTip(tr("Open an incident file (%1)")
                           .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_new, &QPushButton::clicked, this, &WelcomePanel::newIncidentRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    buttons->addSpacing(12);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    QFont captionFont = m_recentCaption->font();
    captionFont.setBold(true);
    m_recentCaption->setFont(captionFont);
    m_recent->setObjectName(u"welcomeRecentList"_s);
    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(2);
    m_noRecent->setStyleSheet(u"color: palette(placeholder-text);"_s);

    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    column->setMinimumWidth(360);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(explanation);
    columnLayout->addWidget(m_workspace);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_recentCaption);
    columnLayout->addWidget(m_recent);
    columnLayout->addWidget(m_noRecent);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(2);
    middle->addWidget(column);
    middle->addStretch(3);
    outer->addLayout(middle, 6);
    outer->addStretch(1);

    setRecentFiles({});
}

void WelcomePanel::setRecentFiles(const QStringList &files)
{
    m_recentFiles = files;
    const QList<QCommandLinkButton *> old = recentButtons();
    for (QCommandLinkButton *button : old)
        delete button;
    for (const QString &file : files) {
        const QFileInfo info(file);
        // One click opens it, as on any start page; the folder tells same-named files apart.
        auto *button = new QCommandLinkButton(info.completeBaseName(), QDir::toNativeSeparators(info.absoluteFilePath()),
                                              m_recent);
        button->setObjectName(u"recentEntry"_s);
        button->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(file)));
        connect(button, &QCommandLinkButton::clicked, this, [this, file] { Q_EMIT recentFileActivated(file); });
        m_recentLayout->addWidget(button);
    }
    m_recent->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

QList<QCommandLinkButton *> WelcomePanel::recentButtons() const
{
    return m_recent->findChildren<QCommandLinkButton *>(u"recentEntry"_s, Qt::FindDirectChildrenOnly);
}

void WelcomePanel::setWorkspaceName(const QString &name)
{
    m_workspace->setText(tr("Workspace: %1").arg(name));
    m_workspace->setVisible(!name.isEmpty());
}

} // namespace ic
