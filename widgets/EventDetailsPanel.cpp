#include "EventDetailsPanel.h"

#include "Presentation.h"
#include "TimelineModel.h"

#include <QDateTime>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
const QString LinkScheme = u"event"_s;

QString eventLink(qint64 seq)
{
    return presentation::internalLink(LinkScheme, seq);
}
} // namespace

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"eventDetailsPanel"_s);
    m_browser->setObjectName(u"eventDetailsText"_s);
    // Hashes are one long word; the browser wraps them anywhere rather than widen the window.
    presentation::setUpDetailsBrowser(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const std::optional<qint64> seq = presentation::internalLinkNumber(url, LinkScheme);
        if (seq && *seq > 0)
            Q_EMIT eventLinkActivated(*seq);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    refresh();
}

void EventDetailsPanel::setEvent(const QModelIndex &index)
{
    m_index = index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
    m_notice.clear();
    refresh();
}

void EventDetailsPanel::setNotice(const QString &text)
{
    m_notice = text;
    refresh();
}

void EventDetailsPanel::refresh()
{
    m_seq = m_index.isValid() ? m_index.data(TimelineModel::SeqRole).toLongLong() : 0;
    QString content = html();
    if (!m_notice.isEmpty())
        content.prepend(u"<p><b>%1</b></p>"_s.arg(m_notice.toHtmlEscaped()));
    m_browser->setHtml(content);
}

QString EventDetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

void EventDetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

QString EventDetailsPanel::html() const
{
    const QString dim = presentation::secondaryTextColor(palette()).name();
    if (!m_index.isValid() || m_seq <= 0) {
        return u"<p style=\"color:%1\">%2</p>"_s.arg(
            dim, tr("Select an event in the timeline to read it here in full.").toHtmlEscaped());
    }

    const QModelIndex index = m_index;
    const auto cell = [&index](int column) { return index.siblingAtColumn(column).data(); };
    const QString kind = cell(TimelineModel::KindColumn).toString();
    const QString actor = cell(TimelineModel::ActorColumn).toString();
    const QString role = cell(TimelineModel::RoleColumn).toString();
    const QString summary = cell(TimelineModel::SummaryColumn).toString();
    const qint64 atMs = m_index.data(TimelineModel::AtMsRole).toLongLong();
    const qint64 correctsSeq = m_index.data(TimelineModel::CorrectsSeqRole).toLongLong();
    const qint64 correctedBySeq = m_index.data(TimelineModel::CorrectedBySeqRole).toLongLong();
    const QString hash = QString::fromLatin1(m_index.data(TimelineModel::HashRole).toByteArray());
    const QString prevHash = QString::fromLatin1(m_index.data(TimelineModel::PrevHashRole).toByteArray());

    QString who;
    if (!actor.isEmpty())
        who = role.isEmpty() ? tr("by %1").arg(actor) : tr("by %1, %2", "by actor, role").arg(actor, role);
    QString heading = u"<b>%1</b> · <b>%2</b>"_s.arg(tr("Event %1").arg(m_seq).toHtmlEscaped(), kind.toHtmlEscaped());
    if (!who.isEmpty())
        heading += u" · "_s + who.toHtmlEscaped();

    const QString utc = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    const QString local = presentation::isLocalTimeUtc(atMs) ? tr("local time is UTC")
                                                             : tr("local %1").arg(presentation::formatLocal(atMs));
    const QString when = tr("%1 UTC · %2", "event time in UTC, then in local time").arg(utc, local);

    QString out;
    out += u"<p style=\"margin-bottom:2px\">%1</p>"_s.arg(heading);
    out += u"<p style=\"margin-top:0; color:%1\">%2</p>"_s.arg(dim, when.toHtmlEscaped());
    out += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(summary.toHtmlEscaped());
    if (correctsSeq > 0) {
        out += u"<p><i>%1</i></p>"_s.arg(
            tr("Corrects <a href=\"%1\">event %2</a>").arg(eventLink(correctsSeq)).arg(correctsSeq));
    }
    if (correctedBySeq > 0) {
        out += u"<p><b>%1</b></p>"_s.arg(
            tr("Corrected by <a href=\"%1\">event %2</a>; this entry no longer stands as written.")
                .arg(eventLink(correctedBySeq))
                .arg(correctedBySeq));
    }
    out += u"<p style=\"font-family:monospace; font-size:small; color:%1\">%2&nbsp;%3<br>%4&nbsp;%5</p>"_s.arg(
        dim, tr("hash:").toHtmlEscaped(), hash.toHtmlEscaped(), tr("prev_hash:").toHtmlEscaped(),
        prevHash.toHtmlEscaped());
    return out;
}

} // namespace ic
