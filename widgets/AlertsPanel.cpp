#include "AlertsPanel.h"

#include "AlertsModel.h"
#include "Presentation.h"
#include "TimeText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

int severityRank(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == "critical"_L1 || s == "page"_L1 || s == "error"_L1)
        return 3;
    if (s == "warning"_L1 || s == "warn"_L1)
        return 2;
    if (s == "info"_L1 || s == "none"_L1)
        return 1;
    return 0;
}

QString severityGlyph(int rank)
{
    switch (rank) {
    case 3: return u"▲"_s;
    case 2: return u"!"_s;
    case 1: return u"i"_s;
    }
    return u"·"_s;
}

// Severity with a glyph and critical in bold vermillion, silenced alerts greyed and in italics,
// and sorting by severity rank and start time rather than by text.
class AlertsViewProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const bool silenced = source.data(AlertsModel::SilencedRole).toBool();
        const int rank = severityRank(source.data(AlertsModel::SeverityRole).toString());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == AlertsModel::SeverityColumn) {
                const QString severity = QSortFilterProxyModel::data(index, role).toString();
                return severity.isEmpty() ? QString() : u"%1 %2"_s.arg(severityGlyph(rank), severity);
            }
            break;
        case Qt::FontRole:
            if (silenced || (rank == 3 && index.column() == AlertsModel::SeverityColumn)) {
                QFont font;
                font.setItalic(silenced);
                font.setBold(!silenced && rank == 3);
                return font;
            }
            break;
        case Qt::ForegroundRole:
            if (silenced)
                return QColor(0x70, 0x70, 0x70);
            if (rank == 3 && index.column() == AlertsModel::SeverityColumn)
                return QColor(0xb0, 0x40, 0x00);
            break;
        default: break;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == AlertsModel::SeverityColumn)
            return severityRank(left.data(AlertsModel::SeverityRole).toString())
                < severityRank(right.data(AlertsModel::SeverityRole).toString());
        if (left.column() == AlertsModel::SinceColumn)
            return left.data(AlertsModel::StartsAtMsRole).toLongLong() < right.data(AlertsModel::StartsAtMsRole).toLongLong();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

SilenceDialog::SilenceDialog(const QString &alertName, const QList<SilenceMatcher> &matchers, const QString &fingerprint,
                             QWidget *parent)
    : QDialog(parent)
    , m_matchers(matchers)
    , m_fingerprint(fingerprint)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_duration(new QComboBox(this))
    , m_customMinutes(new QSpinBox(this))
    , m_endsAt(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_creator(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"silenceDialog"_s);
    setWindowTitle(tr("Silence alert"));

    auto *heading = new QLabel(tr("Silence “%1” in Alertmanager").arg(alertName), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);

    QStringList matcherLines;
    for (const SilenceMatcher &m : matchers)
        matcherLines << u"%1 %2 \"%3\""_s.arg(m.name, m.isEqual ? (m.isRegex ? u"=~"_s : u"="_s) : (m.isRegex ? u"!~"_s : u"!="_s), m.value);
    auto *matcherText = new QLabel(matcherLines.join(u'\n'), this);
    matcherText->setObjectName(u"silenceMatchers"_s);
    matcherText->setTextFormat(Qt::PlainText);
    matcherText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    matcherText->setFocusPolicy(Qt::TabFocus);
    matcherText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    matcherText->setToolTip(tr("Alerts with these labels are silenced. They come from the alert and cannot be changed here."));
    matcherText->setAccessibleName(tr("Matchers: %1").arg(matcherLines.join(u"; "_s)));

    m_duration->setObjectName(u"silenceDuration"_s);
    m_duration->addItem(tr("15 minutes"), QVariant::fromValue(Duration::FifteenMinutes));
    m_duration->addItem(tr("1 hour"), QVariant::fromValue(Duration::OneHour));
    m_duration->addItem(tr("4 hours"), QVariant::fromValue(Duration::FourHours));
    m_duration->addItem(tr("Custom…"), QVariant::fromValue(Duration::Custom));
    m_duration->setCurrentIndex(1);
    m_customMinutes->setObjectName(u"silenceCustomMinutes"_s);
    m_customMinutes->setRange(1, 7 * 24 * 60);
    m_customMinutes->setValue(30);
    m_customMinutes->setSuffix(tr(" min"));
    m_customMinutes->setAccessibleName(tr("Custom duration in minutes"));
    m_customMinutes->setEnabled(false);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_customMinutes);
    durationRow->addStretch(1);

    m_endsAt->setObjectName(u"silenceEndsAt"_s);
    m_endsAt->setTextFormat(Qt::PlainText);

    m_comment->setObjectName(u"silenceComment"_s);
    m_comment->setPlaceholderText(tr("Why it is silenced and who follows it up (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment (required)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);

    m_creator->setObjectName(u"silenceCreator"_s);
    m_creator->setText(defaultCreator());
    m_creator->setAccessibleName(tr("Created by"));

    m_hint->setObjectName(u"silenceHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(u"color: #a0400b;"_s);

    auto *silence = m_buttons->addButton(tr("&Silence"), QDialogButtonBox::AcceptRole);
    silence->setObjectName(u"silenceAccept"_s);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Matchers:"), matcherText);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, durationRow);
    form->addRow(tr("Ends:"), m_endsAt);
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    auto *creatorLabel = new QLabel(tr("Created &by:"), this);
    creatorLabel->setBuddy(m_creator);
    form->addRow(creatorLabel, m_creator);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        m_customMinutes->setEnabled(m_duration->currentData().value<Duration>() == Duration::Custom);
        updateEnd();
    });
    connect(m_customMinutes, &QSpinBox::valueChanged, this, &SilenceDialog::updateEnd);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceDialog::updateAcceptable);
    connect(m_creator, &QLineEdit::textChanged, this, &SilenceDialog::updateAcceptable);
    updateEnd();
    updateAcceptable();
    m_comment->setFocus();
    setMinimumWidth(460);
}

qint64 SilenceDialog::durationMs() const
{
    switch (m_duration->currentData().value<Duration>()) {
    case Duration::FifteenMinutes: return 15 * MinuteMs;
    case Duration::OneHour: return 60 * MinuteMs;
    case Duration::FourHours: return 4 * 60 * MinuteMs;
    case Duration::Custom: break;
    }
    return m_customMinutes->value() * MinuteMs;
}

SilenceRequest SilenceDialog::request() const
{
    const qint64 start = m_clock();
    SilenceRequest request;
    request.matchers = m_matchers;
    request.startsAt = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    request.endsAt = QDateTime::fromMSecsSinceEpoch(start + durationMs(), Qt::UTC);
    request.comment = m_comment->toPlainText().trimmed();
    request.createdBy = m_creator->text().trimmed();
    request.fingerprint = m_fingerprint;
    return request;
}

QList<SilenceMatcher> SilenceDialog::matchersFor(const QVariantMap &labels)
{
    QList<SilenceMatcher> matchers;
    for (const QString &name : {u"alertname"_s, u"service"_s}) {
        const QString value = labels.value(name).toString();
        if (!value.isEmpty())
            matchers.append({name, value, false, true});
    }
    return matchers;
}

QString SilenceDialog::defaultCreator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) // a service session without USER: the home folder is named after the account
        user = QDir::home().dirName();
    return user;
}

void SilenceDialog::updateEnd()
{
    const qint64 end = m_clock() + durationMs();
    m_endsAt->setText(tr("in %1, at %2").arg(durationText(durationMs()), presentation::formatUtcAndLocal(end)).replace(u'\n', u"; "_s));
}

void SilenceDialog::updateAcceptable()
{
    QStringList missing;
    if (m_comment->toPlainText().trimmed().isEmpty())
        missing << tr("a comment");
    if (m_creator->text().trimmed().isEmpty())
        missing << tr("who creates it");
    if (m_matchers.isEmpty())
        missing << tr("a label to match (the alert has neither alertname nor service)");
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(missing.isEmpty());
    }
    m_hint->setText(missing.isEmpty() ? QString() : tr("Still needed: %1.").arg(missing.join(u", "_s)));
}

AlertsPanel::AlertsPanel(AlertsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_proxy(new AlertsViewProxy(this))
    , m_stale(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_silence(new QPushButton(tr("&Silence…"), this))
    , m_expire(new QPushButton(tr("E&xpire silence"), this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"alertsPanel"_s);
    m_stale->setObjectName(u"alertsStale"_s);
    m_stale->setWordWrap(true);
    m_stale->setTextFormat(Qt::PlainText);
    m_stale->setStyleSheet(u"QLabel { background-color: #fff3e0; color: #212121; border-left: 5px solid #d55e00;"
                           u" padding: 4px 8px; }"_s);
    m_stale->hide();
    m_summary->setObjectName(u"alertsSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_silence->setObjectName(u"alertsSilence"_s);
    m_silence->setToolTip(tr("Silence the selected alert in Alertmanager for a while, with a comment"));
    m_expire->setObjectName(u"alertsExpire"_s);
    m_expire->setToolTip(tr("End the silence of the selected alert now"));
    connect(m_silence, &QPushButton::clicked, this, &AlertsPanel::silenceSelected);
    connect(m_expire, &QPushButton::clicked, this, &AlertsPanel::expireSelected);

    m_proxy->setSourceModel(model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"alertsTable"_s);
    m_table->setAccessibleName(tr("Active alerts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(AlertsModel::AlertColumn, 16 * em);
    m_table->setColumnWidth(AlertsModel::SeverityColumn, 7 * em);
    m_table->setColumnWidth(AlertsModel::ServiceColumn, 9 * em);
    m_table->setColumnWidth(AlertsModel::SinceColumn, fontMetrics().horizontalAdvance(u"2024-05-01 11:59:55"_s) + 2 * em);
    m_table->setColumnWidth(AlertsModel::StateColumn, 7 * em);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!selectedSource().isValid())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_silence->text(), this, &AlertsPanel::silenceSelected)->setEnabled(m_silence->isEnabled());
        menu->addAction(m_expire->text(), this, &AlertsPanel::expireSelected)->setEnabled(m_expire->isEnabled());
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPanel::updateActions);

    m_empty->setObjectName(u"alertsEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_silence);
    top->addWidget(m_expire);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stale);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateState);
    connect(model, &AlertsModel::staleChanged, this, &AlertsPanel::updateState);
    updateState();
}

QString AlertsPanel::staleText() const
{
    return m_stale->isHidden() ? QString() : m_stale->text();
}

QString AlertsPanel::emptyText() const
{
    return m_empty->text();
}

bool AlertsPanel::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QModelIndex AlertsPanel::selectedSource() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.constFirst());
}

void AlertsPanel::updateActions()
{
    const QModelIndex index = selectedSource();
    const bool silenced = index.isValid() && index.data(AlertsModel::SilencedRole).toBool();
    m_silence->setEnabled(index.isValid() && !silenced);
    m_expire->setEnabled(silenced);
}

void AlertsPanel::updateState()
{
    if (m_model->isStale()) {
        const QString since = m_model->hasBeenRead()
            ? tr("The list below is from %1.").arg(presentation::formatUtc(m_model->lastSuccessMs()))
            : tr("No list has been read yet.");
        m_stale->setText(tr("⚠ Stale: Alertmanager could not be read (%1). %2").arg(m_model->staleReason(), since));
        m_stale->show();
    } else {
        m_stale->hide();
        m_stale->clear();
    }

    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_empty->setText(m_model->hasBeenRead() ? tr("No alerts are firing.")
                         : m_model->isStale() ? tr("Alertmanager could not be read yet.")
                                              : tr("Alertmanager has not been read yet."));
        m_pages->setCurrentWidget(m_empty);
    } else {
        m_pages->setCurrentWidget(m_table);
    }
    int silenced = 0;
    for (int row = 0; row < rows; ++row)
        silenced += m_model->index(row, 0).data(AlertsModel::SilencedRole).toBool() ? 1 : 0;
    const int firing = rows - silenced;
    if (rows == 0)
        m_summary->clear();
    else if (silenced == 0)
        m_summary->setText(firing == 1 ? tr("1 alert firing") : tr("%1 alerts firing").arg(firing));
    else
        m_summary->setText((firing == 1 ? tr("1 alert firing") : tr("%1 alerts firing").arg(firing)) + u", "_s
                           + (silenced == 1 ? tr("1 silenced") : tr("%1 silenced").arg(silenced)));
    updateActions();
}

void AlertsPanel::silenceSelected()
{
    const QModelIndex index = selectedSource();
    if (!index.isValid())
        return;
    if (m_dialog)
        m_dialog->close();
    const QList<SilenceMatcher> matchers = SilenceDialog::matchersFor(index.data(AlertsModel::LabelsRole).toMap());
    m_dialog = new SilenceDialog(index.data(AlertsModel::NameRole).toString(), matchers,
                                 index.data(AlertsModel::FingerprintRole).toString(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setClock(m_clock);
    SilenceDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT silenceRequested(dialog->request()); });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    // open(), not exec(): no nested event loop while the backends keep polling.
    dialog->open();
}

void AlertsPanel::expireSelected()
{
    const QModelIndex index = selectedSource();
    if (!index.isValid())
        return;
    const QStringList silences = index.data(AlertsModel::SilencedByRole).toStringList();
    for (const QString &id : silences)
        Q_EMIT expireRequested(id);
}

} // namespace ic
