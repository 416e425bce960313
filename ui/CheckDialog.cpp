#include "CheckDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tianbao {

CheckDialog::CheckDialog(QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_header->setWordWrap(true);
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 380);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int at = item->data(Qt::UserRole).toInt();
        if (at < 0 || at >= m_summary.gaps.size())
            return;
        const CompletenessCheck::Gap &gap = m_summary.gaps.at(at);
        emit gapActivated(gap.attachmentKey, gap.rowUuid, gap.field);
    });
    retranslate();
}

void CheckDialog::setSummary(const CompletenessCheck::Summary &summary, const QString &unit)
{
    m_summary = summary;
    m_unit = unit;
    m_list->clear();
    for (int i = 0; i < summary.gaps.size(); ++i) {
        auto *item = new QListWidgetItem(summary.gaps.at(i).description, m_list);
        item->setData(Qt::UserRole, i);
    }
    if (summary.complete()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_list->setCurrentRow(0);
    retranslate();
}

void CheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CheckDialog::retranslate()
{
    setWindowTitle(tr("Check"));
    const QString scope = m_unit.isEmpty() ? tr("all rows") : m_unit;
    if (m_summary.complete()) {
        m_header->setText(tr("Nothing is missing (%1).").arg(scope));
        if (m_list->count() == 1 && m_list->item(0)->data(Qt::UserRole).toInt() < 0)
            m_list->item(0)->setText(tr("Every row of %1 is filled.").arg(scope));
    } else {
        m_header->setText(tr("Still to fill (%1): %2. Double-click or press Enter to go to one.")
                              .arg(scope)
                              .arg(m_summary.gaps.size()));
    }
}

} // namespace tianbao
