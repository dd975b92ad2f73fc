#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int InformationVisibleMs = 8000;
}

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);

    m_close->setObjectName(u"messageBannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"✕"_s);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBanner::dismiss);

    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString background = u"#e3f2fd"_s;
    QString border = u"#1565c0"_s;
    switch (level) {
    case Level::Information:
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#fff8e1"_s;
        border = u"#f9a825"_s;
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = u"#ffebee"_s;
        border = u"#c62828"_s;
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    setStyleSheet(u"ic--MessageBanner { background-color: %1; border-left: 5px solid %2; border-bottom: 1px solid %2; }"
                  u" QLabel { color: #212121; }"_s.arg(background, border));

    if (level == Level::Information)
        m_autoHide->start(InformationVisibleMs);
    else
        m_autoHide->stop();
    show();
}

void MessageBanner::dismiss()
{
    m_autoHide->stop();
    const bool wasVisible = !isHidden();
    hide();
    m_text->clear();
    if (wasVisible)
        Q_EMIT dismissed();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace ic
