#include "ExportDialog.h"

#include "report/ReportExporter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tianbao {

namespace {

QString formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Docx:
        return ExportDialog::tr("Word document");
    case ReportFormat::Pdf:
        return ExportDialog::tr("PDF");
    case ReportFormat::Xlsx:
        return ExportDialog::tr("Excel workbook");
    case ReportFormat::Csv:
        return ExportDialog::tr("CSV (comma-separated values)");
    case ReportFormat::Html:
        return ExportDialog::tr("Web page");
    }
    return {};
}

} // namespace

QString ExportDialog::filters()
{
    QStringList filters;
    for (const QString &extension : ReportExporter::supportedExtensions()) {
        const auto format = ReportExporter::formatForPath(QStringLiteral("x.") + extension);
        filters << QStringLiteral("%1 (*.%2)").arg(formatName(*format), extension);
    }
    return filters.join(QStringLiteral(";;"));
}

ExportDialog::ExportDialog(const QVector<QPair<QString, QString>> &attachments, const QString &unit,
                           const QString &suggestedPath, ExportHooks hooks, QWidget *parent)
    : QDialog(parent), m_attachments(attachments), m_hooks(std::move(hooks)),
      m_attachmentGroup(new QButtonGroup(this)), m_allRows(new QRadioButton(tr("&All rows"))),
      m_unitRows(new QRadioButton), m_path(new QLineEdit),
      m_browse(new QPushButton(tr("&Browse…"))), m_format(new QLabel)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    auto *attachmentBox = new QVBoxLayout;
    auto *both = new QRadioButton(attachments.size() == 2 ? tr("&Both") : tr("A&ll"));
    both->setChecked(true);
    m_attachmentGroup->addButton(both, 0);
    attachmentBox->addWidget(both);
    for (int i = 0; i < attachments.size(); ++i) {
        auto *button = new QRadioButton(attachments.at(i).second);
        m_attachmentGroup->addButton(button, i + 1);
        attachmentBox->addWidget(button);
    }

    auto *rowsBox = new QVBoxLayout;
    m_allRows->setChecked(true);
    m_unitRows->setText(unit.isEmpty() ? tr("Only my &unit's rows (no unit set)")
                                       : tr("Only the rows of &%1").arg(unit));
    m_unitRows->setEnabled(!unit.isEmpty());
    rowsBox->addWidget(m_allRows);
    rowsBox->addWidget(m_unitRows);

    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    m_path->setMinimumWidth(480);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Attachments:"), attachmentBox);
    form->addRow(tr("Rows:"), rowsBox);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    updateState();
}

QRadioButton *ExportDialog::attachmentButton(int index) const
{
    return qobject_cast<QRadioButton *>(m_attachmentGroup->button(index));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    const int chosen = m_attachmentGroup->checkedId();
    if (chosen > 0 && chosen <= m_attachments.size())
        options.attachmentKeys = QStringList{m_attachments.at(chosen - 1).first};
    options.onlyUnitRows = m_unitRows->isEnabled() && m_unitRows->isChecked();
    return options;
}

void ExportDialog::browse()
{
    QString selected;
    if (const auto format = ReportExporter::formatForPath(path())) {
        const QString extension = ReportExporter::extension(*format);
        selected = QStringLiteral("%1 (*.%2)").arg(formatName(*format), extension);
    }
    QString chosen = m_hooks.saveFileName(this, tr("Export"), path(), filters(), &selected);
    if (chosen.isEmpty())
        return;
    // A name typed without an extension takes the chosen filter's.
    if (!ReportExporter::formatForPath(chosen)) {
        for (const QString &extension : ReportExporter::supportedExtensions()) {
            if (selected.contains(QStringLiteral("*.") + extension)) {
                chosen += QLatin1Char('.') + extension;
                break;
            }
        }
    }
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updateState()
{
    const auto format = ReportExporter::formatForPath(path());
    const bool named = !QFileInfo(path()).completeBaseName().isEmpty();
    if (format) {
        m_format->setText(formatName(*format));
        m_format->setStyleSheet(QString());
    } else {
        m_format->setText(
            tr("The file name must end in .%1.")
                .arg(ReportExporter::supportedExtensions().join(QStringLiteral(", ."))));
        m_format->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    }
    m_export->setEnabled(format && named);
}

} // namespace tianbao
