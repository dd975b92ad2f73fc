#include "IncidentHeader.h"

#include "Presentation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QtMath>
#include <QPainterPath>
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

// A piece of header text in one of two forms: large, to be read from across the room, and
// compact, for a narrow window. The header chooses the form for all its pieces at once
// (IncidentHeader::updateForm), from its own width, so the size hints never feed back into the
// choice. The minimum size is always the compact form's: the header never decides the
// window's minimum width with its large form.
class FittingText : public QWidget
{
public:
    struct Form {
        QFont font;
        int paddingX = 0;
        int paddingY = 0;
    };

    FittingText(const Form &large, const Form &compact, QWidget *parent)
        : QWidget(parent)
        , m_large(large)
        , m_compact(compact)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    // `compactText` replaces the text in the compact form (empty: the same text).
    void setText(const QString &text, const QString &compactText = {})
    {
        if (text == m_text && compactText == m_compactText)
            return;
        const QSize large = largeSize();
        const QSize compact = compactSize();
        m_text = text;
        m_compactText = compactText;
        if (largeSize() != large || compactSize() != compact)
            updateGeometry();
        update();
    }
    QString text() const { return m_compactForm ? shownCompactText() : m_text; }

    // A chip has a coloured, rounded background; without one the text stands alone.
    void setColors(const presentation::Colors &colors)
    {
        m_colors = colors;
        m_chip = true;
        update();
    }
    void setTextRole(QPalette::ColorRole role) { m_textRole = role; }
    void setAlignment(Qt::Alignment alignment) { m_alignment = alignment; }

    void setCompactForm(bool compact)
    {
        if (compact == m_compactForm)
            return;
        m_compactForm = compact;
        updateGeometry();
        update();
    }
    bool isCompactForm() const { return m_compactForm; }

    QSize largeSize() const { return sizeFor(m_large, m_text); }
    QSize compactSize() const { return sizeFor(m_compact, shownCompactText()); }
    QSize sizeHint() const override { return m_compactForm ? compactSize() : largeSize(); }
    QSize minimumSizeHint() const override { return compactSize(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // Large only when chosen and when it fits; squeezed further, the text elides.
        const bool compact = m_compactForm || width() < largeSize().width();
        const Form &form = compact ? m_compact : m_large;
        const QString text = compact ? shownCompactText() : m_text;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QRect box = rect();
        if (m_chip) {
            const int height = qMin(this->height(), QFontMetrics(form.font).height() + 2 * form.paddingY);
            box = QRect(0, (this->height() - height) / 2, width(), height);
            QPainterPath path;
            path.addRoundedRect(QRectF(box), 4, 4);
            painter.fillPath(path, m_colors.background);
            painter.setPen(m_colors.foreground);
        } else {
            painter.setPen(palette().color(m_textRole));
        }
        painter.setFont(form.font);
        const QRect textRect = box.adjusted(form.paddingX, 0, -form.paddingX, 0);
        const QString shown = QFontMetrics(form.font).elidedText(text, Qt::ElideRight, textRect.width());
        painter.drawText(textRect, int(m_alignment), shown);
    }

private:
    QString shownCompactText() const { return m_compactText.isEmpty() ? m_text : m_compactText; }
    static QSize sizeFor(const Form &form, const QString &text)
    {
        // Rounded up, with a pixel to spare: elidedText() measures in fractions and would cut
        // a text that fits to the integer pixel.
        const QFontMetricsF metrics(form.font);
        return {qCeil(metrics.horizontalAdvance(text)) + 1 + 2 * form.paddingX,
                qCeil(metrics.height()) + 2 * form.paddingY};
    }

    Form m_large;
    Form m_compact;
    QString m_text;
    QString m_compactText;
    presentation::Colors m_colors;
    bool m_chip = false;
    bool m_compactForm = false;
    QPalette::ColorRole m_textRole = QPalette::WindowText;
    Qt::Alignment m_alignment = Qt::AlignCenter;
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

FittingText::Form chipForm(const QFont &base, qreal factor)
{
    const bool large = factor > 1.0;
    return {scaledFont(base, factor, true), large ? 12 : 6, large ? 3 : 2};
}

FittingText::Form clockForm(const QFont &base, qreal factor)
{
    QFont font = scaledFont(base, factor, true);
    font.setFamily(u"monospace"_s);
    font.setStyleHint(QFont::Monospace);
    return {font, 0, 0};
}

constexpr int TitleMinimumPx = 80;
} // namespace

IncidentHeader::IncidentHeader(QWidget *parent)
    : QWidget(parent)
    , m_severity(new FittingText(chipForm(font(), 1.35), chipForm(font(), 1.0), this))
    , m_status(new FittingText(chipForm(font(), 1.35), chipForm(font(), 1.0), this))
    , m_title(new ElidingLabel(this))
    , m_exercise(new FittingText(chipForm(font(), 1.35), chipForm(font(), 1.0), this))
    , m_readOnly(new FittingText(chipForm(font(), 1.35), chipForm(font(), 1.0), this))
    , m_elapsedCaption(new FittingText({font(), 0, 0}, {font(), 0, 0}, this))
    , m_elapsed(new FittingText(clockForm(font(), 2.0), clockForm(font(), 1.4), this))
{
    setObjectName(u"incidentHeader"_s);

    m_severity->setObjectName(u"headerSeverity"_s);
    m_status->setObjectName(u"headerStatus"_s);
    m_exercise->setObjectName(u"headerExercise"_s);
    m_exercise->setText(tr("EXERCISE"));
    m_exercise->setToolTip(tr("This is an exercise — not a real incident"));
    m_exercise->setColors(presentation::exerciseColors());
    m_readOnly->setObjectName(u"headerReadOnly"_s);
    m_readOnly->setText(tr("READ-ONLY"));
    m_readOnly->setToolTip(tr("The file is open read-only; nothing can be added"));
    m_readOnly->setColors({QColor(0x42, 0x42, 0x42), Qt::white});

    m_title->setObjectName(u"headerTitle"_s);
    m_title->setFont(scaledFont(font(), 1.35, false));
    m_title->setTextFormat(Qt::PlainText);
    // The title takes what the chips leave; a narrow window elides it (the summary shows it whole).
    m_title->setMinimumWidth(TitleMinimumPx);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_elapsed->setObjectName(u"headerElapsed"_s);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsedCaption->setObjectName(u"headerElapsedCaption"_s);
    m_elapsedCaption->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_elapsedCaption->setTextRole(QPalette::PlaceholderText);

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

void IncidentHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateForm();
}

void IncidentHeader::updateForm()
{
    // The large form needs every visible piece at its large size plus room for some of the
    // title; below that, all pieces switch to the compact form together.
    const auto *box = static_cast<QHBoxLayout *>(layout());
    const QMargins margins = box->contentsMargins();
    int large = margins.left() + margins.right() + 6;
    int pieces = 0;
    for (FittingText *chip : {m_severity, m_status, m_exercise, m_readOnly}) {
        if (!chip->isHidden()) {
            large += chip->largeSize().width();
            ++pieces;
        }
    }
    large += qMax(m_elapsed->isHidden() ? 0 : m_elapsed->largeSize().width(),
                  m_elapsedCaption->isHidden() ? 0 : m_elapsedCaption->largeSize().width());
    large += box->spacing() * (pieces + 1);
    large += m_title->fontMetrics().averageCharWidth() * 20; // about twenty characters of title
    const bool compact = width() < large;
    for (FittingText *piece : {m_severity, m_status, m_exercise, m_readOnly, m_elapsed, m_elapsedCaption})
        piece->setCompactForm(compact);
}

void IncidentHeader::setState(const IncidentState &state, bool readOnly)
{
    m_state = state;
    m_hasState = true;

    m_severity->setText(severityName(state.severity));
    m_severity->setToolTip(presentation::severityLabel(state.severity));
    m_severity->setColors(presentation::severityColors(state.severity));
    m_severity->show();

    m_status->setText(statusDisplayName(state.status).toUpper());
    m_status->setToolTip(tr("Current status"));
    m_status->setColors(presentation::statusColors(state.status));
    m_status->show();

    m_title->setFullText(state.title.isEmpty() ? tr("(untitled incident)") : state.title);
    m_title->setToolTip(state.title);
    m_exercise->setVisible(state.exercise);
    m_readOnly->setVisible(readOnly);
    m_elapsedCaption->show();
    m_elapsed->show();
    tick(QDateTime::currentMSecsSinceEpoch());
    updateForm();
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
    updateForm();
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
    // In a narrow header the caption is the short "Elapsed".
    m_elapsedCaption->setText(m_state.resolvedAtMs() ? presentation::elapsedCaption(m_state)
                                                     : tr("Elapsed since declared"),
                              presentation::elapsedCaption(m_state));
    m_elapsed->setText(presentation::formatDuration(m_state.elapsedMs(nowMs)));
    m_elapsed->setToolTip(tr("Declared %1").arg(presentation::formatUtc(m_state.declaredAtMs)));
}

bool IncidentHeader::isCompact() const
{
    return m_status->isCompactForm();
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
