#include "IncidentSummaryPanel.h"

#include "Presentation.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

IncidentSummaryPanel::IncidentSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_exercise(new QLabel(tr("EXERCISE — not a real incident"), this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("No incident open."), this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
{
    setObjectName(u"incidentSummaryPanel"_s);

    m_exercise->setObjectName(u"summaryExerciseBanner"_s);
    m_exercise->setAlignment(Qt::AlignCenter);
    m_exercise->setWordWrap(true);
    m_exercise->setStyleSheet(presentation::chipStyleSheet(presentation::exerciseColors(), 4));

    m_title->setObjectName(u"summaryTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: palette(placeholder-text);"_s);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(m_exercise);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_empty);
    layout->addStretch(1);

    clear();
}

QLabel *IncidentSummaryPanel::addRow(const QString &label, const QString &text, const QString &toolTip)
{
    auto *value = new QLabel(text, m_details);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(toolTip);
    auto *caption = new QLabel(label, m_details);
    caption->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_form->addRow(caption, value);
    return value;
}

void IncidentSummaryPanel::clearDetails()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void IncidentSummaryPanel::setIncident(const IncidentState &state, const QString &filePath, bool readOnly)
{
    clearDetails();
    m_empty->hide();
    m_details->show();
    m_title->show();
    m_title->setText(state.title.isEmpty() ? tr("(untitled incident)") : state.title);
    m_exercise->setVisible(state.exercise);

    QLabel *status = addRow(tr("Status:"), statusDisplayName(state.status));
    status->setObjectName(u"summaryStatus"_s);
    status->setStyleSheet(presentation::chipStyleSheet(presentation::statusColors(state.status), 1));
    status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    QLabel *severity = addRow(tr("Severity:"), presentation::severityLabel(state.severity));
    severity->setObjectName(u"summarySeverity"_s);

    const QString commanderRole = QString::fromLatin1(roles::IncidentCommander);
    const QString commander = state.roleHolders.value(commanderRole);
    addRow(tr("Commander:"), commander.isEmpty() ? tr("(nobody)") : commander)
        ->setObjectName(u"summaryCommander"_s);
    for (auto it = state.roleHolders.constBegin(); it != state.roleHolders.constEnd(); ++it) {
        if (it.key() == commanderRole || it.value().isEmpty())
            continue;
        addRow(tr("%1:").arg(roles::displayName(it.key())), it.value());
    }

    if (state.declared) {
        addRow(tr("Declared:"), presentation::formatUtcAndLocal(state.declaredAtMs));
        if (!state.declaredBy.isEmpty())
            addRow(tr("Declared by:"), state.declaredBy);
        for (const IncidentStatus status : AllStatuses) {
            const auto it = state.firstEnteredMs.constFind(status);
            if (it == state.firstEnteredMs.constEnd() || status == IncidentStatus::Investigating)
                continue;
            const QString offset = presentation::formatDuration(it.value() - state.declaredAtMs);
            addRow(tr("%1:").arg(statusDisplayName(status)),
                   presentation::formatUtcAndLocal(it.value(), tr("(+%1)").arg(offset)),
                   tr("First reached %1 after the declaration").arg(offset));
        }
    } else {
        addRow(tr("Declared:"), tr("not declared (the file has no declaration event)"));
    }

    QString events = tr("%n event(s)", nullptr, int(qMin<qint64>(state.eventCount, INT_MAX)));
    if (state.lastEventAtMs > 0)
        events = tr("%1, last at %2").arg(events, presentation::formatUtc(state.lastEventAtMs));
    addRow(tr("Timeline:"), events)->setObjectName(u"summaryEvents"_s);

    const QFileInfo file(filePath);
    addRow(tr("File:"), file.fileName(), QDir::toNativeSeparators(file.absoluteFilePath()))
        ->setObjectName(u"summaryFile"_s);
    addRow(tr("Access:"), readOnly ? tr("Read-only") : tr("Read and write"))->setObjectName(u"summaryAccess"_s);
}

void IncidentSummaryPanel::clear()
{
    clearDetails();
    m_details->hide();
    m_exercise->hide();
    m_title->hide();
    m_title->clear();
    m_empty->show();
}

QString IncidentSummaryPanel::titleText() const
{
    return m_title->isHidden() ? QString() : m_title->text();
}

bool IncidentSummaryPanel::isExerciseBannerVisible() const
{
    return !m_exercise->isHidden();
}

} // namespace ic
