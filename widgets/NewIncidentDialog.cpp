#include "NewIncidentDialog.h"

#include "Presentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QVBoxLayout>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int MaxSlugLength = 48;
const QString Suffix = u".incident"_s;

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? u"color: #c62828;"_s : u"color: palette(placeholder-text);"_s);
    label->setVisible(!text.isEmpty());
}
} // namespace

NewIncidentDialog::NewIncidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_commander(new QLineEdit(this))
    , m_exercise(new QCheckBox(tr("This is an &exercise"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_titleMessage(messageLabel(this, u"titleMessage"_s))
    , m_commanderMessage(messageLabel(this, u"commanderMessage"_s))
    , m_pathMessage(messageLabel(this, u"pathMessage"_s))
    , m_failure(messageLabel(this, u"failureMessage"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_folder(QDir::home().filePath(u"Incidents"_s))
    , m_today(QDate::currentDate())
{
    setObjectName(u"newIncidentDialog"_s);
    setWindowTitle(tr("New Incident"));
    setMinimumWidth(640);

    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("What is broken, in a few words"));
    m_title->setMaxLength(200);

    m_severity->setObjectName(u"severityCombo"_s);
    for (const QString &name : allSeverityNames()) {
        const auto severity = severityFromName(name);
        if (!severity)
            continue;
        m_severity->addItem(presentation::severityLabel(*severity), int(*severity));
    }
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(int(Severity::Sev3))));

    m_commander->setObjectName(u"commanderEdit"_s);
    m_commander->setPlaceholderText(tr("Who leads the response"));

    m_exercise->setObjectName(u"exerciseCheck"_s);
    m_exercise->setToolTip(tr("Marks the incident as a rehearsal everywhere it is shown and exported"));

    m_path->setObjectName(u"pathEdit"_s);
    m_browse->setObjectName(u"browseButton"_s);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare Incident"));

    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    // Each message sits under its field, as wide as the field.
    const auto withMessage = [](auto *field, QLabel *message) {
        auto *cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->setSpacing(2);
        if constexpr (std::is_base_of_v<QLayout, std::remove_pointer_t<decltype(field)>>)
            cell->addLayout(field);
        else
            cell->addWidget(field);
        cell->addWidget(message);
        return cell;
    };

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, withMessage(m_title, m_titleMessage));
    form->addRow(tr("&Severity:"), m_severity);
    auto *commanderLabel = new QLabel(tr("&Commander:"), this);
    commanderLabel->setBuddy(m_commander);
    form->addRow(commanderLabel, withMessage(m_commander, m_commanderMessage));
    form->addRow(QString(), m_exercise);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, withMessage(pathRow, m_pathMessage));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_failure);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, [this] {
        updateSuggestedPath();
        validate();
    });
    connect(m_commander, &QLineEdit::textChanged, this, &NewIncidentDialog::validate);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEditedByUser = true; });
    connect(m_path, &QLineEdit::textChanged, this, &NewIncidentDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &NewIncidentDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (!m_valid)
            return;
        setMessage(m_failure, {}, true);
        if (isSignalConnected(QMetaMethod::fromSignal(&NewIncidentDialog::declarationRequested)))
            Q_EMIT declarationRequested();
        else
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateSuggestedPath();
    validate();
}

void NewIncidentDialog::showFailure(const QString &message)
{
    setMessage(m_failure, message, true);
}

void NewIncidentDialog::setIncidentsFolder(const QString &folder)
{
    m_folder = folder;
    updateSuggestedPath();
}

void NewIncidentDialog::setToday(QDate today)
{
    m_today = today;
    updateSuggestedPath();
}

void NewIncidentDialog::setCommander(const QString &name)
{
    m_commander->setText(name);
}

Incident::Declaration NewIncidentDialog::declaration() const
{
    Incident::Declaration declaration;
    declaration.title = m_title->text().simplified();
    declaration.severity = Severity(m_severity->currentData().toInt());
    declaration.commander = m_commander->text().simplified();
    declaration.exercise = m_exercise->isChecked();
    return declaration;
}

QString NewIncidentDialog::filePath() const
{
    const QString path = m_path->text().trimmed();
    return path.isEmpty() ? path : QDir::cleanPath(QDir::fromNativeSeparators(path));
}

QString NewIncidentDialog::slugify(const QString &title)
{
    QString slug;
    bool pendingDash = false;
    // Decompose so "Störung" becomes "storung" rather than losing the letter.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c;
        } else {
            pendingDash = true;
        }
        if (slug.size() >= MaxSlugLength)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"incident"_s : slug;
}

void NewIncidentDialog::updateSuggestedPath()
{
    if (m_pathEditedByUser)
        return;
    const QString name = u"%1-%2%3"_s.arg(m_today.toString(u"yyyy-MM-dd"_s), slugify(m_title->text()), Suffix);
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(name)));
}

void NewIncidentDialog::validate()
{
    bool valid = true;
    setMessage(m_failure, {}, true); // it was about the input as it was then

    if (m_title->text().trimmed().isEmpty()) {
        valid = false;
        setMessage(m_titleMessage, tr("A title is required."), false);
    } else {
        setMessage(m_titleMessage, {}, false);
    }

    if (m_commander->text().trimmed().isEmpty()) {
        valid = false;
        setMessage(m_commanderMessage, tr("Name the incident commander."), m_commander->isModified());
    } else {
        setMessage(m_commanderMessage, {}, false);
    }

    const QString path = filePath();
    const QFileInfo info(path);
    QString pathMessage;
    bool pathError = true;
    if (path.isEmpty()) {
        pathMessage = tr("Choose where to save the incident file.");
    } else if (!info.isAbsolute()) {
        pathMessage = tr("Enter a full path, starting at the root of the file system.");
    } else if (!path.endsWith(Suffix)) {
        pathMessage = tr("The file name must end in %1.").arg(Suffix);
    } else if (info.exists()) {
        pathMessage = tr("A file with this name already exists; choose another name.");
    } else {
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !folder.isDir()) {
            pathMessage = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder.filePath()));
        } else if (folder.exists() && !folder.isWritable()) {
            pathMessage = tr("You cannot write to the folder %1.").arg(QDir::toNativeSeparators(folder.filePath()));
        } else if (!folder.exists()) {
            pathError = false;
            pathMessage = tr("The folder %1 will be created.").arg(QDir::toNativeSeparators(folder.filePath()));
        } else {
            pathError = false;
        }
    }
    if (pathError)
        valid = false;
    setMessage(m_pathMessage, pathMessage, pathError);

    m_valid = valid;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void NewIncidentDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Save Incident File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Incident files (*.incident)"));
    dialog->setDefaultSuffix(u"incident"_s);
    const QFileInfo current(filePath());
    dialog->setDirectory(current.absoluteDir().exists() ? current.absolutePath() : QDir::homePath());
    dialog->selectFile(current.fileName());
    // We refuse existing files ourselves, with a message in the dialog rather than a popup.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_pathEditedByUser = true;
        m_path->setText(QDir::toNativeSeparators(file));
    });
    dialog->open();
}

} // namespace ic
