#pragma once

#include "Incident.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ic {

// Asks for what declaring an incident needs. Open it with open(); on accepted() (or
// declarationRequested()) read declaration() and filePath(). It checks the input as the user
// types and keeps OK disabled until the incident can be declared; it creates nothing itself.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewIncidentDialog(QWidget *parent = nullptr);

    // Where suggested files go (default: ~/Incidents) and the date in their names.
    void setIncidentsFolder(const QString &folder);
    void setToday(QDate today);
    void setCommander(const QString &name);

    Incident::Declaration declaration() const;
    QString filePath() const;
    bool isInputValid() const { return m_valid; }

    // Shows why the incident could not be declared; the dialog stays open.
    void showFailure(const QString &message);

    // "Database failover — EU" → "database-failover-eu"
    static QString slugify(const QString &title);

Q_SIGNALS:
    // OK was pressed with valid input. When something is connected, the dialog stays open and
    // the receiver calls accept() once the incident exists, or showFailure(); otherwise OK
    // simply accepts.
    void declarationRequested();

private:
    void updateSuggestedPath();
    void validate();
    void browse();

    QLineEdit *m_title;
    QComboBox *m_severity;
    QLineEdit *m_commander;
    QCheckBox *m_exercise;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_titleMessage;
    QLabel *m_commanderMessage;
    QLabel *m_pathMessage;
    QLabel *m_failure;
    QDialogButtonBox *m_buttons;
    QString m_folder;
    QDate m_today;
    bool m_pathEditedByUser = false;
    bool m_valid = false;
};

} // namespace ic
