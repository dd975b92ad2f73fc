#pragma once

#include "IncidentState.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ic {

// Everything about the open incident on one card: title, exercise banner, status, severity,
// who holds which role, when it was declared and when each status was first reached.
class IncidentSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentSummaryPanel(QWidget *parent = nullptr);

    void setIncident(const IncidentState &state, const QString &filePath, bool readOnly);
    void clear();

    QString titleText() const;
    bool isExerciseBannerVisible() const;

private:
    void clearDetails();
    QLabel *addRow(const QString &label, const QString &text, const QString &toolTip = {});

    QLabel *m_exercise;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_details;
    QFormLayout *m_form;
};

} // namespace ic
