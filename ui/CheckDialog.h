#pragma once

#include "form/CompletenessCheck.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QDialogButtonBox;

namespace tianbao {

// What is still missing, one line per gap; double-click or Enter goes to the cell.
class CheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckDialog(QWidget *parent = nullptr);
    void setSummary(const CompletenessCheck::Summary &summary, const QString &unit);
    QListWidget *list() const { return m_list; }

signals:
    void gapActivated(const QString &attachmentKey, const QString &rowUuid, tianbao::Field field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    CompletenessCheck::Summary m_summary;
    QString m_unit;
    QLabel *m_header;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace tianbao
