#pragma once

#include "LiveTypes.h"
#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ic {

class AlertsModel;

// Asks how long to silence an alert and why. The matchers are the alert's alertname and
// service labels, shown read-only: a silence from the console never matches more than the
// alert it was made from.
class SilenceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Duration { FifteenMinutes, OneHour, FourHours, Custom };
    Q_ENUM(Duration)

    SilenceDialog(const QString &alertName, const QList<SilenceMatcher> &matchers, const QString &fingerprint,
                  QWidget *parent = nullptr);

    // Where "now" comes from (the silence starts when the dialog is accepted); tests pass a fixed clock.
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); updateEnd(); }
    SilenceRequest request() const;
    qint64 durationMs() const;

    // The alert's alertname and service labels (whichever it has) as equality matchers.
    static QList<SilenceMatcher> matchersFor(const QVariantMap &labels);
    // The person creating the silence as the system knows them (USER / USERNAME).
    static QString defaultCreator();

private:
    void updateEnd();
    void updateAcceptable();

    QList<SilenceMatcher> m_matchers;
    QString m_fingerprint;
    std::function<qint64()> m_clock;
    QComboBox *m_duration;
    QSpinBox *m_customMinutes;
    QLabel *m_endsAt;
    QPlainTextEdit *m_comment;
    QLineEdit *m_creator;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

// The active alerts of Alertmanager with the actions a commander needs on them: silence one
// (after saying why and for how long) and expire a silence made too broadly or too long. It
// does not talk to Alertmanager: it asks, by signal; the application does it and records it.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(AlertsModel *model, QWidget *parent = nullptr);

    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QPushButton *silenceButton() const { return m_silence; }
    QPushButton *expireButton() const { return m_expire; }
    // The "last poll failed" marker: empty while the list is current.
    QString staleText() const;
    // The message shown instead of an empty table.
    QString emptyText() const;
    bool isShowingEmptyState() const;

    // Opens the silence dialog for the selected alert (non-modal to the event loop: it is
    // shown with open(), and the request is emitted when it is accepted).
    void silenceSelected();
    void expireSelected();
    SilenceDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    void silenceRequested(const ic::SilenceRequest &request);
    void expireRequested(const QString &silenceId);

private:
    QModelIndex selectedSource() const;
    void updateActions();
    void updateState();

    AlertsModel *m_model;
    std::function<qint64()> m_clock;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_stale;
    QLabel *m_summary;
    QPushButton *m_silence;
    QPushButton *m_expire;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
    SilenceDialog *m_dialog = nullptr;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::SilenceRequest)
