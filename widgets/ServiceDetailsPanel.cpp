#include "ServiceDetailsPanel.h"

#include "CatalogLoader.h"
#include "GraphAlgorithms.h"
#include "Presentation.h"
#include "ServiceGraphModel.h"
#include "TimeText.h"

#include <QDir>
#include <QEvent>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

const QString LinkScheme = u"service"_s;

QString serviceLink(qsizetype row)
{
    return presentation::internalLink(LinkScheme, row);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ServiceDetailsPanel::ServiceDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"serviceDetailsPanel"_s);
    m_browser->setObjectName(u"serviceDetailsText"_s);
    presentation::setUpDetailsBrowser(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const std::optional<qint64> row = presentation::internalLinkNumber(url, LinkScheme);
        if (!row || !m_model)
            return;
        const QList<Service> &services = m_model->catalog().services();
        if (*row >= 0 && *row < services.size())
            Q_EMIT serviceLinkActivated(services.at(*row).id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    refresh();
}

void ServiceDetailsPanel::setModel(ServiceGraphModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        // A health poll changes many rows in a few signals: one refresh after them.
        auto *pending = new QTimer(this);
        pending->setSingleShot(true);
        pending->setInterval(0);
        connect(pending, &QTimer::timeout, this, &ServiceDetailsPanel::refresh);
        connect(m_model, &QAbstractItemModel::dataChanged, pending, qOverload<>(&QTimer::start));
        connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceDetailsPanel::refresh);
        connect(m_model, &QObject::destroyed, pending, &QObject::deleteLater);
    }
    refresh();
}

void ServiceDetailsPanel::setService(const QString &serviceId)
{
    m_serviceId = serviceId;
    refresh();
}

void ServiceDetailsPanel::refresh()
{
    m_browser->setHtml(html());
}

QString ServiceDetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

void ServiceDetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange)
        refresh();
}

QString ServiceDetailsPanel::html() const
{
    using Impact = ServiceGraphModel::Impact;
    const QString dim = presentation::secondaryTextColor(palette()).name();

    if (m_serviceId.isEmpty() || !m_model) {
        return u"<p style=\"color:%1\"><b>%2</b><br>%3</p>"_s.arg(
            dim, escaped(tr("No service selected")),
            escaped(tr("Select a service in the graph to see its owner, contacts, recovery targets and dependencies.")));
    }
    const ServiceCatalog &catalog = m_model->catalog();
    const qsizetype index = catalog.indexOf(m_serviceId);
    if (index < 0) {
        return u"<p>%1</p>"_s.arg(escaped(tr("%1 is not in the service catalog.").arg(m_serviceId)));
    }
    const Service &service = catalog.services().at(index);
    const QString none = u"<span style=\"color:%1\">%2</span>"_s.arg(dim, escaped(tr("not set")));
    const auto value = [&none](const QString &v) { return v.isEmpty() ? none : escaped(v); };
    const auto duration = [&none](const std::optional<qint64> &ms) { return ms ? escaped(durationText(*ms)) : none; };
    const auto nameOf = [&catalog](const QString &id) {
        const Service *s = catalog.find(id);
        return s && !s->name.isEmpty() ? s->name : id;
    };
    const auto stateGlyph = [this](const QString &id) {
        const auto impact = m_model->impact(id);
        if (m_model->isFailed(id))
            return presentation::impactGlyph(Impact::Failed);
        if (impact != Impact::None)
            return presentation::impactGlyph(impact);
        return presentation::healthLook(m_model->health(id)).glyph;
    };
    const auto serviceItem = [&](const QString &id, const QString &note) {
        const qsizetype row = catalog.indexOf(id);
        const QString name = nameOf(id);
        QString item = u"%1 <a href=\"%2\">%3</a>"_s.arg(escaped(stateGlyph(id)), serviceLink(row), escaped(name));
        if (name != id)
            item += u" <span style=\"color:%1\">(%2)</span>"_s.arg(dim, escaped(id));
        if (!note.isEmpty())
            item += u" — "_s + escaped(note);
        return u"<li>%1</li>"_s.arg(item);
    };
    const auto row = [](const QString &label, const QString &content) {
        return u"<tr><td style=\"padding-right:10px; vertical-align:top\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), content);
    };

    QString out;
    out += u"<p style=\"margin-bottom:2px\"><span style=\"font-size:large\"><b>%1</b></span></p>"_s.arg(
        escaped(service.name.isEmpty() ? service.id : service.name));
    QStringList subtitle{service.id, ServiceGraphModel::tierText(service.tier)};
    if (!service.kind.isEmpty() && service.kind != u"service")
        subtitle.insert(1, service.kind);
    out += u"<p style=\"margin-top:0; color:%1\">%2</p>"_s.arg(dim, escaped(subtitle.join(u" · "_s)));

    // Live state first: what a commander looks for.
    const ServiceGraphModel::HealthState health = m_model->health(service.id);
    const QString detail = m_model->healthDetail(service.id);
    QString healthText = u"%1 %2"_s.arg(presentation::healthLook(health).glyph, ServiceGraphModel::healthText(health));
    if (!detail.isEmpty())
        healthText += u" — "_s + detail;
    const Impact impact = m_model->impact(service.id);
    QString state;
    state += row(tr("Health"), escaped(healthText));
    state += row(tr("Impact"), escaped(impact == Impact::None ? ServiceGraphModel::impactText(impact)
                                                              : u"%1 %2"_s.arg(presentation::impactGlyph(impact),
                                                                               ServiceGraphModel::impactText(impact))));
    if (m_model->isFailed(service.id))
        state += row(tr("Marked"), u"<b>%1</b>"_s.arg(escaped(tr("✕ failed by hand (recorded on the timeline)"))));
    const BlastRadius ifFailed = blastRadius(catalog, {service.id});
    const qsizetype affected = ifFailed.hard.size() + ifFailed.soft.size();
    state += row(tr("If it fails"),
                 escaped(affected == 0 ? tr("nothing else depends on it")
                                       : (affected == 1 ? tr("1 service affected") : tr("%n services affected", nullptr, int(affected)))
                                             + u" ("_s
                                             + tr("%1 hard, %2 soft", "impact counts")
                                                   .arg(ifFailed.hard.size())
                                                   .arg(ifFailed.soft.size())
                                             + u')'));
    out += u"<table cellspacing=\"0\" cellpadding=\"1\">%1</table>"_s.arg(state);

    QString facts;
    facts += row(tr("Owner"), value(service.owner));
    QStringList contacts;
    for (const QString &contact : service.contacts)
        contacts << escaped(contact);
    facts += row(tr("Contacts"), contacts.isEmpty() ? none : contacts.join(u"<br>"_s));
    QStringList location;
    if (!service.site.isEmpty())
        location << tr("site %1").arg(service.site);
    if (!service.region.isEmpty())
        location << tr("region %1").arg(service.region);
    facts += row(tr("Location"), location.isEmpty() ? none : escaped(location.join(u", "_s)));
    facts += row(tr("RTO"), duration(service.rtoMs));
    facts += row(tr("RPO"), duration(service.rpoMs));
    facts += row(tr("Startup time"), duration(service.startupMs));
    if (service.vendor) {
        const QString vendor = service.vendor->sla.isEmpty()
            ? service.vendor->name
            : tr("%1, SLA %2", "vendor, SLA").arg(service.vendor->name, service.vendor->sla);
        facts += row(tr("Vendor"), escaped(vendor));
    }
    QStringList runbooks;
    for (const QString &runbook : service.runbooks)
        runbooks << escaped(runbook);
    facts += row(tr("Runbooks"), runbooks.isEmpty() ? none : runbooks.join(u"<br>"_s));
    facts += row(tr("Health check"), value(service.health));
    if (!service.system.isEmpty()) {
        const qsizetype systemRow = catalog.indexOf(service.system);
        facts += row(tr("System"), systemRow < 0 ? escaped(service.system)
                                                 : u"<a href=\"%1\">%2</a>"_s.arg(serviceLink(systemRow),
                                                                                  escaped(nameOf(service.system))));
    }
    if (!service.lifecycle.isEmpty())
        facts += row(tr("Lifecycle"), escaped(service.lifecycle));
    out += u"<p style=\"margin-bottom:0\"></p><table cellspacing=\"0\" cellpadding=\"1\">%1</table>"_s.arg(facts);

    if (!service.description.isEmpty())
        out += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(escaped(service.description));

    const QString hard = tr("hard");
    const QString soft = tr("soft: runs degraded without it");
    out += u"<p style=\"margin-bottom:0\"><b>%1</b></p>"_s.arg(
        escaped(tr("Depends on (%1)").arg(service.dependsOn.size())));
    if (service.dependsOn.isEmpty()) {
        out += u"<p style=\"margin-top:0; color:%1\">%2</p>"_s.arg(dim, escaped(tr("nothing")));
    } else {
        out += u"<ul style=\"margin-top:0\">"_s;
        for (const Dependency &dependency : service.dependsOn)
            out += serviceItem(dependency.target, dependency.soft ? soft : hard);
        out += u"</ul>"_s;
    }
    const QList<ServiceCatalog::Dependent> &dependents = catalog.dependents().at(index);
    out += u"<p style=\"margin-bottom:0\"><b>%1</b></p>"_s.arg(escaped(tr("Needed by (%1)").arg(dependents.size())));
    if (dependents.isEmpty()) {
        out += u"<p style=\"margin-top:0; color:%1\">%2</p>"_s.arg(dim, escaped(tr("nothing")));
    } else {
        out += u"<ul style=\"margin-top:0\">"_s;
        for (const ServiceCatalog::Dependent &dependent : dependents)
            out += serviceItem(catalog.services().at(dependent.service).id,
                               dependent.soft ? tr("soft: it runs degraded without this") : hard);
        out += u"</ul>"_s;
    }
    QStringList members;
    for (const Service &other : catalog.services()) {
        if (other.system == service.id)
            members << other.id;
    }
    if (!members.isEmpty()) {
        out += u"<p style=\"margin-bottom:0\"><b>%1</b></p><ul style=\"margin-top:0\">"_s.arg(
            escaped(tr("Members (%1)").arg(members.size())));
        for (const QString &member : std::as_const(members))
            out += serviceItem(member, {});
        out += u"</ul>"_s;
    }
    if (service.where.isValid()) {
        out += u"<p style=\"color:%1; font-size:small\">%2</p>"_s.arg(
            dim, escaped(tr("Defined in %1:%2").arg(QDir::toNativeSeparators(service.where.file)).arg(service.where.line)));
    }
    return out;
}

} // namespace ic
