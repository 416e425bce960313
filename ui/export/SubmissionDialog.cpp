#include "SubmissionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianbao {

namespace {

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
}

} // namespace

SubmissionDialog::SubmissionDialog(const CompletenessCheck::Summary &summary, const QString &unit,
                                   const QString &suggestedPath, bool pdfToo, ExportHooks hooks,
                                   QWidget *parent)
    : QDialog(parent), m_summary(summary), m_hooks(std::move(hooks)), m_heading(new QLabel),
      m_gaps(new QListWidget), m_gapNote(new QLabel), m_path(new QLineEdit),
      m_change(new QPushButton(tr("C&hange…"))), m_pdf(new QCheckBox), m_pdfName(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export for Submission"));
    setObjectName(QStringLiteral("submissionDialog"));
    const QString scope = unit.isEmpty() ? tr("all rows") : unit;

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    if (summary.complete()) {
        m_heading->setText(tr("Everything is filled in (%1).").arg(scope));
        m_heading->setStyleSheet(QStringLiteral("QLabel { color: #1b7f3a; }"));
    } else {
        m_heading->setText(tr("Still missing (%1): %2.").arg(scope).arg(summary.gaps.size()));
        m_heading->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    }

    m_gaps->setObjectName(QStringLiteral("gapList"));
    m_gaps->setWordWrap(true);
    m_gaps->setAlternatingRowColors(true);
    for (const CompletenessCheck::Gap &gap : summary.gaps)
        m_gaps->addItem(gap.description);
    m_gaps->setCurrentRow(0);
    m_gapNote->setWordWrap(true);
    m_gapNote->setText(
        tr("You can export now and send the rest later, or go back and fill them in."));
    m_gaps->setVisible(!summary.complete());
    m_gapNote->setVisible(!summary.complete());
    // As tall as a few gaps need, no more: the choices below matter as much.
    const int shown = qBound(2, int(summary.gaps.size()), 8);
    m_gaps->setFixedHeight(shown * (m_gaps->fontMetrics().height() + 6) + 2 * m_gaps->frameWidth() +
                           4);

    m_path->setObjectName(QStringLiteral("submissionPath"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    m_path->setCursorPosition(0); // the folder first; the name is the unit's and the title
    m_path->setMinimumWidth(640);
    m_pdf->setObjectName(QStringLiteral("pdfToo"));
    m_pdf->setText(tr("Also save a &PDF beside it"));
    m_pdf->setChecked(pdfToo);
    m_pdfName->setObjectName(QStringLiteral("pdfName"));
    QPalette muted = m_pdfName->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_pdfName->setPalette(muted);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_change);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *rows = new QLabel(
        unit.isEmpty()
            ? tr("All rows (no unit is set in the properties).")
            : tr("The %1 rows of %2, numbered as in the notice.").arg(summary.rows).arg(unit));
    rows->setWordWrap(false);
    form->addRow(tr("Contents:"), rows);
    form->addRow(tr("Word file:"), pathRow);
    form->addRow(QString(), m_pdf);
    form->addRow(QString(), m_pdfName);

    m_export = m_buttons->addButton(summary.complete() ? tr("&Export") : tr("&Export Anyway"),
                                    QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    if (!summary.complete()) {
        m_goToGap = m_buttons->addButton(tr("&Go to First Gap"), QDialogButtonBox::ResetRole);
        m_goToGap->setObjectName(QStringLiteral("goToGapButton"));
        connect(m_goToGap, &QPushButton::clicked, this, [this] {
            const int row = qMax(0, m_gaps->currentRow());
            const CompletenessCheck::Gap gap = m_summary.gaps.value(row);
            reject();
            emit gapRequested(gap);
        });
        connect(m_gaps, &QListWidget::itemActivated, this, [this] { emit m_goToGap->clicked(); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_gaps);
    layout->addWidget(m_gapNote);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &SubmissionDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &SubmissionDialog::updateState);
    connect(m_pdf, &QCheckBox::toggled, this, &SubmissionDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(820, 0)));
}

QString SubmissionDialog::docxPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".docx");
    return path;
}

QString SubmissionDialog::pdfPath() const
{
    return pdfToo() && !docxPath().isEmpty() ? withSuffix(docxPath(), QStringLiteral("pdf"))
                                             : QString();
}

bool SubmissionDialog::pdfToo() const
{
    return m_pdf->isChecked();
}

void SubmissionDialog::chooseFile()
{
    QString filter = tr("Word document (*.docx)");
    const QString chosen =
        m_hooks.saveFileName(this, tr("Export for Submission"), docxPath(), filter, &filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void SubmissionDialog::updateState()
{
    const QString docx = docxPath();
    m_export->setEnabled(!docx.isEmpty() &&
                         !QFileInfo(docx).fileName().startsWith(QLatin1Char('.')));
    m_pdfName->setText(pdfToo() ? QFileInfo(pdfPath()).fileName() : QString());
    m_pdfName->setVisible(pdfToo());
}

} // namespace tianbao
