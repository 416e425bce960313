#pragma once

#include "ExportHooks.h"
#include "form/CompletenessCheck.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tianbao {

// 导出提交: what is still missing (the user may go on or go back to the first gap), where the
// Word file goes, whether a PDF goes beside it.
class SubmissionDialog : public QDialog
{
    Q_OBJECT

public:
    SubmissionDialog(const CompletenessCheck::Summary &summary, const QString &unit,
                     const QString &suggestedPath, bool pdfToo, ExportHooks hooks,
                     QWidget *parent = nullptr);

    QString docxPath() const;
    // The PDF beside the Word file, or empty when not wanted.
    QString pdfPath() const;
    bool pdfToo() const;
    const CompletenessCheck::Summary &summary() const { return m_summary; }

    QListWidget *gapList() const { return m_gaps; }
    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *pdfCheck() const { return m_pdf; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *goToGapButton() const { return m_goToGap; }
    QPushButton *changeButton() const { return m_change; }

signals:
    // Close the dialog and show this gap in the table.
    void gapRequested(const tianbao::CompletenessCheck::Gap &gap);

private:
    void chooseFile();
    void updateState();

    CompletenessCheck::Summary m_summary;
    ExportHooks m_hooks;
    QLabel *m_heading;
    QListWidget *m_gaps;
    QLabel *m_gapNote;
    QLineEdit *m_path;
    QPushButton *m_change;
    QCheckBox *m_pdf;
    QLabel *m_pdfName;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_goToGap = nullptr;
};

} // namespace tianbao
