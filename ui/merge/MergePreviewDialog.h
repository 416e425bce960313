#pragma once

#include "form/Attachment.h"
#include "merge/MergePlan.h"

#include <QCoreApplication>
#include <QDialog>
#include <QVector>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QWidget;

namespace tianbao {

// What merging one file would do, before anything changes: the counts, every change with a
// tick box, each conflict side by side with its choice (keep mine, take theirs, keep both),
// and what is only reported (property differences, notes). Apply is enabled once every
// conflict is decided.
class MergePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `attachments` name the attachments and their columns; `note` is shown above the counts.
    MergePreviewDialog(MergePlan plan, QVector<Attachment> attachments, const QString &note,
                       QWidget *parent = nullptr);

    // The plan with the choices made so far.
    const MergePlan &plan() const { return m_plan; }

    QLabel *countsLabel() const { return m_counts; }
    QTreeWidget *changeList() const { return m_changes; }
    // The conflict boxes in plan order; each has radio buttons named keepMine, takeTheirs
    // and keepBoth.
    const QVector<QWidget *> &conflictBoxes() const { return m_conflictBoxes; }
    QLabel *infoLabel() const { return m_info; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resolveAllButton(Resolution resolution) const;

    // "附件1 第 3 行 “name” · 进展与成效": where a change or conflict is.
    QString place(const QString &attachmentKey, int seq, const QString &rowName,
                  std::optional<Field> field) const;

private:
    void buildChanges();
    void buildConflicts(QVBoxLayout *layout);
    QWidget *conflictBox(int index);
    void setResolution(int index, Resolution resolution);
    void updateState();
    const Attachment *attachment(const QString &key) const;

    MergePlan m_plan;
    QVector<Attachment> m_attachments;
    QLabel *m_counts;
    QLabel *m_pending;
    QLabel *m_info;
    QTreeWidget *m_changes;
    QVector<QWidget *> m_conflictBoxes;
    QVector<QButtonGroup *> m_conflictChoices;
    QPushButton *m_resolveMine = nullptr;
    QPushButton *m_resolveTheirs = nullptr;
    QPushButton *m_resolveBoth = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

// Texts shared by the preview, the overview and the history.
class MergeTexts
{
    Q_DECLARE_TR_FUNCTIONS(MergeTexts)

public:
    static QString counts(const MergeCounts &counts);
    static QString property(Property property);
    // Local time, to the minute.
    static QString time(const QDateTime &at);
    // A value on one line, at most `length` characters, for a list.
    static QString shortText(const QString &value, int length = 80);
};

} // namespace tianbao
