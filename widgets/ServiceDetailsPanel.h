#pragma once

#include <QPointer>
#include <QWidget>

class QTextBrowser;

namespace ic {

class ServiceGraphModel;

// Everything the catalog says about the selected service, with its live state: name, id, tier,
// owner and contacts, site and region, RTO/RPO/startup time, vendor and SLA, runbooks, health
// check, what it depends on and what depends on it (hard or soft, as links), its health and
// blast-radius impact. Follows the model: a health change or failure mark shows at once.
class ServiceDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDetailsPanel(QWidget *parent = nullptr);

    void setModel(ServiceGraphModel *model);
    ServiceGraphModel *model() const { return m_model; }
    // A service id of the model's catalog; empty shows "No service selected".
    void setService(const QString &serviceId);
    QString serviceId() const { return m_serviceId; }
    void refresh();

    // What is shown, as plain text (for tests and for copying).
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // The user clicked a dependency, dependent or member.
    void serviceLinkActivated(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html() const;

    QPointer<ServiceGraphModel> m_model;
    QString m_serviceId;
    QTextBrowser *m_browser;
};

} // namespace ic
