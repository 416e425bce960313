#pragma once

#include "ExportHooks.h"
#include "report/ReportOptions.h"

#include <QDialog>
#include <QPair>
#include <QVector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tianbao {

// Export…: any format, both attachments or one, all rows or only the unit's.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `attachments`: key and name (附件1 已有项目) of each attachment, in form order.
    ExportDialog(const QVector<QPair<QString, QString>> &attachments, const QString &unit,
                 const QString &suggestedPath, ExportHooks hooks, QWidget *parent = nullptr);

    QString path() const;
    // attachmentKeys and onlyUnitRows as chosen; the rest default.
    ReportOptions options() const;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *exportButton() const { return m_export; }
    // 0 = all attachments, then one per attachment.
    QRadioButton *attachmentButton(int index) const;
    QRadioButton *allRowsButton() const { return m_allRows; }
    QRadioButton *unitRowsButton() const { return m_unitRows; }

    // "Word document (*.docx);;PDF (*.pdf);;…" from ReportExporter::supportedExtensions().
    static QString filters();

private:
    void browse();
    void updateState();

    QVector<QPair<QString, QString>> m_attachments;
    ExportHooks m_hooks;
    QButtonGroup *m_attachmentGroup;
    QRadioButton *m_allRows;
    QRadioButton *m_unitRows;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_format;
    QPushButton *m_export;
};

} // namespace tianbao
