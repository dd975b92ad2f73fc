#include "IncidentHeader.h"

#include "Presentation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

// A one-line label that ends in "…" when the window is too narrow for the whole text.
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        m_fullText = text;
        elide();
    }
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, contentsRect().width()))); }

    QString m_fullText;
};

namespace {
QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}
} // namespace

IncidentHeader::IncidentHeader(QWidget *parent)
    : QWidget(parent)
    , m_severity(new QLabel(this))
    , m_status(new QLabel(this))
    , m_title(new ElidingLabel(this))
    , m_exercise(new QLabel(tr("EXERCISE"), this))
    , m_readOnly(new QLabel(tr("READ-ONLY"), this))
    , m_elapsedCaption(new QLabel(this))
    , m_elapsed(new QLabel(this))
{
    setObjectName(u"incidentHeader"_s);
    const QFont chipFont = scaledFont(font(), 1.35, true);

    m_severity->setObjectName(u"headerSeverity"_s);
    m_status->setObjectName(u"headerStatus"_s);
    for (QLabel *chip : {m_severity, m_status, m_exercise, m_readOnly}) {
        chip->setFont(chipFont);
        chip->setAlignment(Qt::AlignCenter);
        chip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_exercise->setObjectName(u"headerExercise"_s);
    m_exercise->setToolTip(tr("This is an exercise — not a real incident"));
    m_exercise->setStyleSheet(presentation::chipStyleSheet(presentation::exerciseColors(), 3));
    m_readOnly->setObjectName(u"headerReadOnly"_s);
    m_readOnly->setToolTip(tr("The file is open read-only; nothing can be added"));
    m_readOnly->setStyleSheet(presentation::chipStyleSheet({QColor(0x42, 0x42, 0x42), Qt::white}, 3));

    m_title->setObjectName(u"headerTitle"_s);
    m_title->setFont(scaledFont(font(), 1.35, false));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(120);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_elapsed->setObjectName(u"headerElapsed"_s);
    QFont elapsedFont = scaledFont(font(), 2.0, true);
    elapsedFont.setFamily(u"monospace"_s);
    elapsedFont.setStyleHint(QFont::Monospace);
    m_elapsed->setFont(elapsedFont);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsedCaption->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_elapsedCaption->setStyleSheet(u"color: palette(placeholder-text);"_s);

    auto *elapsedBox = new QVBoxLayout;
    elapsedBox->setSpacing(0);
    elapsedBox->addWidget(m_elapsedCaption);
    elapsedBox->addWidget(m_elapsed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_severity);
    layout->addWidget(m_status);
    layout->addWidget(m_exercise);
    layout->addWidget(m_readOnly);
    layout->addSpacing(6);
    layout->addWidget(m_title, 1);
    layout->addLayout(elapsedBox);

    clear();
}

void IncidentHeader::setState(const IncidentState &state, bool readOnly)
{
    m_state = state;
    m_hasState = true;

    m_severity->setText(severityName(state.severity));
    m_severity->setToolTip(presentation::severityLabel(state.severity));
    m_severity->setStyleSheet(presentation::chipStyleSheet(presentation::severityColors(state.severity), 3));
    m_severity->show();

    m_status->setText(statusDisplayName(state.status).toUpper());
    m_status->setToolTip(tr("Current status"));
    m_status->setStyleSheet(presentation::chipStyleSheet(presentation::statusColors(state.status), 3));
    m_status->show();

    m_title->setFullText(state.title.isEmpty() ? tr("(untitled incident)") : state.title);
    m_title->setToolTip(state.title);
    m_exercise->setVisible(state.exercise);
    m_readOnly->setVisible(readOnly);
    m_elapsedCaption->show();
    m_elapsed->show();
    tick(QDateTime::currentMSecsSinceEpoch());
}

void IncidentHeader::clear()
{
    m_state = {};
    m_hasState = false;
    m_severity->hide();
    m_status->hide();
    m_exercise->hide();
    m_readOnly->hide();
    m_elapsedCaption->hide();
    m_elapsed->hide();
    m_title->setFullText(tr("No incident open"));
}

void IncidentHeader::tick(qint64 nowMs)
{
    if (!m_hasState)
        return;
    if (!m_state.declared) {
        m_elapsedCaption->setText(presentation::elapsedCaption(m_state));
        m_elapsed->setText(u"--:--:--"_s);
        return;
    }
    m_elapsedCaption->setText(m_state.resolvedAtMs() ? presentation::elapsedCaption(m_state)
                                                                 : tr("Elapsed since declared"));
    m_elapsed->setText(presentation::formatDuration(m_state.elapsedMs(nowMs)));
    m_elapsed->setToolTip(tr("Declared %1").arg(presentation::formatUtc(m_state.declaredAtMs)));
}

QString IncidentHeader::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString IncidentHeader::severityText() const
{
    return m_severity->isHidden() ? QString() : m_severity->text();
}

QString IncidentHeader::elapsedText() const
{
    return m_elapsed->isHidden() ? QString() : m_elapsed->text();
}

} // namespace ic
