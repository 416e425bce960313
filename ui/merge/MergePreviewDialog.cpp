#include "MergePreviewDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tianbao {

// ---------------------------------------------------------------- shared texts

QString MergeTexts::counts(const MergeCounts &c)
{
    QString text = tr("Rows added: %1 · Cells filled: %2 · Cells changed: %3 · Conflicts: %4 · "
                      "Rows deleted: %5")
                       .arg(c.rowsAdded)
                       .arg(c.cellsFilled)
                       .arg(c.cellsChanged)
                       .arg(c.conflicts)
                       .arg(c.deletions);
    if (c.rowsKept > 0)
        text += tr(" · Rows kept: %1").arg(c.rowsKept);
    return text;
}

QString MergeTexts::property(Property property)
{
    switch (property) {
    case Property::Unit:
        return tr("Unit (填报单位)");
    case Property::SignDate:
        return tr("Date");
    case Property::NoNewProjects:
        return tr("No new projects (无)");
    }
    return QString();
}

QString MergeTexts::time(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString MergeTexts::shortText(const QString &value, int length)
{
    QString line = value.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

// ---------------------------------------------------------------- the dialog

namespace {

QString kindText(const MergeChange &change)
{
    switch (change.kind) {
    case MergeChange::Kind::RowAdded:
        return MergePreviewDialog::tr("Row added");
    case MergeChange::Kind::CellFilled:
        return MergePreviewDialog::tr("Cell filled");
    case MergeChange::Kind::CellChanged:
        return MergePreviewDialog::tr("Cell changed");
    case MergeChange::Kind::RowDeleted:
        return MergePreviewDialog::tr("Row deleted");
    case MergeChange::Kind::RowKept:
        return change.deletedByMe ? MergePreviewDialog::tr("Row brought back")
                                  : MergePreviewDialog::tr("Row kept");
    }
    return QString();
}

QPlainTextEdit *valueBox(const QString &text)
{
    auto *box = new QPlainTextEdit(text);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int line = box->fontMetrics().lineSpacing();
    box->setMinimumHeight(line * 3 + 12);
    box->setMaximumHeight(line * 6 + 12);
    return box;
}

} // namespace

MergePreviewDialog::MergePreviewDialog(MergePlan plan, QVector<Attachment> attachments,
                                       const QString &note, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan)), m_attachments(std::move(attachments)),
      m_counts(new QLabel), m_pending(new QLabel), m_info(new QLabel), m_changes(new QTreeWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)), m_apply(nullptr)
{
    setObjectName(QStringLiteral("mergePreview"));
    setWindowTitle(
        tr("Merge “%1”")
            .arg(m_plan.theirFileName.isEmpty() ? m_plan.theirLabel : m_plan.theirFileName));
    auto *layout = new QVBoxLayout(this);

    auto *from = new QLabel;
    from->setTextFormat(Qt::PlainText);
    from->setWordWrap(true);
    from->setText(m_plan.theirUnit.isEmpty()
                      ? tr("What merging “%1” would change in this form. Nothing has changed yet.")
                            .arg(m_plan.theirFileName)
                      : tr("What merging “%1” from %2 would change in this form. Nothing has "
                           "changed yet.")
                            .arg(m_plan.theirFileName, m_plan.theirUnit));
    layout->addWidget(from);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note);
        noteLabel->setWordWrap(true);
        noteLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
        layout->addWidget(noteLabel);
    }
    m_counts->setObjectName(QStringLiteral("mergeCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    auto *changesBox = new QGroupBox(tr("Changes (untick what should not come in)"));
    auto *changesLayout = new QVBoxLayout(changesBox);
    m_changes->setObjectName(QStringLiteral("mergeChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setHeaderLabels({tr("Change"), tr("Where"), tr("Their value"), tr("Your value")});
    m_changes->header()->setStretchLastSection(true);
    changesLayout->addWidget(m_changes);
    splitter->addWidget(changesBox);
    buildChanges();

    if (!m_plan.conflicts.isEmpty()) {
        auto *conflictsBox = new QGroupBox(tr("Conflicts: both sides changed these cells"));
        auto *conflictsLayout = new QVBoxLayout(conflictsBox);
        auto *all = new QHBoxLayout;
        all->addWidget(new QLabel(tr("Resolve all:")));
        m_resolveMine = new QPushButton(tr("Keep Mine"));
        m_resolveMine->setObjectName(QStringLiteral("resolveAllMine"));
        m_resolveTheirs = new QPushButton(tr("Take Theirs"));
        m_resolveTheirs->setObjectName(QStringLiteral("resolveAllTheirs"));
        m_resolveBoth = new QPushButton(tr("Keep Both"));
        m_resolveBoth->setObjectName(QStringLiteral("resolveAllBoth"));
        for (auto [button, resolution] : {std::pair{m_resolveMine, Resolution::KeepMine},
                                          std::pair{m_resolveTheirs, Resolution::TakeTheirs},
                                          std::pair{m_resolveBoth, Resolution::KeepBoth}}) {
            button->setAutoDefault(false);
            all->addWidget(button);
            connect(button, &QPushButton::clicked, this, [this, resolution = resolution] {
                for (int i = 0; i < m_plan.conflicts.size(); ++i)
                    setResolution(i, resolution);
            });
        }
        all->addStretch(1);
        conflictsLayout->addLayout(all);

        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("mergeConflicts"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *inner = new QWidget;
        auto *innerLayout = new QVBoxLayout(inner);
        innerLayout->setContentsMargins(0, 0, 0, 0);
        buildConflicts(innerLayout);
        innerLayout->addStretch(1);
        scroll->setWidget(inner);
        conflictsLayout->addWidget(scroll);
        splitter->addWidget(conflictsBox);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
    }
    layout->addWidget(splitter, 1);

    QStringList info;
    for (const PropertyDifference &difference : std::as_const(m_plan.propertyDifferences))
        info << tr("%1 differs: yours “%2”, theirs “%3” (yours stays).")
                    .arg(MergeTexts::property(difference.property), difference.mine,
                         difference.theirs);
    info << m_plan.notes;
    m_info->setObjectName(QStringLiteral("mergeInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setText(info.join(QLatin1Char('\n')));
    m_info->setVisible(!info.isEmpty());
    layout->addWidget(m_info);

    auto *bottom = new QHBoxLayout;
    m_pending->setObjectName(QStringLiteral("mergePending"));
    m_pending->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    bottom->addWidget(m_pending, 1);
    if (!m_plan.isEmpty()) {
        m_apply = m_buttons->addButton(tr("&Apply Merge"), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyMerge"));
        m_apply->setDefault(true);
    } else {
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_changes, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0)
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        m_plan.changes[index].accepted = item->checkState(0) == Qt::Checked;
        updateState();
    });
    updateState();
    resize(1000, m_plan.conflicts.isEmpty() ? 560 : 700);
}

const Attachment *MergePreviewDialog::attachment(const QString &key) const
{
    for (const Attachment &a : m_attachments) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

QString MergePreviewDialog::place(const QString &attachmentKey, int seq, const QString &rowName,
                                  std::optional<Field> field) const
{
    const Attachment *a = attachment(attachmentKey);
    QString text = a ? a->label : attachmentKey;
    if (seq > 0)
        text += QLatin1Char(' ') + tr("row %1").arg(seq);
    const QString name = MergeTexts::shortText(rowName, 16);
    if (!name.isEmpty())
        text += QStringLiteral(" “%1”").arg(name);
    if (field)
        text += QStringLiteral(" · ") + (a ? a->header(*field) : fieldKey(*field));
    return text;
}

void MergePreviewDialog::buildChanges()
{
    const QSignalBlocker blocker(m_changes);
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        const MergeChange &change = m_plan.changes.at(i);
        const bool isCell = change.isCell();
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, kindText(change));
        item->setText(1, place(change.attachmentKey, change.seq, change.rowName,
                               isCell ? std::optional<Field>(change.field) : std::nullopt));
        QString theirs = isCell ? change.theirs : change.row.value(Field::Name);
        QString mine = isCell ? change.mine : QString();
        item->setText(2, MergeTexts::shortText(theirs));
        item->setText(3, MergeTexts::shortText(mine));
        QString tip = tr("From %1, %2").arg(change.unit, MergeTexts::time(change.at));
        if (!theirs.isEmpty())
            tip += QStringLiteral("\n\n") + theirs;
        item->setToolTip(2, tip);
        item->setToolTip(3, mine);
        item->setData(0, Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, change.accepted ? Qt::Checked : Qt::Unchecked);
    }
    m_changes->setColumnWidth(0, 110);
    m_changes->setColumnWidth(1, 380);
    m_changes->setColumnWidth(2, 300);
    if (m_plan.changes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, m_plan.conflicts.isEmpty() ? tr("Nothing to merge: this form already "
                                                         "has everything in that file.")
                                                    : tr("Only the conflicts below."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void MergePreviewDialog::buildConflicts(QVBoxLayout *layout)
{
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        QWidget *box = conflictBox(i);
        m_conflictBoxes.append(box);
        layout->addWidget(box);
    }
}

QWidget *MergePreviewDialog::conflictBox(int index)
{
    const MergeConflict &conflict = m_plan.conflicts.at(index);
    auto *box = new QGroupBox(
        place(conflict.attachmentKey, conflict.seq, conflict.rowName, conflict.field));
    box->setObjectName(QStringLiteral("conflict%1").arg(index));
    auto *grid = new QGridLayout(box);
    auto side = [](const QString &who, const QString &unit, const QDateTime &at) {
        QStringList parts{who};
        if (!unit.isEmpty())
            parts << unit;
        if (at.isValid())
            parts << MergeTexts::time(at);
        auto *label = new QLabel(parts.join(QStringLiteral(" · ")));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(side(tr("Mine"), conflict.myUnit, conflict.myAt), 0, 0);
    grid->addWidget(side(tr("Theirs"), conflict.theirUnit, conflict.theirAt), 0, 1);
    QPlainTextEdit *mine = valueBox(conflict.mine);
    mine->setObjectName(QStringLiteral("mine"));
    QPlainTextEdit *theirs = valueBox(conflict.theirs);
    theirs->setObjectName(QStringLiteral("theirs"));
    grid->addWidget(mine, 1, 0);
    grid->addWidget(theirs, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *choices = new QHBoxLayout;
    auto *group = new QButtonGroup(box);
    auto *keepMine = new QRadioButton(tr("Keep mine"));
    keepMine->setObjectName(QStringLiteral("keepMine"));
    auto *takeTheirs = new QRadioButton(tr("Take theirs"));
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    auto *keepBoth = new QRadioButton(tr("Keep both"));
    keepBoth->setObjectName(QStringLiteral("keepBoth"));
    keepBoth->setToolTip(tr("Mine, a line break, then theirs after 【%1】").arg(m_plan.theirLabel));
    group->addButton(keepMine, int(Resolution::KeepMine));
    group->addButton(takeTheirs, int(Resolution::TakeTheirs));
    group->addButton(keepBoth, int(Resolution::KeepBoth));
    choices->addWidget(keepMine);
    choices->addWidget(takeTheirs);
    choices->addWidget(keepBoth);
    choices->addStretch(1);
    grid->addLayout(choices, 2, 0, 1, 2);
    if (conflict.resolution != Resolution::Unresolved)
        group->button(int(conflict.resolution))->setChecked(true);
    m_conflictChoices.append(group);
    connect(group, &QButtonGroup::idClicked, this,
            [this, index](int id) { setResolution(index, Resolution(id)); });
    return box;
}

void MergePreviewDialog::setResolution(int index, Resolution resolution)
{
    m_plan.conflicts[index].resolution = resolution;
    if (QAbstractButton *button = m_conflictChoices.at(index)->button(int(resolution)))
        button->setChecked(true);
    updateState();
}

QPushButton *MergePreviewDialog::resolveAllButton(Resolution resolution) const
{
    switch (resolution) {
    case Resolution::KeepMine:
        return m_resolveMine;
    case Resolution::TakeTheirs:
        return m_resolveTheirs;
    case Resolution::KeepBoth:
        return m_resolveBoth;
    case Resolution::Unresolved:
        break;
    }
    return nullptr;
}

void MergePreviewDialog::updateState()
{
    m_counts->setText(MergeTexts::counts(m_plan.counts()));
    const int unresolved = m_plan.unresolvedConflicts();
    m_pending->setText(unresolved > 0
                           ? tr("Decide the %1 conflict(s) to apply the merge.").arg(unresolved)
                           : QString());
    if (m_apply)
        m_apply->setEnabled(unresolved == 0);
}

} // namespace tianbao
