#include "IncidentStatusIndicators.h"

#include "Presentation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ic {

IncidentStatusIndicators::IncidentStatusIndicators(QWidget *parent)
    : QWidget(parent)
    , m_noIncident(new QLabel(tr("No incident open"), this))
    , m_status(new QLabel(this))
    , m_severity(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_readOnly(new QLabel(tr("READ-ONLY"), this))
    , m_clock(new QLabel(this))
{
    setObjectName(u"statusIndicators"_s);
    m_noIncident->setObjectName(u"statusNoIncident"_s);
    m_status->setObjectName(u"statusStatus"_s);
    m_severity->setObjectName(u"statusSeverity"_s);
    m_elapsed->setObjectName(u"statusElapsed"_s);
    m_readOnly->setObjectName(u"statusReadOnly"_s);
    m_clock->setObjectName(u"statusClock"_s);

    m_readOnly->setStyleSheet(presentation::chipStyleSheet({QColor(0x42, 0x42, 0x42), Qt::white}, 1));
    m_readOnly->setToolTip(tr("The file is open read-only; nothing can be added"));
    m_noIncident->setStyleSheet(u"color: palette(placeholder-text);"_s);

    QFont mono = m_elapsed->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(u"monospace"_s);
    m_elapsed->setFont(mono);
    m_clock->setFont(mono);
    m_clock->setToolTip(tr("Current time in UTC and in the local time zone"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    layout->addWidget(m_noIncident);
    layout->addWidget(m_status);
    layout->addWidget(m_severity);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_readOnly);
    layout->addStretch(1);
    layout->addWidget(m_clock);

    clear();
    tick(QDateTime::currentMSecsSinceEpoch());
}

void IncidentStatusIndicators::setState(const IncidentState &state, bool readOnly)
{
    m_state = state;
    m_hasState = true;
    m_noIncident->hide();

    m_status->setText(tr("Status: %1").arg(statusDisplayName(state.status)));
    m_status->setStyleSheet(presentation::chipStyleSheet(presentation::statusColors(state.status), 1));
    m_status->show();
    m_severity->setText(severityName(state.severity));
    m_severity->setToolTip(presentation::severityLabel(state.severity));
    m_severity->setStyleSheet(presentation::chipStyleSheet(presentation::severityColors(state.severity), 1));
    m_severity->show();
    m_elapsed->show();
    m_readOnly->setVisible(readOnly);
    tick(QDateTime::currentMSecsSinceEpoch());
}

void IncidentStatusIndicators::clear()
{
    m_state = {};
    m_hasState = false;
    m_noIncident->show();
    m_status->hide();
    m_severity->hide();
    m_elapsed->hide();
    m_readOnly->hide();
}

void IncidentStatusIndicators::tick(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QDateTime local = now.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = tr("local");
    if (local.offsetFromUtc() == 0)
        m_clock->setText(tr("%1 UTC (local time is UTC)").arg(now.toString(u"HH:mm:ss"_s)));
    else
        m_clock->setText(tr("%1 UTC  ·  local %2 %3")
                             .arg(now.toString(u"HH:mm:ss"_s), local.toString(u"HH:mm:ss"_s), zone));

    if (!m_hasState)
        return;
    if (m_state.declared) {
        m_elapsed->setText(tr("%1 %2").arg(presentation::elapsedCaption(m_state),
                                             presentation::formatDuration(m_state.elapsedMs(nowMs))));
        m_elapsed->setToolTip(tr("Declared %1").arg(presentation::formatUtc(m_state.declaredAtMs)));
    } else {
        m_elapsed->setText(tr("%1 --:--:--").arg(presentation::elapsedCaption(m_state)));
    }
}

QString IncidentStatusIndicators::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString IncidentStatusIndicators::severityText() const
{
    return m_severity->isHidden() ? QString() : m_severity->text();
}

QString IncidentStatusIndicators::elapsedText() const
{
    return m_elapsed->isHidden() ? QString() : m_elapsed->text();
}

QString IncidentStatusIndicators::clockText() const
{
    return m_clock->text();
}

bool IncidentStatusIndicators::isReadOnlyShown() const
{
    return !m_readOnly->isHidden();
}

} // namespace ic
