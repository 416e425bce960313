#include "BatchMergeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianbao {

BatchMergeDialog::BatchMergeDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_files(new QListWidget), m_onConflict(new QComboBox),
      m_byName(new QCheckBox), m_start(nullptr)
{
    setObjectName(QStringLiteral("batchMergeDialog"));
    setWindowTitle(tr("Merge %1 Files").arg(paths.size()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each file is merged in turn, in one step that Edit > Undo takes "
                                "back. Afterwards an overview lists each unit."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_files->setObjectName(QStringLiteral("batchFiles"));
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    layout->addWidget(m_files, 1);

    auto *form = new QFormLayout;
    m_onConflict->setObjectName(QStringLiteral("batchOnConflict"));
    m_onConflict->addItem(tr("Skip that file (merge it alone later)"), int(Resolution::Unresolved));
    m_onConflict->addItem(tr("Keep mine"), int(Resolution::KeepMine));
    m_onConflict->addItem(tr("Take theirs"), int(Resolution::TakeTheirs));
    m_onConflict->addItem(tr("Keep both (joined, with the unit's name)"),
                          int(Resolution::KeepBoth));
    form->addRow(tr("When a file has conflicts:"), m_onConflict);
    m_byName->setObjectName(QStringLiteral("batchMatchByName"));
    m_byName->setText(tr("Match rows by project name and unit (for files of another form)"));
    form->addRow(QString(), m_byName);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_start = buttons->addButton(tr("&Merge All"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startBatch"));
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

BatchOptions BatchMergeDialog::options() const
{
    BatchOptions options;
    options.onConflict = Resolution(m_onConflict->currentData().toInt());
    options.match.matchByName = m_byName->isChecked();
    return options;
}

} // namespace tianbao
