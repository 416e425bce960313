#pragma once

#include "form/FormProperties.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace tianbao {

// The unit's part of the form: who fills it, the date under the signature, and whether
// 附件2 is answered with 无. The notice's part (deadline, reply address) is shown, not edited.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(const FormProperties &properties, const QStringList &knownUnits, bool readOnly,
                     QWidget *parent = nullptr);

    QString unit() const;
    QDate signDate() const;
    bool noNewProjects() const;

    QComboBox *unitBox() const { return m_unit; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *noNewBox() const { return m_noNew; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    FormProperties m_properties;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QCheckBox *m_noNew;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
};

} // namespace tianbao
