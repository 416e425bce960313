#include "PropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tianbao {

PropertiesDialog::PropertiesDialog(const FormProperties &properties, const QStringList &knownUnits,
                                   bool readOnly, QWidget *parent)
    : QDialog(parent), m_properties(properties), m_unitLabel(new QLabel(this)),
      m_unit(new QComboBox(this)), m_dateLabel(new QLabel(this)), m_date(new QDateEdit(this)),
      m_noNew(new QCheckBox(this)), m_notice(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_unit->setEditable(true);
    m_unit->addItems(knownUnits);
    m_unit->setCurrentText(properties.unit);
    m_unit->setMinimumContentsLength(20);
    m_unitLabel->setBuddy(m_unit);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(properties.signDate.isValid() ? properties.signDate : QDate::currentDate());
    m_dateLabel->setBuddy(m_date);
    m_noNew->setChecked(properties.noNewProjects);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_noNew);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (readOnly) {
        m_unit->setEnabled(false);
        m_date->setEnabled(false);
        m_noNew->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    retranslate();
}

QString PropertiesDialog::unit() const
{
    return m_unit->currentText().trimmed();
}
QDate PropertiesDialog::signDate() const
{
    return m_date->date();
}
bool PropertiesDialog::noNewProjects() const
{
    return m_noNew->isChecked();
}

void PropertiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PropertiesDialog::retranslate()
{
    setWindowTitle(tr("Form Properties"));
    m_unitLabel->setText(tr("&Unit:"));
    m_dateLabel->setText(tr("&Date:"));
    m_noNew->setText(tr("This unit has &no new projects (附件2: 无)"));
    const FormProperties &p = m_properties;
    QStringList lines;
    if (!p.noticeTitle.isEmpty())
        lines << tr("Notice: %1 (%2, %3)")
                     .arg(p.noticeTitle, p.issuingOffice, p.noticeDate.toString(Qt::ISODate));
    if (p.deadline.isValid())
        lines << tr("Due: %1").arg(p.deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!p.replyEmail.isEmpty())
        lines << tr("Reply to: %1").arg(p.replyEmail);
    if (!p.contactName.isEmpty())
        lines << tr("Contact: %1 %2").arg(p.contactName, p.contactPhone);
    m_notice->setText(lines.join(QLatin1Char('\n')));
}

} // namespace tianbao
