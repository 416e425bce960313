#pragma once

#include "merge/BatchMerge.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace tianbao {

// Before a batch: the files, what to do with a file that has conflicts (skip it, or settle
// them all one way) and whether to match rows by project name.
class BatchMergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BatchMergeDialog(const QStringList &paths, QWidget *parent = nullptr);

    BatchOptions options() const;

    QListWidget *fileList() const { return m_files; }
    // Items: skip (Unresolved), keep mine, take theirs, keep both; the data is a Resolution.
    QComboBox *conflictChoice() const { return m_onConflict; }
    QCheckBox *matchByNameBox() const { return m_byName; }
    QPushButton *startButton() const { return m_start; }

private:
    QListWidget *m_files;
    QComboBox *m_onConflict;
    QCheckBox *m_byName;
    QPushButton *m_start;
};

} // namespace tianbao
